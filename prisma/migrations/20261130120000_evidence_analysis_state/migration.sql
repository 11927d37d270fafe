-- Analysis at intake runs as a worker job, and its state lives on the item: PENDING from the
-- transaction that stores the item until the one that stores its analysis (which sets DONE
-- or FAILED, the reason kept in evidence_analysis.failure). NULL: nothing to analyse (a link,
-- a video, an attachment nested too deep). The job's queue is only a hint: a periodic sweep
-- finds items pending for too long and queues them again, so an emptied Redis or a killed
-- worker loses no analysis. Each start counts an attempt; a file that stops the worker every
-- time is given up after a few and marked FAILED, kept like any other.
ALTER TABLE evidence_item
  ADD COLUMN analysis_state text CHECK (analysis_state IN ('PENDING', 'DONE', 'FAILED')),
  ADD COLUMN analysis_attempts integer NOT NULL DEFAULT 0 CHECK (analysis_attempts >= 0),
  -- When the analysis was last asked for or started: the sweep's clock.
  ADD COLUMN analysis_requested_at timestamptz(3),
  ADD CHECK ((analysis_state IS NOT DISTINCT FROM 'PENDING') = (analysis_requested_at IS NOT NULL));

-- Items stored before this change: an analysis already recorded gives the state; an email or
-- image without one (its in-request analysis never ran) is queued by the first sweep.
UPDATE evidence_item i
   SET analysis_state = a.status
  FROM evidence_analysis a
 WHERE a.item_id = i.id;
UPDATE evidence_item
   SET analysis_state = 'PENDING', analysis_requested_at = now() - interval '1 day'
 WHERE analysis_state IS NULL AND kind IN ('EMAIL', 'IMAGE');

CREATE INDEX evidence_item_analysis_pending_idx ON evidence_item (analysis_requested_at)
  WHERE analysis_state = 'PENDING';

GRANT UPDATE (analysis_state, analysis_attempts, analysis_requested_at) ON evidence_item TO cairn_app;

-- The sweep looks across organisations without a tenant, like the export expiry, then
-- handles each item under its own organisation. Ids only.
CREATE FUNCTION evidence_analysis_due(requested_before timestamptz, max_rows integer)
  RETURNS TABLE (organization_id uuid, id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT i.organization_id, i.id FROM evidence_item i
        WHERE i.analysis_state = 'PENDING' AND i.analysis_requested_at <= requested_before
        ORDER BY i.analysis_requested_at
        LIMIT max_rows $$;
REVOKE EXECUTE ON FUNCTION evidence_analysis_due(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION evidence_analysis_due(timestamptz, integer) TO cairn_app;

-- A bundle's manifest carries each item's analysis; a picture's location only when the
-- export asked for it (it may be the survivor's home), which the export's row records.
ALTER TABLE evidence_export ADD COLUMN include_location boolean NOT NULL DEFAULT false;
