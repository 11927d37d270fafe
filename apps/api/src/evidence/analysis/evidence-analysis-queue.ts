import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../../jobs/job-queue.service';
import { ANALYSIS_JOB, analysisJobId } from './analysis-job';

/**
 * Asks the worker to analyse a stored item. The item's row says it is pending whatever
 * happens here; a request that does not reach Redis is made again by the sweep.
 */
@Injectable()
export class EvidenceAnalysisQueue {
  private readonly logger = new Logger('EvidenceAnalysis');

  constructor(private readonly jobs: JobQueue) {}

  async request(organizationId: string, itemId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A Redis that does not answer must not hold the upload's answer: the item is stored.
      await Promise.race([
        this.jobs.add(ANALYSIS_JOB, { organizationId, itemId }, analysisJobId(itemId)),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('Redis did not answer in time')), 5_000);
        }),
      ]);
    } catch (error) {
      this.logger.warn(
        `the analysis of item ${itemId} could not be queued; the sweep will queue it: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    } finally {
      clearTimeout(timer);
    }
  }
}
