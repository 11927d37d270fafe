-- Takedown requests: the platform directory, the notice templates, the requests made on a
-- case with the URLs each asks to remove, and the replies platforms send back.
--
-- Every table is the organisation's own (RLS). What a request said once it left Cairn
-- (its recipient, subject, body, Message-ID) is never granted for update; a reply is kept
-- as an item of evidence and its row is insert-only.

-- Where and how each platform or service takes reports. Seeded per organisation with facts
-- from the services' own public pages, each with its source; admins edit them.
CREATE TABLE platform (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id    uuid NOT NULL REFERENCES organization (id),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind               text NOT NULL
                       CHECK (kind IN ('SOCIAL_NETWORK', 'SEARCH_ENGINE', 'HOST', 'REGISTRAR', 'OTHER')),
  report_channel     text NOT NULL CHECK (report_channel IN ('EMAIL', 'WEB_FORM')),
  -- An email address for EMAIL, a web address for WEB_FORM.
  report_address     text NOT NULL CHECK (length(report_address) BETWEEN 3 AND 2000),
  notice_types       text[] NOT NULL DEFAULT '{}',
  escalation_contact text CHECK (length(escalation_contact) BETWEEN 3 AND 2000),
  -- ISO 3166-1 alpha-2 country of the legal entity that receives notices.
  country            text CHECK (country ~ '^[A-Z]{2}$'),
  -- Where each fact was read: {"reportAddress": url, "noticeTypes": url, ...}.
  sources            jsonb NOT NULL DEFAULT '{}',
  notes              text CHECK (length(notes) <= 2000),
  archived_at        timestamptz(3),
  updated_by         uuid REFERENCES app_user (id),
  updated_at         timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, name)
);

-- One template per organisation, notice type and language. Logic-less (Mustache): the
-- renderer refuses a template naming a value it does not know.
CREATE TABLE takedown_template (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  notice_type     text NOT NULL,
  locale          text NOT NULL CHECK (locale IN ('en', 'fr')),
  subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  updated_by      uuid REFERENCES app_user (id),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, notice_type, locale)
);

-- An organisation's takedown settings; an organisation without a row has the defaults
-- (four-eyes approval on, the deployment's inbound mail domain).
CREATE TABLE takedown_settings (
  organization_id uuid PRIMARY KEY REFERENCES organization (id),
  four_eyes       boolean NOT NULL DEFAULT true,
  inbound_domain  text CHECK (inbound_domain ~ '^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$')
);

CREATE TABLE takedown_request (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id     uuid NOT NULL REFERENCES organization (id),
  case_id             uuid NOT NULL REFERENCES case_file (id),
  platform_id         uuid NOT NULL REFERENCES platform (id),
  notice_type         text NOT NULL,
  locale              text NOT NULL CHECK (locale IN ('en', 'fr')),
  status              text NOT NULL DEFAULT 'DRAFT'
                        CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'SENT', 'ACKNOWLEDGED',
                                          'REMOVED', 'PARTLY_REMOVED', 'REFUSED', 'NO_RESPONSE')),
  -- The notice's elements the caseworker gave (explanation, signature, statements...).
  elements            jsonb NOT NULL DEFAULT '{}',
  evidence_ids        uuid[] NOT NULL DEFAULT '{}',
  -- What was (or will be) sent, rendered at submission and frozen from approval on.
  channel             text NOT NULL CHECK (channel IN ('EMAIL', 'WEB_FORM')),
  recipient_address   text NOT NULL,
  subject             text,
  body                text,
  created_by          uuid REFERENCES app_user (id),
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  submitted_by        uuid REFERENCES app_user (id),
  submitted_at        timestamptz(3),
  approved_by         uuid REFERENCES app_user (id),
  approved_at         timestamptz(3),
  sent_at             timestamptz(3),
  -- The outbox row that carries the email (the mail domain's table) and its Message-ID.
  outbox_message_id   uuid,
  message_id          text,
  contact_id          uuid REFERENCES case_contact (id),
  platform_reference  text CHECK (length(platform_reference) <= 200),
  acknowledged_at     timestamptz(3),
  closed_at           timestamptz(3),
  outcome_note        text CHECK (length(outcome_note) <= 2000),
  -- A reply came that no caseworker has opened yet.
  reply_unseen        boolean NOT NULL DEFAULT false,
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((status = 'DRAFT') OR submitted_at IS NOT NULL),
  CHECK ((status IN ('DRAFT', 'AWAITING_APPROVAL')) OR (sent_at IS NOT NULL AND approved_at IS NOT NULL))
);
CREATE INDEX takedown_request_case_idx ON takedown_request (organization_id, case_id, created_at DESC);
CREATE INDEX takedown_request_status_idx ON takedown_request (organization_id, status, sent_at);

