-- Caseworkers search by a case's reference, whole or in part ("DH-2026-0042", "2026-0042",
-- "0042"). A part may sit anywhere in the reference, so a btree prefix index would not
-- serve it; a trigram index lets the planner combine the reference match with the
-- full-text one (a BitmapOr of the two GIN indexes) instead of reading every case.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX case_file_reference_trgm_idx ON case_file USING gin (reference gin_trgm_ops);
