-- Foundation: organisations, staff, sessions, invitations and the audit chain.
--
-- Two roles: whoever runs this file owns every object; `cairn_app`, the role the API and
-- the worker connect as, owns nothing, cannot bypass row-level security, and gets only the
-- grants listed here. Tenant-owned tables carry organization_id and a policy comparing it
-- with the transaction's `app.org_id`; with no setting a query sees no rows.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cairn_app') THEN
    CREATE ROLE cairn_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

-- The tenant of the current transaction, or NULL when none was set.
CREATE FUNCTION app_org_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;

CREATE TYPE role AS ENUM ('ADMIN', 'SUPERVISOR', 'CASEWORKER');

CREATE TABLE organization (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug           text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$'),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  default_locale text NOT NULL DEFAULT 'en',
  time_zone      text NOT NULL DEFAULT 'UTC',
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE organization_key (
  organization_id uuid PRIMARY KEY REFERENCES organization (id),
  wrapped_key     bytea NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until  timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE membership (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  user_id         uuid NOT NULL REFERENCES app_user (id),
  role            role NOT NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, user_id)
);
CREATE INDEX membership_user_idx ON membership (user_id);

CREATE TABLE session (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id     uuid NOT NULL REFERENCES organization (id),
  user_id             uuid NOT NULL REFERENCES app_user (id),
  token_hash          bytea NOT NULL UNIQUE,
  created_at          timestamptz(3) NOT NULL DEFAULT now(),
  last_seen_at        timestamptz(3) NOT NULL DEFAULT now(),
  idle_expires_at     timestamptz(3) NOT NULL,
  absolute_expires_at timestamptz(3) NOT NULL,
  revoked_at          timestamptz(3),
  ip                  text,
  user_agent          text
);
CREATE INDEX session_user_idx ON session (user_id);
CREATE INDEX session_org_idx ON session (organization_id);

CREATE TABLE invite (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  email           text NOT NULL CHECK (email = lower(email)),
  role            role NOT NULL,
  token_hash      bytea NOT NULL UNIQUE,
  invited_by_id   uuid NOT NULL REFERENCES app_user (id),
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  expires_at      timestamptz(3) NOT NULL,
  accepted_at     timestamptz(3),
  revoked_at      timestamptz(3)
);
CREATE INDEX invite_org_idx ON invite (organization_id, created_at DESC);

CREATE TABLE audit_event (
  id              bigserial PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organization (id),
  seq             bigint NOT NULL,
  at              timestamptz(6) NOT NULL DEFAULT clock_timestamp(),
  actor_user_id   uuid,
  action          text NOT NULL,
  target_type     text,
  target_id       text,
  request_id      text,
  ip              text,
  data            jsonb NOT NULL DEFAULT '{}',
  prev_hash       text NOT NULL,
  hash            text NOT NULL,
  UNIQUE (organization_id, seq)
);

-- The head of each organisation's chain. Only the chaining trigger touches it.
CREATE TABLE audit_head (
  organization_id uuid PRIMARY KEY REFERENCES organization (id),
  seq             bigint NOT NULL,
  hash            text NOT NULL
);

-- The canonical serialisation of an event is a JSON array of its fields in a fixed order,
-- as PostgreSQL prints jsonb (normalised, key order fixed), hashed with SHA-256.
CREATE FUNCTION audit_event_digest(e audit_event) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT encode(sha256(convert_to(jsonb_build_array(
      e.organization_id, e.seq,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      e.actor_user_id, e.action, e.target_type, e.target_id, e.request_id, e.ip,
      e.data, e.prev_hash
    )::text, 'UTF8')), 'hex')
  $$;

-- Links each new event to the previous one of its organisation. It runs as the owner so
-- that the app role needs no right on audit_head, and serialises writers per organisation
-- through the head row's lock.
CREATE FUNCTION audit_event_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    head audit_head%ROWTYPE;
  BEGIN
    INSERT INTO audit_head (organization_id, seq, hash)
      VALUES (NEW.organization_id, 0, repeat('0', 64))
      ON CONFLICT (organization_id) DO NOTHING;
    SELECT * INTO head FROM audit_head WHERE organization_id = NEW.organization_id FOR UPDATE;
    NEW.seq := head.seq + 1;
    NEW.prev_hash := head.hash;
    NEW.at := clock_timestamp();
    NEW.hash := audit_event_digest(NEW);
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE organization_id = NEW.organization_id;
    RETURN NEW;
  END
  $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
  END
  $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- The chain head of the current tenant, so verification also notices removed tail events.
CREATE FUNCTION audit_chain_head() RETURNS TABLE (seq bigint, hash text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT h.seq, h.hash FROM audit_head h WHERE h.organization_id = app_org_id() $$;

-- Look-ups that happen before a tenant is known. Each finds exactly one row by a secret
-- (a token's hash) or returns a user's own memberships; none can list another tenant's rows.
CREATE FUNCTION auth_session_by_token(p_token_hash bytea)
  RETURNS TABLE (id uuid, organization_id uuid, user_id uuid, idle_expires_at timestamptz,
                 absolute_expires_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT s.id, s.organization_id, s.user_id, s.idle_expires_at, s.absolute_expires_at, s.revoked_at
    FROM session s WHERE s.token_hash = p_token_hash
  $$;

CREATE FUNCTION auth_user_memberships(p_user_id uuid)
  RETURNS TABLE (organization_id uuid, slug text, name text, role role)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT o.id, o.slug, o.name, m.role
    FROM membership m JOIN organization o ON o.id = m.organization_id
    WHERE m.user_id = p_user_id
    ORDER BY o.name
  $$;

CREATE FUNCTION auth_invite_by_token(p_token_hash bytea)
  RETURNS TABLE (id uuid, organization_id uuid, email text, role role, expires_at timestamptz,
                 accepted_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT i.id, i.organization_id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at
    FROM invite i WHERE i.token_hash = p_token_hash
  $$;

-- Housekeeping for the worker: sessions past both expiries are of no further use.
CREATE FUNCTION auth_purge_sessions(p_older_than interval) RETURNS bigint
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH gone AS (
      DELETE FROM session
      WHERE least(idle_expires_at, absolute_expires_at, coalesce(revoked_at, 'infinity')) < now() - p_older_than
      RETURNING 1
    )
    SELECT count(*) FROM gone
  $$;

-- Row-level security.
ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_read ON organization FOR SELECT USING (true);
CREATE POLICY organization_update ON organization FOR UPDATE
  USING (id = app_org_id()) WITH CHECK (id = app_org_id());

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organization_key', 'membership', 'session', 'invite', 'audit_event'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
  END LOOP;
END
$$;
ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;

-- Grants to the app role: nothing else.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM cairn_app;
GRANT USAGE ON SCHEMA public TO cairn_app;
GRANT SELECT ON organization TO cairn_app;
GRANT UPDATE (name, default_locale, time_zone) ON organization TO cairn_app;
GRANT SELECT, INSERT ON organization_key TO cairn_app;
GRANT SELECT, INSERT, UPDATE (display_name, password_hash, failed_logins, locked_until) ON app_user TO cairn_app;
GRANT SELECT, INSERT, UPDATE (role), DELETE ON membership TO cairn_app;
GRANT SELECT, INSERT, UPDATE (last_seen_at, idle_expires_at, revoked_at) ON session TO cairn_app;
GRANT SELECT, INSERT, UPDATE (accepted_at, revoked_at) ON invite TO cairn_app;
GRANT SELECT, INSERT ON audit_event TO cairn_app;
GRANT USAGE ON SEQUENCE audit_event_id_seq TO cairn_app;
REVOKE EXECUTE ON FUNCTION auth_purge_sessions(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_purge_sessions(interval) TO cairn_app;
