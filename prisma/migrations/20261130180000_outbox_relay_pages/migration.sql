-- The relay pages through every due row in (next_attempt_at, id) order instead of taking
-- only the first thousand: with a backlog larger than one page, the rows behind it waited
-- for the next two-second tick, which capped sending at a page per tick.
CREATE INDEX outbox_message_due_page_idx ON outbox_message (next_attempt_at, id)
  WHERE status = 'QUEUED';
DROP INDEX outbox_message_due_idx;

CREATE FUNCTION outbox_due_page(
  due_before timestamptz,
  after_at timestamptz,
  after_id uuid,
  max_rows integer
)
  RETURNS TABLE (organization_id uuid, id uuid, next_attempt_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT m.organization_id, m.id, m.next_attempt_at FROM outbox_message m
        WHERE m.status = 'QUEUED' AND m.next_attempt_at <= due_before
          AND (after_at IS NULL OR (m.next_attempt_at, m.id) > (after_at, after_id))
        ORDER BY m.next_attempt_at, m.id LIMIT max_rows $$;

REVOKE EXECUTE ON FUNCTION outbox_due_page(timestamptz, timestamptz, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_due_page(timestamptz, timestamptz, uuid, integer) TO cairn_app;

DROP FUNCTION outbox_due(timestamptz, integer);
