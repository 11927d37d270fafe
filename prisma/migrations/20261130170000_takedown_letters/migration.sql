-- Letters on the takedown request model: the one warning to the other party and the cover
-- letter of a police report go through the same draft, preview, approval, outbox and reply
-- address as a notice to a platform. A request now says who it is for; only a platform's
-- request has a platform.
ALTER TABLE takedown_request
  ADD COLUMN recipient_kind text NOT NULL DEFAULT 'PLATFORM'
    CHECK (recipient_kind IN ('PLATFORM', 'OTHER_PARTY', 'POLICE')),
  -- Who the caseworker wrote to, as they typed it (a police station, a name); a platform's
  -- request takes the platform's name from the directory.
  ADD COLUMN recipient_name text CHECK (length(recipient_name) BETWEEN 1 AND 200),
  ALTER COLUMN platform_id DROP NOT NULL,
  ADD CONSTRAINT takedown_request_recipient_check CHECK (
    (recipient_kind = 'PLATFORM') = (platform_id IS NOT NULL)
    AND (recipient_kind = 'OTHER_PARTY') = (notice_type = 'WARNING')
    AND (recipient_kind = 'POLICE') = (notice_type = 'POLICE_COVER')
    AND (recipient_kind = 'PLATFORM' OR channel = 'EMAIL'));

GRANT UPDATE (recipient_name) ON takedown_request TO cairn_app;

CREATE OR REPLACE FUNCTION takedown_request_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.approved_at IS NOT NULL AND (
       NEW.subject IS DISTINCT FROM OLD.subject OR NEW.body IS DISTINCT FROM OLD.body
    OR NEW.recipient_address IS DISTINCT FROM OLD.recipient_address
    OR NEW.recipient_name IS DISTINCT FROM OLD.recipient_name
    OR NEW.platform_id IS DISTINCT FROM OLD.platform_id
    OR NEW.notice_type IS DISTINCT FROM OLD.notice_type
    OR NEW.elements IS DISTINCT FROM OLD.elements
    OR NEW.evidence_ids IS DISTINCT FROM OLD.evidence_ids
    OR NEW.message_id IS DISTINCT FROM OLD.message_id) THEN
    RAISE EXCEPTION 'an approved takedown notice cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

-- Every email sent about a request (the notice, its follow-up, its escalation) carries a
-- reply address of its own, each filing answers on the same request and case.
ALTER TABLE takedown_reply_address DROP CONSTRAINT takedown_reply_address_request_id_key;
CREATE INDEX takedown_reply_address_request_idx ON takedown_reply_address (request_id);
