/**
 * The names of the queues the worker takes jobs from, apart from the jobs themselves
 * (registry.ts), whose handlers load the worker's libraries (image and email analysis, the
 * ZIP and PDF writers, the mail transport). The API's queue dashboard needs only the
 * names, and importing the registry put all of those in every API process (about 60 MiB
 * resident). A unit spec checks that this list is the registry's.
 */
export const QUEUE_NAMES = [
  'audit',
  'escalations',
  'evidence-analysis',
  'exports',
  'mail',
  'maintenance',
] as const;
