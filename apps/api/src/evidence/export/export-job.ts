import { z } from 'zod';

/**
 * The bundle-building job's name, queue and payload, apart from its handler (jobs/), so the
 * API can queue it without loading the ZIP and PDF writers until a bundle is streamed.
 */
export const EXPORT_JOB = {
  name: 'build-evidence-export',
  queue: 'exports',
  payload: z.strictObject({ organizationId: z.uuid(), exportId: z.uuid() }),
};
