import { z } from 'zod';
import {
  ANALYSIS_JOB,
  ANALYSIS_STALE_MINUTES,
  analysisJobId,
} from '../evidence/analysis/analysis-job';
import { defineJob } from './job';
import { JobQueue } from './job-queue.service';

/** Items queued again per run, oldest first; the next run takes the rest. */
const BATCH = 500;

/**
 * Queues again the analysis of items pending for longer than ANALYSIS_STALE_MINUTES: a job
 * lost with Redis's data, one that failed on a passing error, or one whose worker was
 * killed. An item whose job still waits or runs is left to it (the job id is the item's).
 */
export const sweepEvidenceAnalysisJob = defineJob({
  name: 'sweep-evidence-analysis',
  queue: 'maintenance',
  payload: z.strictObject({}),
  async handle(_payload, { config, prisma, logger }) {
    const due = await prisma.$queryRaw<{ organization_id: string; id: string }[]>`
      SELECT * FROM evidence_analysis_due(
        now() - make_interval(mins => ${ANALYSIS_STALE_MINUTES}::int), ${BATCH}::int)`;
    const jobs = new JobQueue(config);
    let queued = 0;
    try {
      for (const { organization_id: organizationId, id: itemId } of due) {
        if (await jobs.requeue(ANALYSIS_JOB, { organizationId, itemId }, analysisJobId(itemId))) {
          queued += 1;
        }
      }
    } finally {
      await jobs.onModuleDestroy();
    }
    if (due.length > 0) logger.info({ due: due.length, queued }, 'swept pending analyses');
    return { due: due.length, queued };
  },
});
