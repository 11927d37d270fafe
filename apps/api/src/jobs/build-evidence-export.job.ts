import { RequestContext } from '../core/context/request-context';
import { buildStoredBundle } from '../evidence/export/build-stored-bundle';
import { EXPORT_JOB } from '../evidence/export/export-job';
import { exportServices } from '../evidence/export/export-worker-services';
import { defineJob } from './job';

/** Builds a bundle of evidence too large to stream at once; its job id is the export's id. */
export const buildEvidenceExportJob = defineJob({
  ...EXPORT_JOB,
  async handle({ organizationId, exportId }, deps) {
    const services = await exportServices(deps);
    const result = await RequestContext.run({ requestId: `job:${exportId}`, organizationId }, () =>
      buildStoredBundle(services, deps.config, organizationId, exportId),
    ).finally(() => services.close());
    deps.logger.info({ exportId, ...result }, 'evidence bundle built');
    return result;
  },
});
