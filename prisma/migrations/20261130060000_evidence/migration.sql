-- Evidence vault: items of evidence on a case (uploaded files and links to posts) and each
-- organisation's upload limit.
--
-- A file's bytes live outside the database, encrypted under a key of the item's own that is
-- stored here wrapped by the organisation's data key. The row commits only after the bytes
-- are written and hashed. Nothing the app role holds can change what was received or remove
-- an item: it may insert rows and flip the hidden and legal-hold flags, with who and why.

CREATE TABLE evidence_item (
  id               uuid PRIMARY KEY,
  organization_id  uuid NOT NULL REFERENCES organization (id),
  case_id          uuid NOT NULL REFERENCES case_file (id),
  incident_id      uuid REFERENCES incident (id),
  kind             text NOT NULL
                     CHECK (kind IN ('FILE', 'IMAGE', 'AUDIO', 'VIDEO', 'WEB_PAGE', 'LINK', 'EMAIL')),
  -- A file: where its encrypted bytes are, under which wrapped key, and what they were.
  storage_key      text CHECK (length(storage_key) BETWEEN 1 AND 300),
  wrapped_key      bytea,
  file_name        text CHECK (length(file_name) BETWEEN 1 AND 1000),
  size_bytes       bigint CHECK (size_bytes > 0),
  sha256           text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  declared_type    text CHECK (length(declared_type) <= 200),
  detected_type    text CHECK (length(detected_type) <= 200),
  -- A link to a post: Cairn never fetches it.
  url              text CHECK (length(url) <= 2000),
  title            text CHECK (length(title) <= 300),
  seen_at          timestamptz(3),
  archive_url      text CHECK (length(archive_url) <= 2000),
  captured_at      timestamptz(3),
  received_at      timestamptz(3) NOT NULL DEFAULT now(),
  uploaded_by      uuid REFERENCES app_user (id),
  -- Who sent it when no staff member did (survivor intake).
  uploader_label   text CHECK (length(uploader_label) BETWEEN 1 AND 100),
  hidden_at        timestamptz(3),
  hidden_by        uuid REFERENCES app_user (id),
  hidden_reason    text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
  hold_at          timestamptz(3),
  hold_by          uuid REFERENCES app_user (id),
  hold_reason      text CHECK (length(hold_reason) BETWEEN 1 AND 500),
  CHECK ((uploaded_by IS NULL) <> (uploader_label IS NULL)),
  CHECK ((kind = 'LINK') = (url IS NOT NULL AND seen_at IS NOT NULL)),
  CHECK ((kind = 'LINK') = (storage_key IS NULL AND wrapped_key IS NULL AND sha256 IS NULL
                            AND size_bytes IS NULL AND file_name IS NULL)),
  CHECK (kind = 'LINK' OR (storage_key IS NOT NULL AND wrapped_key IS NOT NULL
                           AND sha256 IS NOT NULL AND size_bytes IS NOT NULL
                           AND file_name IS NOT NULL)),
  CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)),
  CHECK ((hold_at IS NULL) = (hold_reason IS NULL))
);
CREATE INDEX evidence_item_case_idx ON evidence_item (organization_id, case_id, received_at DESC);
CREATE UNIQUE INDEX evidence_item_storage_key ON evidence_item (storage_key);

-- Every hide, show, hold and release, with who and why: the history the flags' current
-- values on evidence_item do not keep. Insert-only.
CREATE TABLE evidence_flag_change (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  item_id         uuid NOT NULL REFERENCES evidence_item (id),
  change          text NOT NULL CHECK (change IN ('HIDDEN', 'SHOWN', 'HOLD_SET', 'HOLD_RELEASED')),
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  changed_by      uuid REFERENCES app_user (id),
  changed_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX evidence_flag_change_item_idx ON evidence_flag_change (item_id, changed_at);

-- An organisation's own limits; an organisation without a row has the defaults.
CREATE TABLE evidence_settings (
  organization_id  uuid PRIMARY KEY REFERENCES organization (id),
  max_upload_bytes bigint NOT NULL CHECK (max_upload_bytes > 0)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['evidence_item', 'evidence_flag_change', 'evidence_settings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
  END LOOP;
END
$$;

-- Content columns are never granted for update, and nothing is granted for delete.
GRANT SELECT, INSERT, UPDATE (hidden_at, hidden_by, hidden_reason, hold_at, hold_by, hold_reason)
  ON evidence_item TO cairn_app;
GRANT SELECT, INSERT ON evidence_flag_change TO cairn_app;
GRANT SELECT ON evidence_settings TO cairn_app;

-- An item's custody log is read from the audit events about it.
CREATE INDEX audit_event_target_idx ON audit_event (organization_id, target_type, target_id);
