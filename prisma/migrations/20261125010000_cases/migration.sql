-- Cases: the caseworker's daily work. Every table is tenant-owned and behind the same
-- row-level security policy as the foundation's.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- The prefix of case references (DH-2026-0042): by default the initials of the slug's words.
ALTER TABLE organization ADD COLUMN case_prefix text NOT NULL DEFAULT 'CASE'
  CHECK (case_prefix ~ '^[A-Z]{2,6}$');
-- Existing organisations get the same default as new ones (see defaultCasePrefix).
UPDATE organization o SET case_prefix = (
  WITH initials AS (
    SELECT upper(coalesce(string_agg(left(part, 1), '' ORDER BY n), '')) AS v
    FROM regexp_split_to_table(o.slug, '-') WITH ORDINALITY AS p(part, n)
    WHERE part ~ '^[a-z]'
  ), letters AS (
    SELECT upper(left(regexp_replace(o.slug, '[^a-z]', '', 'g'), 3)) AS v
  )
  SELECT CASE WHEN length(initials.v) >= 2 THEN left(initials.v, 6)
              ELSE rpad(letters.v, greatest(2, length(letters.v)), 'X') END
  FROM initials, letters
);

CREATE TYPE case_status AS ENUM ('NEW', 'TRIAGE', 'ACTIVE', 'WAITING_ON_SURVIVOR', 'WAITING_ON_THIRD_PARTY', 'CLOSED');
CREATE TYPE risk_level AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

-- Search documents fold accents and are stemmed for English and French; the plain words
-- are kept too, so names and rare words match exactly.
CREATE FUNCTION cairn_search_vector(doc text) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT to_tsvector('simple', unaccent(coalesce(doc, '')))
        || to_tsvector('english', unaccent(coalesce(doc, '')))
        || to_tsvector('french', unaccent(coalesce(doc, '')))
  $$;

CREATE FUNCTION cairn_search_query(q text) RETURNS tsquery
  LANGUAGE sql STABLE
  AS $$
    SELECT websearch_to_tsquery('simple', unaccent(q))
        || websearch_to_tsquery('english', unaccent(q))
        || websearch_to_tsquery('french', unaccent(q))
  $$;

CREATE TABLE case_counter (
  organization_id uuid NOT NULL REFERENCES organization (id),
  year            integer NOT NULL,
  last            integer NOT NULL,
  PRIMARY KEY (organization_id, year)
);

CREATE TABLE case_file (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id     uuid NOT NULL REFERENCES organization (id),
  reference           text NOT NULL,
  title               text NOT NULL,
  summary             text NOT NULL DEFAULT '',
  status              case_status NOT NULL DEFAULT 'NEW',
  closing_reason      text,
  risk_level          risk_level NOT NULL DEFAULT 'LOW',
  risk_screening      jsonb NOT NULL DEFAULT '{}',
  abuse_types         text[] NOT NULL DEFAULT '{}',
  platforms           text[] NOT NULL DEFAULT '{}',
  tags                text[] NOT NULL DEFAULT '{}',
  restricted          boolean NOT NULL DEFAULT false,
  -- The survivor's name and safe-contact rules, sealed with the organisation's data key.
  survivor_sealed     bytea NOT NULL,
  survivor_country    text CHECK (survivor_country ~ '^[A-Z]{2}$'),
  other_party_country text CHECK (other_party_country ~ '^[A-Z]{2}$'),
  warning_sent        boolean NOT NULL DEFAULT false,
  created_by          uuid REFERENCES app_user (id),
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  search              tsvector NOT NULL DEFAULT ''::tsvector,
  UNIQUE (organization_id, reference)
);
CREATE INDEX case_file_updated_idx ON case_file (organization_id, updated_at DESC, id DESC);
CREATE INDEX case_file_created_idx ON case_file (organization_id, created_at DESC, id DESC);
CREATE INDEX case_file_status_idx ON case_file (organization_id, status, updated_at DESC, id DESC);
CREATE INDEX case_file_search_idx ON case_file USING gin (search);
CREATE INDEX case_file_tags_idx ON case_file USING gin (tags);
CREATE INDEX case_file_platforms_idx ON case_file USING gin (platforms);
CREATE INDEX case_file_abuse_idx ON case_file USING gin (abuse_types);

