-- Data protection: row-level security that binds the owner too, and functions closed to
-- PUBLIC unless granted.
--
-- FORCE ROW LEVEL SECURITY makes the owner (the role running this file, the operator's
-- commands and every SECURITY DEFINER function) obey the policies like any other role. A
-- superuser still bypasses them; a deployment whose owner is not one gets the full effect.
-- The owner reaches rows across tenants only in two deliberate ways:
--   * inside one of its SECURITY DEFINER functions called by another login (the app role):
--     each is narrow, pins its search_path and is granted by name, and some exist precisely
--     to find a row before its tenant is known (a session by its token's hash, a user's
--     memberships, an invitation, the shared helpline directory, the session purge);
--   * in a transaction that set `app.cross_tenant` to 'on': the migration runner does, for
--     schema changes; an operator repairing data by hand can, knowingly.
-- The app role gains nothing from either: the policy names the owner alone.
-- (A function's own SET clause cannot carry the setting: PostgreSQL lets only a superuser
-- store a custom parameter in a function's definition.)

-- Whether the owner, evaluating a policy, works across tenants on purpose.
CREATE FUNCTION app_cross_tenant() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT session_user <> current_user
        OR coalesce(current_setting('app.cross_tenant', true), '') = 'on'
  $$;

-- The chain head was reached only through the owner's trigger, which FORCE now subjects to
-- policies: the trigger runs inside the writer's transaction, whose tenant is set.
CREATE POLICY tenant_isolation ON audit_head
  USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());

-- Creating an organisation is the operator's act: it enters the new tenant (app.org_id set
-- to the id it is about to insert) instead of crossing all of them.
CREATE POLICY organization_create ON organization FOR INSERT TO CURRENT_USER
  WITH CHECK (id = app_org_id());

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relrowsecurity
    ORDER BY c.relname
  LOOP
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;

-- Which master key wraps the organisations' data keys (the key id a wrapped key's header
-- carries; NULL for keys of the first format, which carry none), so that the API and the
-- worker can refuse to start with the wrong MASTER_KEY. Ids and counts only.
CREATE FUNCTION organization_key_wrapping() RETURNS TABLE (master_key_id text, organizations bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT CASE WHEN get_byte(k.wrapped_key, 0) = 2
                THEN encode(substring(k.wrapped_key FROM 2 FOR 8), 'hex') END,
           count(*)
    FROM organization_key k
    GROUP BY 1
  $$;

-- Functions: closed to PUBLIC, open to the app role only where it calls them (directly, or
-- as the invoker of a policy or of another function). Trigger functions need no grant.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  app_org_id(),
  app_user_id(),
  audit_chain_head(),
  audit_event_digest(audit_event),
  auth_actor_by_token(bytea),
  auth_user_memberships(),
  auth_sign_in_account(text),
  auth_sign_in_failed(uuid, integer, integer),
  auth_invite_by_token(bytea),
  auth_purge_sessions(interval),
  content_listed_helplines(),
  organization_key_wrapping(),
  cairn_search_vector(text),
  cairn_search_query(text),
  case_search_refresh(uuid),
  unaccent(text)
TO cairn_app;

-- Functions the owner creates from now on start closed too. (A per-schema default cannot
-- take away what the global default grants, hence no IN SCHEMA.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
