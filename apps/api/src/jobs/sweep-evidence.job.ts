import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { createEvidenceStore } from '../evidence/storage/create-store';
import { parseBlobKey } from '../evidence/storage/evidence-store';
import { defineJob } from './job';

/**
 * Which of these blobs of one organisation have an owner, seen through that organisation's
 * RLS: an item of evidence, or an export whose bundle the worker stores.
 */
async function existingItems(
  prisma: PrismaClient,
  organizationId: string,
  itemIds: string[],
): Promise<Set<string>> {
  const rows = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
    const where = { id: { in: itemIds } };
    return [
      ...(await tx.evidenceItem.findMany({ where, select: { id: true } })),
      ...(await tx.evidenceExport.findMany({ where, select: { id: true } })),
    ];
  });
  return new Set(rows.map((row) => row.id));
}

/**
 * Removes stored evidence that no item owns: what a crash left between writing a file and
 * committing its row, or a write cut short. Only blobs untouched for the grace period are
 * considered, so an upload still in progress is never taken for an orphan.
 */
export const sweepEvidenceJob = defineJob({
  name: 'sweep-evidence',
  queue: 'maintenance',
  payload: z.strictObject({}),
  async handle(_payload, { config, prisma, logger }) {
    const store = await createEvidenceStore(config);
    const before = Date.now() - config.EVIDENCE_SWEEP_GRACE_MINUTES * 60_000;
    const byOrganization = new Map<string, { key: string; itemId: string }[]>();
    const leftovers: string[] = [];
    for await (const blob of store.list()) {
      if (blob.modifiedAt.getTime() > before) continue;
      if (blob.unfinished) {
        leftovers.push(blob.key);
        continue;
      }
      const parsed = parseBlobKey(blob.key);
      if (!parsed) continue;
      const group = byOrganization.get(parsed.organizationId) ?? [];
      group.push({ key: blob.key, itemId: parsed.itemId });
      byOrganization.set(parsed.organizationId, group);
    }
    for (const [organizationId, blobs] of byOrganization) {
      const kept = await existingItems(
        prisma,
        organizationId,
        blobs.map((blob) => blob.itemId),
      );
      for (const blob of blobs) if (!kept.has(blob.itemId)) leftovers.push(blob.key);
    }
    for (const key of leftovers) await store.delete(key);
    logger.info({ removed: leftovers.length }, 'swept orphaned evidence blobs');
    return { removed: leftovers.length };
  },
});
