import type { JobDef } from './job';
import { purgeSessionsJob } from './purge-sessions.job';
import type { z } from 'zod';

/** Every job the worker runs, and the schedules of the periodic ones. */
export const JOBS: JobDef<z.ZodType>[] = [purgeSessionsJob];

export const SCHEDULES: { job: JobDef<z.ZodType>; everyMs: number }[] = [
  { job: purgeSessionsJob, everyMs: 60 * 60 * 1000 },
];
