-- Authenticating a request in one round trip: the session and the member's current role,
-- found by the token's hash. Replaces a look-up plus a tenant transaction per request.
CREATE FUNCTION auth_actor_by_token(p_token_hash bytea)
  RETURNS TABLE (session_id uuid, organization_id uuid, user_id uuid, role role,
                 idle_expires_at timestamptz, absolute_expires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT s.id, s.organization_id, s.user_id, m.role, s.idle_expires_at, s.absolute_expires_at
    FROM session s
    JOIN membership m ON m.organization_id = s.organization_id AND m.user_id = s.user_id
    WHERE s.token_hash = p_token_hash
      AND s.revoked_at IS NULL
      AND s.idle_expires_at > now()
      AND s.absolute_expires_at > now()
  $$;

-- Superseded by auth_actor_by_token.
DROP FUNCTION auth_session_by_token(bytea);
