-- Whether an intake case was sent without a solved proof of work ("Not verified"), kept on the
-- case itself so that the case list shows it without the cases domain reading intake's
-- tables. Intake sets it in the transaction that opens the case, through the case opener,
-- and nothing changes it after: granted on INSERT only (case_file's INSERT grant is the whole
-- row), like `source`. Tenant isolation is case_file's own policy.
ALTER TABLE case_file ADD COLUMN unverified boolean NOT NULL DEFAULT false;

-- Cases opened before this change: their submission holds the mark. The migration runner
-- sets app.cross_tenant, so this sees every organisation's rows.
UPDATE case_file c
   SET unverified = true
  FROM intake_submission s
 WHERE s.case_id = c.id AND s.organization_id = c.organization_id AND NOT s.verified;
