-- Guide imports that run in the background, so the import page can show how far a large
-- archive (a whole Umbrella tree) has got, also to a browser without JavaScript that
-- reloads the page. The files themselves are stored in one transaction at the end: an
-- import that stops stores nothing, and its row says so.

CREATE TABLE guide_import (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id),
  file_name       text CHECK (length(file_name) BETWEEN 1 AND 200),
  stage           text NOT NULL DEFAULT 'reading'
                  CHECK (stage IN ('reading', 'checking', 'storing', 'done', 'refused', 'failed')),
  file_count      integer CHECK (file_count >= 0),
  -- What the import page shows once it is over: the result (done) or the problems (refused).
  outcome         jsonb,
  failure         text CHECK (length(failure) <= 500),
  started_by      uuid NOT NULL REFERENCES app_user (id),
  started_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((stage IN ('done', 'refused')) = (outcome IS NOT NULL)),
  CHECK ((stage = 'failed') = (failure IS NOT NULL))
);
CREATE INDEX guide_import_started_idx ON guide_import (organization_id, started_at DESC);

ALTER TABLE guide_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE guide_import FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON guide_import USING (organization_id = app_org_id())
  WITH CHECK (organization_id = app_org_id());

-- Who started it and what was sent never change; only its progress and outcome do.
GRANT SELECT, INSERT, UPDATE (stage, file_count, outcome, failure, updated_at)
  ON guide_import TO cairn_app;
