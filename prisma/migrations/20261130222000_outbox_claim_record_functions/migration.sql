-- The sender claimed a batch in a transaction of four statements (BEGIN, the tenant, the
-- claim, COMMIT) and recorded the accepted emails in one of five: in the worker, each cost a
-- round trip through the database client, a quarter of its time per email. Each is now one
-- function that sets the tenant itself, under the same row-level security (they run as the
-- caller). The statements are planned on every call (EXECUTE), with the batch's own ids, so
-- the primary key stays the way in, as outbox_refresh_statistics arranges.

CREATE FUNCTION outbox_claim(org uuid, ids uuid[], due_by timestamptz, claimed_at timestamptz)
  RETURNS TABLE (id uuid, organization_id uuid, attempts integer, next_attempt_at timestamptz,
    recipient_domains text[], from_address text, message_id text, to_sealed bytea,
    cc_sealed bytea, eml_sealed bytea)
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
BEGIN
  PERFORM set_config('app.org_id', org::text, true);
  RETURN QUERY EXECUTE
    'UPDATE outbox_message AS m
     SET status = ''SENDING'', attempts = m.attempts + 1, sending_since = $4
     WHERE m.id = ANY($1) AND m.status = ''QUEUED'' AND m.next_attempt_at <= $3
       AND m.organization_id = $2
     RETURNING m.id, m.organization_id, m.attempts, m.next_attempt_at, m.recipient_domains,
       m.from_address, m.message_id, m.to_sealed, m.cc_sealed, m.eml_sealed'
    USING ids, org, due_by, claimed_at;
END
$$;

-- Accepted emails: SENT with the server's answer, only the claim's own row (a row a sweep
-- meanwhile marked for review still records what really happened; one claimed again since is
-- not overwritten). Its commit does not wait for the disk: were it lost in a crash, the rows
-- would stay SENDING and go to a person, never out again.
CREATE FUNCTION outbox_record_sent(org uuid, ids uuid[], attempts integer[], responses text[])
  RETURNS integer
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
DECLARE
  recorded integer;
BEGIN
  PERFORM set_config('app.org_id', org::text, true);
  PERFORM set_config('synchronous_commit', 'off', true);
  EXECUTE
    'UPDATE outbox_message AS m
     SET status = ''SENT'', sent_at = now(), smtp_response = v.response, last_error = NULL
     FROM unnest($1, $2, $3) AS v(id, attempts, response)
     WHERE m.id = v.id AND m.attempts = v.attempts AND m.status IN (''SENDING'', ''NEEDS_REVIEW'')
       AND m.organization_id = $4'
    USING ids, attempts, responses, org;
  GET DIAGNOSTICS recorded = ROW_COUNT;
  RETURN recorded;
END
$$;

REVOKE EXECUTE ON FUNCTION outbox_claim(uuid, uuid[], timestamptz, timestamptz) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION outbox_record_sent(uuid, uuid[], integer[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_claim(uuid, uuid[], timestamptz, timestamptz) TO cairn_app;
GRANT EXECUTE ON FUNCTION outbox_record_sent(uuid, uuid[], integer[], text[]) TO cairn_app;
