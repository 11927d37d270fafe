-- A counter per organisation that moves whenever what readers of its guide see changes: a
-- publication, rollback or withdrawal (each is a new guide_revision), any helpline change,
-- and its name. Web servers keep a built guide and ask this number, one row by its key,
-- rather than reading and parsing every published file to know whether anything changed.
--
-- Kept on the organisation's row, which every public lookup reads anyway. Triggers move
-- it, so no write path can forget to. They run as the owner: the app role cannot set the
-- counter itself, and a write by the operator's tools (which set no app.org_id) moves it.

ALTER TABLE organization ADD COLUMN guide_version integer NOT NULL DEFAULT 0;

CREATE FUNCTION content_bump_guide_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    UPDATE organization SET guide_version = guide_version + 1
    WHERE id = CASE TG_OP WHEN 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END;
    RETURN NULL;
  END
  $$;
REVOKE EXECUTE ON FUNCTION content_bump_guide_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION content_bump_guide_version() TO cairn_app;

-- Revisions are insert-only, and readers' text changes only by a new one. Deferred to the
-- commit, so that the organisation's row is locked last and briefly: a transaction that
-- publishes many files (an import) never holds it while it waits for another file's lock.
CREATE CONSTRAINT TRIGGER guide_revision_moves_guide_version AFTER INSERT ON guide_revision
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION content_bump_guide_version();
CREATE CONSTRAINT TRIGGER helpline_moves_guide_version AFTER INSERT OR UPDATE OR DELETE ON helpline
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION content_bump_guide_version();

-- The name heads every page of the organisation's guide.
CREATE FUNCTION content_rename_moves_guide_version() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
  BEGIN
    NEW.guide_version := OLD.guide_version + 1;
    RETURN NEW;
  END
  $$;
REVOKE EXECUTE ON FUNCTION content_rename_moves_guide_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION content_rename_moves_guide_version() TO cairn_app;
CREATE TRIGGER organization_rename_moves_guide_version BEFORE UPDATE OF name ON organization
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION content_rename_moves_guide_version();
