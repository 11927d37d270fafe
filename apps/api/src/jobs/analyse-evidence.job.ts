import { RequestContext } from '../core/context/request-context';
import { ANALYSIS_JOB } from '../evidence/analysis/analysis-job';
import { defineJob } from './job';

/**
 * Analyses one stored email or image (see EvidenceAnalysisService). Its job id is derived
 * from the item's, so an upload's request and the sweep's never queue it twice; running it
 * for an item no longer pending does nothing.
 */
export const analyseEvidenceJob = defineJob({
  ...ANALYSIS_JOB,
  async handle({ organizationId, itemId }, deps) {
    // Loaded with the first analysis, not at the worker's start: sharp, exifr, mailparser and
    // mailauth are its heaviest libraries (about half a second), and a worker sending a
    // backlog of mail should not wait for them.
    const { analysisServices } = await import('../evidence/analysis/analysis-worker-services');
    const services = await analysisServices(deps);
    const outcome = await RequestContext.run(
      { requestId: `job:analyse:${itemId}`, organizationId },
      () => services.analysis.run(itemId),
    ).finally(() => services.close());
    deps.logger.info({ itemId, outcome }, 'evidence analysis');
    return { outcome };
  },
});
