import { z } from 'zod';
import { RequestContext } from '../core/context/request-context';
import { defineJob } from './job';

/**
 * Deletes bundles past their expiry: a bundle is a copy of evidence made to be handed over,
 * not a second vault. The export's row stays, as EXPIRED, with the record of who made it.
 */
export const expireEvidenceExportsJob = defineJob({
  name: 'expire-evidence-exports',
  queue: 'maintenance',
  payload: z.strictObject({}),
  async handle(_payload, deps) {
    const due = await deps.prisma.$queryRaw<{ organization_id: string; id: string }[]>`
      SELECT * FROM evidence_exports_due(now())`;
    if (due.length === 0) {
      deps.logger.info({ expired: 0 }, 'expired evidence bundles');
      return { expired: 0 };
    }
    const { exportServices } = await import('../evidence/export/export-worker-services');
    const { db, store, close } = await exportServices(deps);
    try {
      for (const { organization_id: organizationId, id } of due) {
        await RequestContext.run({ requestId: `job:expire:${id}`, organizationId }, () =>
          db.transaction(async (tx) => {
            const row = await tx.evidenceExport.findUnique({ where: { id } });
            if (row?.status !== 'READY' || !row.storageKey) return;
            await store.delete(row.storageKey);
            await tx.evidenceExport.update({
              where: { id },
              data: { status: 'EXPIRED', storageKey: null, wrappedKey: null },
            });
          }),
        );
      }
    } finally {
      await close();
    }
    deps.logger.info({ expired: due.length }, 'expired evidence bundles');
    return { expired: due.length };
  },
});
