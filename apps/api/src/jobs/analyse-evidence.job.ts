import { RequestContext } from '../core/context/request-context';
import { ANALYSIS_JOB } from '../evidence/analysis/analysis-job';
import { analysisServices } from '../evidence/analysis/analysis-worker-services';
import { defineJob } from './job';

/**
 * Analyses one stored email or image (see EvidenceAnalysisService). Its job id is derived
 * from the item's, so an upload's request and the sweep's never queue it twice; running it
 * for an item no longer pending does nothing.
 */
export const analyseEvidenceJob = defineJob({
  ...ANALYSIS_JOB,
  async handle({ organizationId, itemId }, deps) {
    const services = await analysisServices(deps);
    const outcome = await RequestContext.run(
      { requestId: `job:analyse:${itemId}`, organizationId },
      () => services.analysis.run(itemId),
    ).finally(() => services.close());
    deps.logger.info({ itemId, outcome }, 'evidence analysis');
    return { outcome };
  },
});
