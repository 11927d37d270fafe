import type { JobDeps } from '../../jobs/job';
import { JobQueue } from '../../jobs/job-queue.service';
import { CaseAccess } from '../../cases/case-access.service';
import { AccessService } from '../../core/access/access.service';
import { EvidenceUploadService } from '../evidence-upload.service';
import { exportServices } from '../export/export-worker-services';
import { EvidenceAnalysisQueue } from './evidence-analysis-queue';
import { EvidenceAnalysisService } from './evidence-analysis.service';

export interface AnalysisServices {
  analysis: EvidenceAnalysisService;
  queue: EvidenceAnalysisQueue;
  /** Lets go of the queue and audit-nudge connections. */
  close(): Promise<void>;
}

/**
 * The analysis and what it needs, built for the worker, which runs without Nest: the same
 * classes the API injects, over the worker's app-role client. Attachments it files are
 * queued for their own analysis through the same queue as an upload's.
 */
export async function analysisServices(deps: JobDeps): Promise<AnalysisServices> {
  const base = await exportServices(deps);
  const jobs = new JobQueue(deps.config);
  const queue = new EvidenceAnalysisQueue(jobs);
  const uploads = new EvidenceUploadService(
    base.db,
    new CaseAccess(new AccessService()),
    base.audit,
    base.vault,
    queue,
    deps.config,
  );
  return {
    analysis: new EvidenceAnalysisService(
      base.db,
      base.vault,
      base.keys,
      uploads,
      base.audit,
      deps.config,
    ),
    queue,
    close: async () => {
      await jobs.onModuleDestroy();
      await base.close();
    },
  };
}
