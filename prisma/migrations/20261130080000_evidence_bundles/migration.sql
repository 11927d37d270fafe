-- Evidence bundles: one row per export of a case's evidence (a ZIP of the originals with
-- their hashes, manifest, custody log and report), whether streamed at once or built by the
-- worker into the evidence store. The row says who it was for, under which consent or
-- override, and how far a built bundle has got.

CREATE TABLE evidence_export (
  id                 uuid PRIMARY KEY,
  organization_id    uuid NOT NULL REFERENCES organization (id),
  case_id            uuid NOT NULL REFERENCES case_file (id),
  recipient          text NOT NULL CHECK (recipient IN ('POLICE', 'LAWYER', 'PLATFORM', 'SURVIVOR')),
  -- The consent that allowed it, or the supervisor's reason for going ahead without one.
  consent_id         uuid REFERENCES case_consent (id),
  override_reason    text CHECK (length(override_reason) BETWEEN 1 AND 500),
  item_ids           uuid[] NOT NULL CHECK (cardinality(item_ids) BETWEEN 1 AND 10000),
  encrypted          boolean NOT NULL,
  -- A built bundle's passphrase, sealed by the organisation's key, until the worker used it.
  passphrase_sealed  bytea,
  requested_by       uuid NOT NULL REFERENCES app_user (id),
  requested_at       timestamptz(3) NOT NULL DEFAULT now(),
  status             text NOT NULL CHECK (status IN ('STREAMED', 'QUEUED', 'BUILDING', 'READY', 'FAILED', 'EXPIRED')),
  items_total        integer NOT NULL CHECK (items_total >= 0),
  items_done         integer NOT NULL DEFAULT 0 CHECK (items_done >= 0),
  bytes_total        bigint NOT NULL CHECK (bytes_total >= 0),
  bytes_done         bigint NOT NULL DEFAULT 0 CHECK (bytes_done >= 0),
  -- A built bundle in the evidence store, sealed like evidence under a key of its own.
  storage_key        text CHECK (length(storage_key) BETWEEN 1 AND 300),
  wrapped_key        bytea,
  size_bytes         bigint CHECK (size_bytes > 0),
  finished_at        timestamptz(3),
  expires_at         timestamptz(3),
  failure            text CHECK (length(failure) <= 500),
  CHECK ((consent_id IS NULL) OR (override_reason IS NULL)),
  CHECK (status <> 'READY' OR (storage_key IS NOT NULL AND wrapped_key IS NOT NULL
                               AND size_bytes IS NOT NULL AND expires_at IS NOT NULL))
);
CREATE INDEX evidence_export_case_idx ON evidence_export (organization_id, case_id, requested_at DESC);
CREATE INDEX evidence_export_expiry_idx ON evidence_export (expires_at) WHERE status = 'READY';

ALTER TABLE evidence_export ENABLE ROW LEVEL SECURITY;
ALTER TABLE evidence_export FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON evidence_export USING (organization_id = app_org_id())
  WITH CHECK (organization_id = app_org_id());

-- What was asked for never changes; only the progress and the outcome of building it do.
GRANT SELECT, INSERT, UPDATE (passphrase_sealed, status, items_done, bytes_done, storage_key,
  wrapped_key, size_bytes, finished_at, expires_at, failure) ON evidence_export TO cairn_app;

-- The expiry sweep runs for every organisation at once: it finds the bundles due without a
-- tenant, then handles each under its own organisation.
CREATE FUNCTION evidence_exports_due(due_before timestamptz)
  RETURNS TABLE (organization_id uuid, id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT e.organization_id, e.id FROM evidence_export e
        WHERE e.status = 'READY' AND e.expires_at <= due_before $$;
REVOKE EXECUTE ON FUNCTION evidence_exports_due(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION evidence_exports_due(timestamptz) TO cairn_app;
