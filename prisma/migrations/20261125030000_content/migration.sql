-- Guide content: each organisation's own text for guide files, kept as drafts and as an
-- append-only history of published revisions, and its helplines.
--
-- Files of the shared guide live in the code (packages/content); a guide_document row exists
-- only for a path the organisation has touched, as an override of a shared file or as a
-- file of its own.

CREATE TABLE guide_document (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id  uuid NOT NULL REFERENCES organization (id),
  path             text NOT NULL CHECK (length(path) BETWEEN 1 AND 300),
  kind             text NOT NULL CHECK (kind IN ('lesson', 'checklist', 'form', 'workflow')),
  -- The number of the newest revision: the one in effect. NULL until something is published.
  current_revision integer CHECK (current_revision >= 1),
  draft_source     text,
  draft_updated_at timestamptz(3),
  draft_updated_by uuid REFERENCES app_user (id),
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, path),
  -- Lets revisions require a document of their own organisation.
  UNIQUE (id, organization_id),
  CHECK ((draft_source IS NULL) = (draft_updated_at IS NULL))
);

-- One row per publication. Never changed: a rollback or a withdrawal is a new revision.
CREATE TABLE guide_revision (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  document_id     uuid NOT NULL,
  number          integer NOT NULL CHECK (number >= 1),
  -- NULL withdraws the organisation's text: an override falls back to the shared file, an
  -- own file disappears.
  source          text,
  -- Set on a withdrawal made while readers saw the shared file: it hides that file too.
  hides_default   boolean NOT NULL DEFAULT false,
  note            text CHECK (length(note) <= 500),
  restored_from   integer,
  published_by    uuid NOT NULL REFERENCES app_user (id),
  published_at    timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (document_id, number),
  FOREIGN KEY (document_id, organization_id) REFERENCES guide_document (id, organization_id),
  CHECK (NOT hides_default OR source IS NULL),
  CHECK (restored_from IS NULL OR restored_from < number)
);

CREATE TABLE helpline (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description     text NOT NULL DEFAULT '',
  languages       text[] NOT NULL CHECK (cardinality(languages) >= 1),
  services        text[] NOT NULL CHECK (cardinality(services) >= 1),
  regions         text[] NOT NULL CHECK (cardinality(regions) >= 1),
  hours           text NOT NULL DEFAULT '',
  time_zone       text NOT NULL,
  response_hours  integer CHECK (response_hours >= 0),
  takes_urgent    boolean NOT NULL DEFAULT false,
  channels        jsonb NOT NULL CHECK (jsonb_typeof(channels) = 'array'),
  intake_form_id  text,
  own             boolean NOT NULL DEFAULT false,
  listed          boolean NOT NULL DEFAULT false,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX helpline_org_idx ON helpline (organization_id, name);
CREATE INDEX helpline_listed_idx ON helpline (organization_id) WHERE listed;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['guide_document', 'guide_revision', 'helpline'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
  END LOOP;
END
$$;

-- The shared directory of helplines, read by survivors before any tenant is known: only
-- what each organisation chose to list, with the organisation's public name.
CREATE FUNCTION content_listed_helplines()
  RETURNS TABLE (id uuid, organization_slug text, organization_name text, name text,
                 description text, languages text[], services text[], regions text[], hours text,
                 time_zone text, response_hours integer, takes_urgent boolean, channels jsonb,
                 intake_form_id text, own boolean, updated_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT h.id, o.slug, o.name, h.name, h.description, h.languages, h.services, h.regions,
           h.hours, h.time_zone, h.response_hours, h.takes_urgent, h.channels, h.intake_form_id,
           h.own, h.updated_at
    FROM helpline h JOIN organization o ON o.id = h.organization_id
    WHERE h.listed
  $$;
REVOKE EXECUTE ON FUNCTION content_listed_helplines() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION content_listed_helplines() TO cairn_app;

-- A document without history may go (a discarded draft); one with revisions cannot, since
-- its revisions reference it. Revisions are insert-only.
GRANT SELECT, INSERT, UPDATE (current_revision, draft_source, draft_updated_at, draft_updated_by,
  updated_at), DELETE ON guide_document TO cairn_app;
GRANT SELECT, INSERT ON guide_revision TO cairn_app;
GRANT SELECT, INSERT, UPDATE (name, description, languages, services, regions, hours, time_zone,
  response_hours, takes_urgent, channels, intake_form_id, own, listed, updated_at),
  DELETE ON helpline TO cairn_app;
