-- What the file list shows of an organisation's guide file, worked out when the file is
-- written rather than each time the list is read: listing thousands of files must not parse
-- each one, nor check it against the whole guide.
--
-- title: the title of the text the list shows (the published text, else the draft); null
-- until the file is next written, and then the list reads it from the text itself.
-- problem_count: the problems the draft had when it was last saved or imported, against the
-- guide as readers then saw it; a published text has none that block, so publishing clears it.

ALTER TABLE guide_document
  ADD COLUMN title text,
  ADD COLUMN problem_count integer NOT NULL DEFAULT 0 CHECK (problem_count >= 0);

GRANT UPDATE (title, problem_count) ON guide_document TO cairn_app;