-- Each URL a request asks to remove, with its own outcome.
CREATE TABLE takedown_url (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  request_id      uuid NOT NULL REFERENCES takedown_request (id),
  position        integer NOT NULL CHECK (position >= 0),
  url             text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  outcome         text NOT NULL DEFAULT 'PENDING'
                    CHECK (outcome IN ('PENDING', 'REMOVED', 'REFUSED', 'GONE')),
  UNIQUE (request_id, position)
);

-- A reply received at a request's reply address: the .eml is an item of evidence.
CREATE TABLE takedown_reply (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  request_id      uuid NOT NULL REFERENCES takedown_request (id),
  evidence_id     uuid NOT NULL REFERENCES evidence_item (id),
  from_address    text CHECK (length(from_address) <= 1000),
  subject         text CHECK (length(subject) <= 1000),
  message_id      text CHECK (length(message_id) <= 1000),
  received_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX takedown_reply_request_idx ON takedown_reply (request_id, received_at);

-- The reply address of each sent request, by the SHA-256 of its token (the token itself is
-- only in the sent email). The inbound mail listener knows no tenant until it has read the
-- address, so it finds the request through takedown_reply_target, a SECURITY DEFINER
-- function (the owner's cross-tenant policy). The app role may only add rows, under its own
-- organisation, when a request is sent; it can never read one back.
CREATE TABLE takedown_reply_address (
  token_hash      bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  organization_id uuid NOT NULL REFERENCES organization (id),
  request_id      uuid NOT NULL UNIQUE REFERENCES takedown_request (id),
  case_id         uuid NOT NULL REFERENCES case_file (id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['platform', 'takedown_template', 'takedown_settings',
                           'takedown_request', 'takedown_url', 'takedown_reply',
                           'takedown_reply_address'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
    -- The owner crosses tenants only on purpose (see the data-protection migration).
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE (name, kind, report_channel, report_address, notice_types,
  escalation_contact, country, sources, notes, archived_at, updated_by, updated_at)
  ON platform TO cairn_app;
GRANT SELECT, INSERT, UPDATE (subject, body, updated_by, updated_at) ON takedown_template TO cairn_app;
GRANT SELECT, INSERT, UPDATE (four_eyes, inbound_domain) ON takedown_settings TO cairn_app;
GRANT SELECT, INSERT, UPDATE (platform_id, notice_type, locale, status, elements, evidence_ids,
  channel, recipient_address, subject, body, submitted_by, submitted_at, approved_by,
  approved_at, sent_at, outbox_message_id, message_id, contact_id,
  platform_reference, acknowledged_at, closed_at, outcome_note, reply_unseen, updated_at)
  ON takedown_request TO cairn_app;
-- A draft's URLs are replaced while it is edited: delete is limited to drafts by the service,
-- and the trigger below holds the line for every other status.
GRANT SELECT, INSERT, DELETE, UPDATE (outcome) ON takedown_url TO cairn_app;
GRANT SELECT, INSERT ON takedown_reply TO cairn_app;
GRANT INSERT ON takedown_reply_address TO cairn_app;

-- What left Cairn cannot be rewritten: once a request is approved its notice is frozen.
CREATE FUNCTION takedown_request_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.approved_at IS NOT NULL AND (
       NEW.subject IS DISTINCT FROM OLD.subject OR NEW.body IS DISTINCT FROM OLD.body
    OR NEW.recipient_address IS DISTINCT FROM OLD.recipient_address
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
CREATE TRIGGER takedown_request_frozen BEFORE UPDATE ON takedown_request
  FOR EACH ROW EXECUTE FUNCTION takedown_request_frozen();

CREATE FUNCTION takedown_url_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM takedown_request r WHERE r.id = OLD.request_id AND r.status <> 'DRAFT') THEN
    RAISE EXCEPTION 'the URLs of a submitted takedown request cannot be removed'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;
CREATE TRIGGER takedown_url_draft_only BEFORE DELETE ON takedown_url
  FOR EACH ROW EXECUTE FUNCTION takedown_url_draft_only();

CREATE FUNCTION takedown_reply_target(p_token_hash bytea)
  RETURNS TABLE (organization_id uuid, request_id uuid, case_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT a.organization_id, a.request_id, a.case_id
    FROM takedown_reply_address a
    WHERE a.token_hash = p_token_hash
  $$;
REVOKE EXECUTE ON FUNCTION takedown_reply_target(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION takedown_reply_target(bytea) TO cairn_app;
