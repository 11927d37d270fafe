-- The owner's deliberate cross-tenant pass (see the data protection migration) on every table
-- under row-level security that was created after it without one.
--
-- The sweeps of the worker (bundles to expire, analyses to re-queue, guide imports, ...)
-- find their rows across organisations through the owner's SECURITY DEFINER functions.
-- With forced RLS and an owner that is not a superuser, as a hosted PostgreSQL gives, those
-- functions saw nothing on tables that lacked this policy, and the sweeps silently did
-- nothing. The app role gains nothing: the policy names the owner alone.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relrowsecurity
      AND NOT EXISTS (
        SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'owner_cross_tenant'
      )
    ORDER BY c.relname
  LOOP
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;
