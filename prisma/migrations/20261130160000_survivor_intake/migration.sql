-- Survivor intake: cases a survivor opens through an organisation's intake form, the code and
-- sessions with which they follow the case up, the messages shared between them and the
-- helpline, and what keeps the public form from being flooded (rate counters keyed by a
-- salted hash of the client, never its address; proof-of-work challenges already used).
--
-- Every table is the organisation's: the public routes find the organisation by its slug
-- first (organisation rows are readable by all), then work inside its tenant like any other
-- request, so no lookup here needs to cross tenants. Only the sweep does.

CREATE TYPE case_source AS ENUM ('STAFF', 'INTAKE');
-- Where a case came from is a fact of its opening: granted on INSERT only, never UPDATE.
ALTER TABLE case_file ADD COLUMN source case_source NOT NULL DEFAULT 'STAFF';

-- What the survivor sent, as sent: the form and revision it was filled from, and the answers
-- sealed with the organisation's key. The idempotency key's hash makes a second press of the
-- button find the first submission instead of opening a second case.
CREATE TABLE intake_submission (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL UNIQUE REFERENCES case_file (id),
  form_id         text NOT NULL CHECK (form_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(form_id) <= 100),
  locale          text NOT NULL CHECK (locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' AND length(locale) <= 20),
  version         text NOT NULL CHECK (version ~ '^[0-9a-f]{16}$'),
  -- The proof of work was solved; false marks the case for review.
  verified        boolean NOT NULL,
  -- The survivor said they were in immediate danger.
  danger          boolean NOT NULL,
  answers_sealed  bytea NOT NULL,
  key_hash        bytea NOT NULL CHECK (length(key_hash) = 32),
  -- The evidence items the submission's files became, in the order sent.
  evidence_ids    uuid[] NOT NULL DEFAULT '{}',
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, key_hash)
);

-- The follow-up code of a case, hashed, with its count of wrong tries and the lock they set.
CREATE TABLE follow_up_credential (
  case_id         uuid PRIMARY KEY REFERENCES case_file (id),
  organization_id uuid NOT NULL REFERENCES organization (id),
  code_hash       bytea NOT NULL CHECK (length(code_hash) = 32),
  failures        integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until    timestamptz(3),
  issued_at       timestamptz(3) NOT NULL DEFAULT now(),
  -- The staff member who issued a replacement; null for the code given at submission.
  issued_by       uuid REFERENCES app_user (id)
);

-- A survivor's follow-up session: the token's hash and when it lapses (idle expiry).
CREATE TABLE follow_up_session (
  token_hash      bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL REFERENCES case_file (id),
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  expires_at      timestamptz(3) NOT NULL
);
CREATE INDEX follow_up_session_case_idx ON follow_up_session (organization_id, case_id);
CREATE INDEX follow_up_session_expiry_idx ON follow_up_session (expires_at);

-- The thread between survivor and helpline: what a caseworker chose to share, and what the
-- survivor wrote back. The text is sealed with the organisation's key.
CREATE TABLE survivor_message (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organization (id),
  case_id         uuid NOT NULL REFERENCES case_file (id),
  sender          text NOT NULL CHECK (sender IN ('HELPLINE', 'YOU')),
  text_sealed     bytea NOT NULL,
  author_id       uuid REFERENCES app_user (id),
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  CHECK (sender = 'HELPLINE' OR author_id IS NULL)
);
CREATE INDEX survivor_message_case_idx ON survivor_message (organization_id, case_id, created_at);

-- Fixed-window counters of submissions, per form and per client. A client's bucket names a
-- salted hash of its address, never the address.
CREATE TABLE intake_rate (
  organization_id uuid NOT NULL REFERENCES organization (id),
  bucket          text NOT NULL CHECK (length(bucket) BETWEEN 1 AND 200),
  window_start    timestamptz(3) NOT NULL,
  hits            integer NOT NULL CHECK (hits > 0),
  PRIMARY KEY (organization_id, bucket, window_start)
);
CREATE INDEX intake_rate_window_idx ON intake_rate (window_start);

-- The salt of each day's client hashes, random, wrapped with the organisation's key. The
-- sweep deletes past days, after which yesterday's hashes cannot be tied to an address.
CREATE TABLE intake_salt (
  organization_id uuid NOT NULL REFERENCES organization (id),
  day             date NOT NULL,
  salt_wrapped    bytea NOT NULL,
  PRIMARY KEY (organization_id, day)
);

-- Proof-of-work challenges already redeemed, kept until they expire so none counts twice.
CREATE TABLE intake_used_challenge (
  organization_id uuid NOT NULL REFERENCES organization (id),
  challenge       text NOT NULL CHECK (challenge ~ '^[0-9a-f]{64}$'),
  expires_at      timestamptz(3) NOT NULL,
  PRIMARY KEY (organization_id, challenge)
);
CREATE INDEX intake_used_challenge_expiry_idx ON intake_used_challenge (expires_at);

-- The organisation's secret for follow-up codes given at submission (a code is an HMAC of
-- the submission's idempotency key, so a repeated submission gets its code back), wrapped
-- with the organisation's key.
CREATE TABLE intake_key (
  organization_id uuid PRIMARY KEY REFERENCES organization (id),
  wrapped_key     bytea NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['intake_submission', 'follow_up_credential', 'follow_up_session',
                           'survivor_message', 'intake_rate', 'intake_salt',
                           'intake_used_challenge', 'intake_key'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
    -- The owner's deliberate cross-tenant pass (see the data protection migration), which
    -- intake_sweep() below needs when the owner is not a superuser.
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;

-- A submission is a record of what the survivor sent: written once, never changed.
GRANT SELECT, INSERT ON intake_submission TO cairn_app;
GRANT SELECT, INSERT, UPDATE (code_hash, failures, locked_until, issued_at, issued_by)
  ON follow_up_credential TO cairn_app;
GRANT SELECT, INSERT, UPDATE (expires_at), DELETE ON follow_up_session TO cairn_app;
GRANT SELECT, INSERT ON survivor_message TO cairn_app;
GRANT SELECT, INSERT, UPDATE (hits) ON intake_rate TO cairn_app;
GRANT SELECT, INSERT ON intake_salt TO cairn_app;
GRANT SELECT, INSERT ON intake_used_challenge TO cairn_app;
GRANT SELECT, INSERT ON intake_key TO cairn_app;

-- Housekeeping for the worker, across organisations: past days' salts (the point of a daily
-- salt), spent counters, lapsed sessions and expired challenges.
CREATE FUNCTION intake_sweep(p_now timestamptz)
  RETURNS TABLE (salts bigint, counters bigint, sessions bigint, challenges bigint)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH
      salts AS (DELETE FROM intake_salt WHERE day < (p_now AT TIME ZONE 'UTC')::date RETURNING 1),
      counters AS (DELETE FROM intake_rate WHERE window_start < p_now - interval '1 day' RETURNING 1),
      sessions AS (DELETE FROM follow_up_session WHERE expires_at < p_now RETURNING 1),
      challenges AS (DELETE FROM intake_used_challenge WHERE expires_at < p_now RETURNING 1)
    SELECT (SELECT count(*) FROM salts), (SELECT count(*) FROM counters),
           (SELECT count(*) FROM sessions), (SELECT count(*) FROM challenges)
  $$;
REVOKE EXECUTE ON FUNCTION intake_sweep(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION intake_sweep(timestamptz) TO cairn_app;
