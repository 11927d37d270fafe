-- An item's custody log is every audit event about it, including those the worker has not
-- linked into the chain yet: a download a minute ago belongs in the log a court reads. The
-- app role may not read the inbox, so this narrow function hands it one record's events
-- of the current organisation only.
CREATE INDEX audit_inbox_target_idx ON audit_inbox (organization_id, target_type, target_id);

CREATE FUNCTION audit_inbox_trail(p_target_type text, p_target_id text) RETURNS SETOF audit_inbox
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT * FROM audit_inbox
    WHERE organization_id = app_org_id() AND target_type = p_target_type AND target_id = p_target_id
    ORDER BY id
  $$;
REVOKE EXECUTE ON FUNCTION audit_inbox_trail(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_inbox_trail(text, text) TO cairn_app;
