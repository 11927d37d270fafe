-- Outgoing mail. Every email Cairn sends is first a row of outbox_message, written in the
-- transaction of the action that causes it (an invitation, a takedown request approved, an
-- escalation rule firing), so that an action and its email commit or vanish together. The
-- worker sends each row once: it claims the row (QUEUED -> SENDING, committed), sends it with
-- the Message-ID fixed here at insert, then records the exact bytes sent and the server's
-- answer (SENDING -> SENT). A row found still SENDING after a crash may or may not have left:
-- it becomes NEEDS_REVIEW and is never sent again unless a person says so.
--
-- What the message says can name a survivor, an abuser or the content at stake, so its
-- recipients, subject, bodies, reply address and the stored .eml are sealed with the
-- organisation's key (bound to the field and the row). Left in the clear: the sending
-- address (the organisation's own), the recipients' domains (the rate limit needs them
-- without a key), extra headers (threading headers only; see enqueue-email.ts), and status.

CREATE TABLE outbox_message (
  id                  uuid PRIMARY KEY,
  organization_id     uuid NOT NULL REFERENCES organization (id),
  status              text NOT NULL DEFAULT 'QUEUED'
                      CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'NEEDS_REVIEW')),
  from_address        text NOT NULL CHECK (length(from_address) BETWEEN 3 AND 320),
  to_sealed           bytea NOT NULL,
  cc_sealed           bytea,
  reply_to_sealed     bytea,
  -- Lower-case domains of every recipient (to and cc), for the per-domain rate limit.
  recipient_domains   text[] NOT NULL CHECK (cardinality(recipient_domains) BETWEEN 1 AND 50),
  subject_sealed      bytea NOT NULL,
  text_sealed         bytea NOT NULL,
  html_sealed         bytea,
  -- `<id@domain>`, fixed at insert: a resend after review carries the same one, so a
  -- receiving system that got both can tell they are one message.
  message_id          text NOT NULL CHECK (message_id ~ '^<[^<>@\s]+@[^<>@\s]+>$'),
  headers             jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(headers) = 'object'),
  case_id             uuid REFERENCES case_file (id),
  -- The row that caused this email (`invite`, `takedown_request`, `escalation`...), so its
  -- domain can show the email's fate beside it.
  source_kind         text CHECK (source_kind ~ '^[a-z][a-z0-9_]{0,39}$'),
  source_id           uuid,
  created_by          uuid REFERENCES app_user (id),
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  attempts            integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at     timestamptz(3) NOT NULL DEFAULT now(),
  -- When the current claim began; a SENDING row older than the lease is an interrupted send.
  sending_since       timestamptz(3),
  last_error          text CHECK (length(last_error) <= 1000),
  smtp_response       text CHECK (length(smtp_response) <= 1000),
  -- The exact message handed to the SMTP server, sealed, with the SHA-256 of its bytes.
  sent_eml_sealed     bytea,
  sent_eml_sha256     bytea CHECK (octet_length(sent_eml_sha256) = 32),
  sent_eml_size       integer CHECK (sent_eml_size > 0),
  sent_at             timestamptz(3),
  failed_at           timestamptz(3),
  resent_by           uuid REFERENCES app_user (id),
  resent_at           timestamptz(3),
  UNIQUE (organization_id, message_id),
  CHECK ((source_kind IS NULL) = (source_id IS NULL)),
  CHECK (status <> 'SENDING' OR sending_since IS NOT NULL),
  CHECK (status <> 'SENT' OR (sent_at IS NOT NULL AND sent_eml_sealed IS NOT NULL
                              AND sent_eml_sha256 IS NOT NULL AND sent_eml_size IS NOT NULL))
);
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outbox_message_sending_idx ON outbox_message (sending_since) WHERE status = 'SENDING';
CREATE INDEX outbox_message_list_idx ON outbox_message (organization_id, status, created_at DESC);
CREATE INDEX outbox_message_source_idx ON outbox_message (organization_id, source_kind, source_id)
  WHERE source_kind IS NOT NULL;
CREATE INDEX outbox_message_case_idx ON outbox_message (organization_id, case_id)
  WHERE case_id IS NOT NULL;

