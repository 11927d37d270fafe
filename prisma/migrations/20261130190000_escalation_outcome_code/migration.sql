-- What a rule did, as a code and its facts, so staff pages word it in the reader's language.
-- Rows fired before keep only their English sentence in "outcome".
ALTER TABLE "escalation_firing" ADD COLUMN "outcome_code" TEXT;
ALTER TABLE "escalation_firing" ADD COLUMN "outcome_params" JSONB;
