-- A folder's `.category.yml` (`en/communications/.category.yml`) gives the folder its title
-- and its place among its siblings in that language. An organisation that imports a guide
-- written for Umbrella keeps them as documents of their own kind, published and revised
-- like the lessons they title, so its guide shows "Communications" rather than the folder's
-- name.

ALTER TABLE guide_document DROP CONSTRAINT guide_document_kind_check;
ALTER TABLE guide_document ADD CONSTRAINT guide_document_kind_check
  CHECK (kind IN ('lesson', 'checklist', 'form', 'workflow', 'category'));