-- An organisation's sending identity. No row: the deployment's MAIL_FROM, unsigned.
CREATE TABLE mail_settings (
  organization_id      uuid PRIMARY KEY REFERENCES organization (id),
  from_address         text CHECK (length(from_address) BETWEEN 3 AND 320),
  from_name            text CHECK (length(from_name) BETWEEN 1 AND 200),
  dkim_domain          text CHECK (dkim_domain ~ '^[A-Za-z0-9.-]{1,253}$'),
  dkim_selector        text CHECK (dkim_selector ~ '^[A-Za-z0-9._-]{1,63}$'),
  -- The DKIM private key (PEM), sealed with the organisation's key.
  dkim_private_key_sealed bytea,
  updated_by           uuid REFERENCES app_user (id),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((dkim_domain IS NULL) = (dkim_selector IS NULL)
         AND (dkim_domain IS NULL) = (dkim_private_key_sealed IS NULL))
);

-- The local mail catcher's inbox (no SMTP_URL): what would have left, per organisation, so
-- a person trying Cairn sees it in the admin pages. The catcher accepts only messages whose
-- Message-ID an outbox row carries, and files each under that row's organisation.
CREATE TABLE caught_mail (
  id                uuid PRIMARY KEY,
  organization_id   uuid NOT NULL REFERENCES organization (id),
  outbox_message_id uuid NOT NULL REFERENCES outbox_message (id),
  -- The envelope sender and recipients and the parsed summary, as JSON, sealed.
  envelope_sealed   bytea NOT NULL,
  raw_sealed        bytea NOT NULL,
  raw_sha256        bytea NOT NULL CHECK (octet_length(raw_sha256) = 32),
  size_bytes        integer NOT NULL CHECK (size_bytes > 0),
  received_at       timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX caught_mail_list_idx ON caught_mail (organization_id, received_at DESC);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['outbox_message', 'mail_settings', 'caught_mail'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;

-- What a message says never changes once queued; only its delivery does. Nothing is deleted.
GRANT SELECT, INSERT, UPDATE (status, attempts, next_attempt_at, sending_since, last_error,
  smtp_response, sent_eml_sealed, sent_eml_sha256, sent_eml_size, sent_at, failed_at,
  resent_by, resent_at) ON outbox_message TO cairn_app;
GRANT SELECT, INSERT, UPDATE ON mail_settings TO cairn_app;
GRANT SELECT, INSERT ON caught_mail TO cairn_app;

-- The relay and the sweep work for every organisation at once: they find the rows without a
-- tenant (ids and times only), then handle each under its own organisation.
CREATE FUNCTION outbox_due(due_before timestamptz, max_rows integer)
  RETURNS TABLE (organization_id uuid, id uuid, next_attempt_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT m.organization_id, m.id, m.next_attempt_at FROM outbox_message m
        WHERE m.status = 'QUEUED' AND m.next_attempt_at <= due_before
        ORDER BY m.next_attempt_at LIMIT max_rows $$;

CREATE FUNCTION outbox_stale_sending(claimed_before timestamptz, max_rows integer)
  RETURNS TABLE (organization_id uuid, id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT m.organization_id, m.id FROM outbox_message m
        WHERE m.status = 'SENDING' AND m.sending_since < claimed_before
        ORDER BY m.sending_since LIMIT max_rows $$;

-- The catcher learns which organisation a message it received belongs to from its
-- Message-ID, and nothing else about the row.
CREATE FUNCTION outbox_owner_of_message(wanted text)
  RETURNS TABLE (organization_id uuid, id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT m.organization_id, m.id FROM outbox_message m
        WHERE m.message_id = wanted AND m.status IN ('SENDING', 'SENT', 'NEEDS_REVIEW') $$;

REVOKE EXECUTE ON FUNCTION outbox_due(timestamptz, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION outbox_stale_sending(timestamptz, integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION outbox_owner_of_message(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_due(timestamptz, integer) TO cairn_app;
GRANT EXECUTE ON FUNCTION outbox_stale_sending(timestamptz, integer) TO cairn_app;
GRANT EXECUTE ON FUNCTION outbox_owner_of_message(text) TO cairn_app;
