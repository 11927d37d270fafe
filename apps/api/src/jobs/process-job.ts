import type { Job } from 'bullmq';
import type { JobDeps } from './job';
import { JOBS } from './registry';

/** Finds a job's handler by queue and name, checks its payload, and runs it. */
export async function processJob(
  queue: string,
  job: Pick<Job, 'name' | 'data' | 'id'>,
  deps: JobDeps,
): Promise<unknown> {
  const def = JOBS.find((candidate) => candidate.queue === queue && candidate.name === job.name);
  if (!def) throw new Error(`No handler for job ${job.name} on ${queue}`);
  const payload = def.payload.parse(job.data);
  return def.handle(payload, {
    ...deps,
    logger: deps.logger.child({ job: def.name, jobId: job.id }),
  });
}
