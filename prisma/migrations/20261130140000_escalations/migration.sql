-- Escalation rules: each organisation's business calendar, its rules (at most one of each
-- kind), who is on call, and one row per firing of a rule for a subject and step, unique so
-- that a rule never fires twice for the same thing however many workers race for it.

ALTER TABLE membership ADD COLUMN on_call boolean NOT NULL DEFAULT false;
GRANT UPDATE (on_call) ON membership TO cairn_app;

CREATE TABLE escalation_calendar (
  organization_id uuid PRIMARY KEY REFERENCES organization (id),
  -- ISO weekdays, 1 (Monday) to 7 (Sunday).
  days            smallint[] NOT NULL
                    CHECK (cardinality(days) BETWEEN 1 AND 7 AND days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  opens           text NOT NULL CHECK (opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes          text NOT NULL CHECK (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  holidays        date[] NOT NULL DEFAULT '{}' CHECK (cardinality(holidays) <= 400),
  updated_by      uuid REFERENCES app_user (id),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  -- HH:MM compares as text in time order.
  CHECK (closes > opens)
);

CREATE TABLE escalation_rule (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organization (id),
  kind            text NOT NULL
                    CHECK (kind IN ('TAKEDOWN_UNANSWERED', 'HIGH_RISK_UNASSIGNED', 'NO_FIRST_RESPONSE')),
  enabled         boolean NOT NULL,
  -- The kind's settings, checked by the API's schema of that kind.
  settings        jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
  -- When the rule was last turned on: a first-response rule looks only at cases opened since.
  enabled_since   timestamptz(3),
  updated_by      uuid REFERENCES app_user (id),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (organization_id, kind),
  CHECK (NOT enabled OR enabled_since IS NOT NULL)
);

CREATE TABLE escalation_firing (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organization (id),
  rule_kind       text NOT NULL
                    CHECK (rule_kind IN ('TAKEDOWN_UNANSWERED', 'HIGH_RISK_UNASSIGNED', 'NO_FIRST_RESPONSE')),
  step            text NOT NULL CHECK (step IN ('FOLLOW_UP', 'ESCALATION', 'ON_CALL', 'SUPERVISORS')),
  subject_type    text NOT NULL CHECK (subject_type IN ('CASE', 'TAKEDOWN_REQUEST')),
  subject_id      uuid NOT NULL,
  case_id         uuid NOT NULL REFERENCES case_file (id),
  due_at          timestamptz(3) NOT NULL,
  fired_at        timestamptz(3) NOT NULL DEFAULT now(),
  -- The outbox rows written with it, in the same transaction.
  email_ids       uuid[] NOT NULL DEFAULT '{}',
  outcome         text NOT NULL CHECK (length(outcome) BETWEEN 1 AND 1000),
  UNIQUE (organization_id, rule_kind, subject_id, step)
);
CREATE INDEX escalation_firing_recent_idx ON escalation_firing (organization_id, fired_at DESC);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['escalation_calendar', 'escalation_rule', 'escalation_firing'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organization_id = app_org_id()) '
      'WITH CHECK (organization_id = app_org_id())', t);
    -- The owner's deliberate cross-tenant pass (see the data protection migration), which
    -- escalation_organizations() below needs when the owner is not a superuser.
    EXECUTE format(
      'CREATE POLICY owner_cross_tenant ON %I TO %I USING (app_cross_tenant()) '
      'WITH CHECK (app_cross_tenant())', t, current_user);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE (days, opens, closes, holidays, updated_by, updated_at)
  ON escalation_calendar TO cairn_app;
GRANT SELECT, INSERT, DELETE, UPDATE (enabled, settings, enabled_since, updated_by, updated_at)
  ON escalation_rule TO cairn_app;
-- A firing is a record of what Cairn did: written once, never changed or removed.
GRANT SELECT, INSERT ON escalation_firing TO cairn_app;

-- The sweep runs for every organisation at once: it finds those with a rule turned on
-- without a tenant, then works on each under its own organisation.
CREATE FUNCTION escalation_organizations()
  RETURNS TABLE (organization_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT DISTINCT r.organization_id FROM escalation_rule r WHERE r.enabled $$;
REVOKE EXECUTE ON FUNCTION escalation_organizations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION escalation_organizations() TO cairn_app;
