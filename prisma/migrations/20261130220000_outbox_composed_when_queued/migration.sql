-- An email is now composed (and DKIM-signed) in the transaction that queues it, as a mail
-- server's queue holds finished messages: the bytes a person approved are the bytes handed
-- to the recipient's server, on the first attempt and on every retry or resend. The sealed
-- copy, its hash and its size are therefore written once, at queueing, and only their names
-- change: they hold the message to send, then the message sent.
ALTER TABLE outbox_message RENAME COLUMN sent_eml_sealed TO eml_sealed;
ALTER TABLE outbox_message RENAME COLUMN sent_eml_sha256 TO eml_sha256;
ALTER TABLE outbox_message RENAME COLUMN sent_eml_size TO eml_size;

ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_eml_whole
  CHECK ((eml_sealed IS NULL) = (eml_sha256 IS NULL) AND (eml_sealed IS NULL) = (eml_size IS NULL));

-- Rows queued before this change have no composed message yet; the worker composes theirs
-- when it claims them, once. After that, nobody changes it: not the app, not a resend.
CREATE FUNCTION outbox_message_eml_set_once() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
BEGIN
  IF OLD.eml_sealed IS NOT NULL AND (NEW.eml_sealed IS DISTINCT FROM OLD.eml_sealed
      OR NEW.eml_sha256 IS DISTINCT FROM OLD.eml_sha256
      OR NEW.eml_size IS DISTINCT FROM OLD.eml_size) THEN
    RAISE EXCEPTION 'the composed message of outbox row % never changes once written', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER outbox_message_eml_set_once
  BEFORE UPDATE OF eml_sealed, eml_sha256, eml_size ON outbox_message
  FOR EACH ROW EXECUTE FUNCTION outbox_message_eml_set_once();
