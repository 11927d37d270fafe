-- Audit inbox: a request writes its audit event to an append-only inbox in its own
-- transaction, and the worker links inbox events into the organisation's hash chain later.
--
-- Before this, every audited request took its organisation's chain-head row lock until
-- commit, so all requests of one organisation ran their audit writes one at a time. Now a
-- request only inserts a row: no lock is shared between requests.

-- No foreign key to organization on purpose: checking one takes a KEY SHARE lock on the
-- organisation's row in every request, which concurrent requests then share (a multixact
-- per burst). The RLS check below already pins the row to the transaction's tenant, and the
-- chain's own foreign key is checked when the event is linked.
CREATE TABLE audit_inbox (
  id              bigserial PRIMARY KEY,
  organization_id uuid NOT NULL,
  at              timestamptz(6) NOT NULL DEFAULT clock_timestamp(),
  actor_user_id   uuid,
  action          text NOT NULL,
  target_type     text,
  target_id       text,
  request_id      text,
  ip              text,
  data            jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_inbox_org_idx ON audit_inbox (organization_id, id);

ALTER TABLE audit_inbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_inbox FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_inbox
  USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());

-- The app role only appends to the inbox: it cannot read, change or remove what it wrote.
-- Reading pending events goes through the functions below.
REVOKE ALL ON audit_inbox FROM cairn_app;
GRANT INSERT ON audit_inbox TO cairn_app;
GRANT USAGE ON SEQUENCE audit_inbox_id_seq TO cairn_app;

-- The chain is now written only by audit_chain_inbox(): the app role may no longer insert
-- into it (nor, as before, change or remove anything in it).
DROP TRIGGER audit_event_chain ON audit_event;
DROP FUNCTION audit_event_chain();
REVOKE INSERT ON audit_event FROM cairn_app;
REVOKE USAGE ON SEQUENCE audit_event_id_seq FROM cairn_app;

-- Which inbox row each chained event came from (none for events chained before the inbox).
-- Unique, so an inbox event can never be linked twice, whatever the worker does.
ALTER TABLE audit_event ADD COLUMN inbox_id bigint UNIQUE;

-- Links up to p_limit of the current tenant's inbox events into its chain, in inbox id
-- order, and removes them from the inbox in the same transaction; returns how many.
--
-- Order and exactly-once: the head row is locked FOR UPDATE first, so two workers chaining
-- one organisation run one after the other (no fork of the chain); the inbox is read in a
-- statement that starts after the lock is held, so under READ COMMITTED the second worker no
-- longer sees the rows the first one removed. Chained rows leave the inbox in the same
-- transaction as their links are appended: a crash rolls both back, and the events stay to
-- be chained on restart.
--
-- Why no watermark on the inbox id: ids come from a sequence, so a transaction holding a
-- lower id may commit after a higher id was already chained. A "last chained id" watermark
-- would then skip that event forever. Here the inbox holds exactly the events not yet
-- chained, so a late-committing event is simply linked by the next run, after the events
-- chained before it: the chain follows the order in which events became visible (commit
-- order, by batch), and id order within a batch. Each event keeps its own `at`, the time
-- the request recorded it. Waiting for the oldest running transaction instead
-- (pg_snapshot_xmin) would stall the whole chain behind any long transaction on the server.
CREATE FUNCTION audit_chain_inbox(p_limit integer) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    org uuid := app_org_id();
    head audit_head%ROWTYPE;
    item audit_inbox%ROWTYPE;
    link audit_event%ROWTYPE;
    ids bigint[] := '{}';
    removed integer;
  BEGIN
    IF org IS NULL THEN
      RAISE EXCEPTION 'audit_chain_inbox needs app.org_id' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_inbox WHERE organization_id = org) THEN
      RETURN 0;
    END IF;
    INSERT INTO audit_head (organization_id, seq, hash)
      VALUES (org, 0, repeat('0', 64))
      ON CONFLICT (organization_id) DO NOTHING;
    SELECT * INTO head FROM audit_head WHERE organization_id = org FOR UPDATE;
    FOR item IN
      SELECT * FROM audit_inbox WHERE organization_id = org ORDER BY id LIMIT p_limit
    LOOP
      link := NULL;
      link.id := nextval('audit_event_id_seq');
      link.organization_id := org;
      link.seq := head.seq + 1;
      link.at := item.at;
      link.actor_user_id := item.actor_user_id;
      link.action := item.action;
      link.target_type := item.target_type;
      link.target_id := item.target_id;
      link.request_id := item.request_id;
      link.ip := item.ip;
      link.data := item.data;
      link.prev_hash := head.hash;
      link.hash := audit_event_digest(link);
      link.inbox_id := item.id;
      INSERT INTO audit_event SELECT link.*;
      head.seq := link.seq;
      head.hash := link.hash;
      ids := ids || item.id;
    END LOOP;
    DELETE FROM audit_inbox WHERE id = ANY (ids);
    GET DIAGNOSTICS removed = ROW_COUNT;
    IF removed <> cardinality(ids) THEN
      RAISE EXCEPTION 'audit inbox changed under the chainer' USING ERRCODE = 'serialization_failure';
    END IF;
    UPDATE audit_head SET seq = head.seq, hash = head.hash WHERE organization_id = org;
    RETURN removed;
  END
  $$;

-- The organisations with events waiting, for the worker's sweep. The inbox forces RLS even
-- on its owner, so this looks at one organisation at a time under its own tenant setting.
CREATE FUNCTION audit_inbox_organizations() RETURNS SETOF uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    org uuid;
    previous text := coalesce(current_setting('app.org_id', true), '');
  BEGIN
    FOR org IN SELECT id FROM organization ORDER BY id LOOP
      PERFORM set_config('app.org_id', org::text, true);
      IF EXISTS (SELECT 1 FROM audit_inbox WHERE organization_id = org) THEN
        RETURN NEXT org;
      END IF;
    END LOOP;
    PERFORM set_config('app.org_id', previous, true);
  END
  $$;

-- The current tenant's events still waiting to be chained, newest first (of one action
-- when p_action is not null), and their count.
CREATE FUNCTION audit_inbox_pending(p_limit integer, p_action text) RETURNS SETOF audit_inbox
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT * FROM audit_inbox
    WHERE organization_id = app_org_id() AND (p_action IS NULL OR action = p_action)
    ORDER BY id DESC LIMIT p_limit
  $$;

CREATE FUNCTION audit_inbox_pending_count() RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT count(*) FROM audit_inbox WHERE organization_id = app_org_id() $$;

REVOKE EXECUTE ON FUNCTION audit_chain_inbox(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION audit_inbox_organizations() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION audit_inbox_pending(integer, text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION audit_inbox_pending_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_inbox(integer) TO cairn_app;
GRANT EXECUTE ON FUNCTION audit_inbox_organizations() TO cairn_app;
GRANT EXECUTE ON FUNCTION audit_inbox_pending(integer, text) TO cairn_app;
GRANT EXECUTE ON FUNCTION audit_inbox_pending_count() TO cairn_app;
