-- Sign-in hardening. Accounts (app_user) come under row-level security: the app role sees
-- the signed-in user (`app.user_id`) and the people of the current organisation, nobody
-- else. The steps taken before anyone is known (finding an account by email, counting a
-- wrong password) become narrow SECURITY DEFINER functions. The failure counter moves in
-- one statement, so parallel guesses each count; invitations count wrong passwords too.

-- The signed-in user of the current transaction, or NULL when none was set.
CREATE FUNCTION app_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

-- Everyone who has been a member of an organisation. Removing someone ends their
-- membership, but the cases, notes and guide revisions they wrote still name them, so
-- their organisation keeps seeing their account. Only the trigger below writes here.
CREATE TABLE known_user (
  organization_id uuid NOT NULL REFERENCES organization (id),
  user_id         uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX known_user_user_idx ON known_user (user_id);
INSERT INTO known_user (organization_id, user_id)
  SELECT organization_id, user_id FROM membership ON CONFLICT DO NOTHING;

CREATE FUNCTION known_user_record() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    INSERT INTO known_user (organization_id, user_id)
      VALUES (NEW.organization_id, NEW.user_id) ON CONFLICT DO NOTHING;
    RETURN NEW;
  END
  $$;
CREATE TRIGGER membership_known_user AFTER INSERT ON membership
  FOR EACH ROW EXECUTE FUNCTION known_user_record();

ALTER TABLE known_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE known_user FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON known_user
  USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());
-- FORCE subjects the owner too; the trigger above runs as the owner and must write.
CREATE POLICY owner_all ON known_user TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON known_user TO cairn_app;

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_visible ON app_user FOR SELECT TO cairn_app
  USING (
    id = app_user_id()
    OR EXISTS (SELECT FROM known_user k WHERE k.user_id = app_user.id AND k.organization_id = app_org_id())
  );
-- A new account is created with its id set as `app.user_id` first; only one's own changes.
CREATE POLICY app_user_insert ON app_user FOR INSERT TO cairn_app WITH CHECK (id = app_user_id());
CREATE POLICY app_user_update ON app_user FOR UPDATE TO cairn_app
  USING (id = app_user_id()) WITH CHECK (id = app_user_id());
-- The functions below run as the owner, which FORCE subjects to policies: this one is theirs
-- (and the operator's commands').
CREATE POLICY owner_all ON app_user TO CURRENT_USER USING (true) WITH CHECK (true);

-- Sign-in and invitation acceptance: the account of an email, with what checking its
-- password needs and the organisations whose audit logs record the attempt.
CREATE FUNCTION auth_sign_in_account(p_email text)
  RETURNS TABLE (user_id uuid, password_hash text, failed_logins integer, locked_until timestamptz,
                 organization_ids uuid[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT u.id, u.password_hash, u.failed_logins, u.locked_until,
           array(SELECT m.organization_id FROM membership m WHERE m.user_id = u.id ORDER BY 1)
    FROM app_user u WHERE u.email = p_email
  $$;

-- Counts one wrong password in a single statement, so parallel attempts each count, and
-- decides the lock in the same statement. Failures count since the last lock ended; once
-- the count reaches p_max_failures the account locks for p_lock_minutes, and failures that
-- arrive while it is locked (already past the lock check when it was set) still count.
CREATE FUNCTION auth_sign_in_failed(p_user_id uuid, p_max_failures integer, p_lock_minutes integer)
  RETURNS TABLE (failures integer, locked_until timestamptz)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    UPDATE app_user u SET
      failed_logins = CASE WHEN u.locked_until <= now() THEN 1 ELSE u.failed_logins + 1 END,
      locked_until = CASE
        WHEN u.locked_until > now() THEN u.locked_until
        WHEN (CASE WHEN u.locked_until <= now() THEN 1 ELSE u.failed_logins + 1 END) >= p_max_failures
          THEN now() + make_interval(mins => p_lock_minutes)
      END
    WHERE u.id = p_user_id
    RETURNING u.failed_logins, u.locked_until
  $$;

-- The memberships of the signed-in user only (`app.user_id`): it can no longer list anyone
-- else's organisations.
DROP FUNCTION auth_user_memberships(uuid);
CREATE FUNCTION auth_user_memberships()
  RETURNS TABLE (organization_id uuid, slug text, name text, role role)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT o.id, o.slug, o.name, m.role
    FROM membership m JOIN organization o ON o.id = m.organization_id
    WHERE m.user_id = app_user_id()
    ORDER BY o.name
  $$;

-- Wrong passwords given with an invitation; the invitation is revoked after a few.
ALTER TABLE invite ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0;
GRANT UPDATE (failed_attempts) ON invite TO cairn_app;

-- Only the app role runs the SECURITY DEFINER functions (the foundation left some to PUBLIC).
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    'auth_sign_in_account(text)',
    'auth_sign_in_failed(uuid, integer, integer)',
    'auth_user_memberships()',
    'auth_invite_by_token(bytea)',
    'auth_actor_by_token(bytea)',
    'auth_purge_sessions(interval)',
    'audit_chain_head()'
  ] LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO cairn_app', f);
  END LOOP;
END
$$;
REVOKE EXECUTE ON FUNCTION known_user_record() FROM PUBLIC;