CREATE TABLE case_assignee (
  case_id         uuid NOT NULL REFERENCES case_file (id),
  user_id         uuid NOT NULL REFERENCES app_user (id),
  organization_id uuid NOT NULL REFERENCES organization (id),
  assigned_at     timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignee_user_idx ON case_assignee (organization_id, user_id);

CREATE TABLE incident (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id   uuid NOT NULL REFERENCES organization (id),
  case_id           uuid NOT NULL REFERENCES case_file (id),
  occurred_at       timestamptz(3) NOT NULL,
  local_time        text NOT NULL,
  time_zone         text NOT NULL,
  approximate       boolean NOT NULL DEFAULT false,
  location          jsonb NOT NULL,
  description       text NOT NULL,
  identifiers       jsonb NOT NULL DEFAULT '[]',
  created_by        uuid REFERENCES app_user (id),
  created_at        timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX incident_case_idx ON incident (case_id, occurred_at);

CREATE TABLE case_contact (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id  uuid NOT NULL REFERENCES organization (id),
  case_id          uuid NOT NULL REFERENCES case_file (id),
  kind             text NOT NULL CHECK (kind IN ('REPORT', 'WARNING')),
  recipient_kind   text,
  recipient_name   text,
  method           text NOT NULL,
  contacted_at     timestamptz(3) NOT NULL,
  reference_number text,
  outcome          text,
  next_follow_up   date,
  warning_text     text,
  created_by       uuid REFERENCES app_user (id),
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((kind = 'WARNING') = (warning_text IS NOT NULL)),
  CHECK ((kind = 'REPORT') = (recipient_kind IS NOT NULL))
);
CREATE INDEX case_contact_case_idx ON case_contact (case_id, contacted_at);
-- The guide's advice: warn once, in writing. The database holds the line too.
CREATE UNIQUE INDEX case_contact_one_warning ON case_contact (case_id) WHERE kind = 'WARNING';

CREATE TABLE case_checklist_item (
  case_id         uuid NOT NULL REFERENCES case_file (id),
  item_id         text NOT NULL,
  organization_id uuid NOT NULL REFERENCES organization (id),
  state           text NOT NULL CHECK (state IN ('OPEN', 'DONE', 'NOT_APPLICABLE')),
  changed_by      uuid REFERENCES app_user (id),
  changed_at      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, item_id)
);

CREATE TABLE case_consent (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL REFERENCES case_file (id),
  scope           text NOT NULL,
  given_at        timestamptz(3) NOT NULL,
  expires_at      timestamptz(3),
  withdrawn_at    timestamptz(3),
  note            text,
  recorded_by     uuid REFERENCES app_user (id),
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX case_consent_case_idx ON case_consent (case_id);

CREATE TABLE case_note (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL REFERENCES case_file (id),
  body            text NOT NULL,
  author_id       uuid REFERENCES app_user (id),
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX case_note_case_idx ON case_note (case_id, created_at);

-- The case's timeline: one row per thing that happened, written with the change itself.
CREATE TABLE case_event (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL REFERENCES case_file (id),
  at              timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
  actor_id        uuid REFERENCES app_user (id),
  kind            text NOT NULL,
  data            jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_event_case_idx ON case_event (case_id, at);

-- Rebuilds a case's search document from its title, summary, incidents and notes.
CREATE FUNCTION case_search_refresh(p_case_id uuid) RETURNS void
  LANGUAGE sql VOLATILE
  AS $$
    UPDATE case_file c SET search = cairn_search_vector(concat_ws(' ',
      c.title, c.summary,
      (SELECT string_agg(i.description, ' ') FROM incident i WHERE i.case_id = c.id),
      (SELECT string_agg(n.body, ' ') FROM case_note n WHERE n.case_id = c.id)))
    WHERE c.id = p_case_id
  $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['case_counter', 'case_file', 'case_assignee', 'incident', 'case_contact',
                           'case_checklist_item', 'case_consent', 'case_note', 'case_event'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE (last) ON case_counter TO cairn_app;
GRANT SELECT, INSERT, UPDATE (title, summary, status, closing_reason, risk_level, risk_screening, abuse_types,
  platforms, tags, restricted, survivor_sealed, survivor_country, other_party_country, warning_sent,
  updated_at, search) ON case_file TO cairn_app;
GRANT SELECT, INSERT, DELETE ON case_assignee TO cairn_app;
GRANT SELECT, INSERT ON incident TO cairn_app;
GRANT SELECT, INSERT, UPDATE (reference_number, outcome, next_follow_up) ON case_contact TO cairn_app;
GRANT SELECT, INSERT, UPDATE (state, changed_by, changed_at) ON case_checklist_item TO cairn_app;
GRANT SELECT, INSERT, UPDATE (withdrawn_at) ON case_consent TO cairn_app;
GRANT SELECT, INSERT ON case_note TO cairn_app;
GRANT SELECT, INSERT ON case_event TO cairn_app;
