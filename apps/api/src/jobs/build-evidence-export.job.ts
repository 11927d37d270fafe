import { RequestContext } from '../core/context/request-context';
import { EXPORT_JOB } from '../evidence/export/export-job';
import { defineJob } from './job';

/** Builds a bundle of evidence too large to stream at once; its job id is the export's id. */
export const buildEvidenceExportJob = defineJob({
  ...EXPORT_JOB,
  async handle({ organizationId, exportId }, deps) {
    // Loaded with the first bundle (archiver, pdfkit and their fonts), not at the worker's start.
    const [{ buildStoredBundle }, { exportServices }] = await Promise.all([
      import('../evidence/export/build-stored-bundle'),
      import('../evidence/export/export-worker-services'),
    ]);
    const services = await exportServices(deps);
    const result = await RequestContext.run({ requestId: `job:${exportId}`, organizationId }, () =>
      buildStoredBundle(services, deps.config, organizationId, exportId),
    ).finally(() => services.close());
    deps.logger.info({ exportId, ...result }, 'evidence bundle built');
    return result;
  },
});
