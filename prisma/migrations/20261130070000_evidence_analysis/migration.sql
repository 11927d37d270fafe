-- Evidence analysis at intake: what Cairn read from an item once it was stored (an email's
-- headers and authenticity checks, an image's EXIF, thumbnail and perceptual hash), and the
-- attachments of an email filed as items of their own.
--
-- Every row here is evidence about evidence: the app role may insert and read, never change
-- or remove. A failed analysis is a row too (status FAILED, with why), so an item whose
-- metadata is broken is kept and shown as such; an item with no row has not been analysed.

CREATE TABLE evidence_analysis (
  item_id             uuid PRIMARY KEY REFERENCES evidence_item (id),
  organization_id     uuid NOT NULL REFERENCES organization (id),
  status              text NOT NULL CHECK (status IN ('DONE', 'FAILED')),
  -- What could not be read, for the caseworker (a broken header block, corrupt EXIF, an
  -- image too large to decode); the file itself is kept whatever this says.
  failure             text CHECK (length(failure) BETWEEN 1 AND 2000),
  -- An email: From, To, Date, Message-ID, Subject and the Received chain, as parsed.
  email_headers       jsonb,
  -- An image: its EXIF without any location, and the location sealed with the
  -- organisation's key, shown only on an audited request.
  exif                jsonb,
  gps_sealed          bytea,
  width               integer CHECK (width > 0),
  height              integer CHECK (height > 0),
  -- 256-bit blockhash as 64 hex digits: near-identical pictures differ in few bits.
  phash               text CHECK (phash ~ '^[0-9a-f]{64}$'),
  -- The thumbnail is sealed like content, under a key of its own.
  thumb_storage_key   text CHECK (length(thumb_storage_key) BETWEEN 1 AND 300),
  thumb_wrapped_key   bytea,
  analysed_at         timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((status = 'FAILED') = (failure IS NOT NULL)),
  CHECK ((thumb_storage_key IS NULL) = (thumb_wrapped_key IS NULL))
);
CREATE INDEX evidence_analysis_phash_idx ON evidence_analysis (organization_id)
  WHERE phash IS NOT NULL;

-- Each DKIM, ARC, SPF and DMARC check of an email: at intake, each replay with the answers
-- kept from intake, and each fresh check. The DNS answers used are kept with the verdicts,
-- so the check can be run again after the sender has rotated its keys.
CREATE TABLE evidence_auth_check (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  item_id         uuid NOT NULL REFERENCES evidence_item (id),
  mode            text NOT NULL CHECK (mode IN ('INTAKE', 'REPLAY', 'LIVE')),
  verdicts        jsonb NOT NULL,
  dns_answers     jsonb NOT NULL,
  checked_by      uuid REFERENCES app_user (id),
  checked_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX evidence_auth_check_item_idx ON evidence_auth_check (item_id, checked_at);

-- An email's attachments, each an item of its own on the same case.
CREATE TABLE evidence_attachment (
  attachment_id   uuid PRIMARY KEY REFERENCES evidence_item (id),
  organization_id uuid NOT NULL REFERENCES organization (id),
  message_id      uuid NOT NULL REFERENCES evidence_item (id),
  position        integer NOT NULL CHECK (position >= 0),
  UNIQUE (message_id, position)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['evidence_analysis', 'evidence_auth_check', 'evidence_attachment'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO cairn_app', t);
  END LOOP;
END
$$;
