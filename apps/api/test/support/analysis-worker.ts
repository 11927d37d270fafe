import { Worker } from 'bullmq';
import { createPrismaClient } from '../../src/core/database/prisma.service';
import { createLogger } from '../../src/core/logging/logger';
import { ANALYSIS_JOB } from '../../src/evidence/analysis/analysis-job';
import { processJob } from '../../src/jobs/process-job';
import { queueOptions } from '../../src/jobs/queue-options';
import type { TestApp } from './test-app';

export interface AnalysisWorker {
  /** Waits until the item's analysis is no longer pending; its state then. */
  settled(itemId: string, ms?: number): Promise<string | null>;
  /** Stops taking jobs (after the running ones finish), and takes them again. */
  pause(): Promise<void>;
  resume(): void;
  close(): Promise<void>;
}

/**
 * Runs the analysis queue in this process as the worker process runs it (same handler,
 * app-role client, the run's Redis prefix), so a spec sees uploads analysed as in production.
 */
export function startAnalysisWorker(t: TestApp): AnalysisWorker {
  const prisma = createPrismaClient(t.config.appDatabaseUrl);
  const deps = { config: t.config, prisma, logger: createLogger('silent') };
  const worker = new Worker(
    ANALYSIS_JOB.queue,
    (job) => processJob(ANALYSIS_JOB.queue, job, deps),
    {
      ...queueOptions(t.config),
      concurrency: 2,
    },
  );
  return {
    async settled(itemId, ms = 30_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const item = await t.owner.evidenceItem.findUniqueOrThrow({
          where: { id: itemId },
          select: { analysisState: true },
        });
        if (item.analysisState !== 'PENDING') return item.analysisState;
        if (Date.now() > deadline) throw new Error(`item ${itemId} is still pending analysis`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    pause: () => worker.pause(),
    resume: () => worker.resume(),
    async close() {
      await worker.close();
      await prisma.$disconnect();
    },
  };
}
