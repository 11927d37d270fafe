import { PassThrough, Transform } from 'node:stream';
import type { AppConfig } from '../../core/config/config.schema';
import { blobKey } from '../storage/evidence-store';
import { loadBundleSource } from './bundle-source';
import { BundleProgress, writeBundle } from './bundle-writer';
import { PASSPHRASE_FIELD, recordFailedChecks } from './export-records';
import type { ExportServices } from './export-worker-services';

/** How often the progress of a large item is written for the API to read. */
const PROGRESS_EVERY_MS = 1_000;

/** Counts the bytes that pass. */
class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    this.push(chunk);
    done();
  }
}

/**
 * Builds an export's ZIP into the evidence store, sealed under a key of the export's own like
 * an item of evidence, writing its progress as it goes. Runs inside the export's tenant
 * context. An export already built, failed or expired is left as it is, so a job run twice
 * does the work once.
 */
export async function buildStoredBundle(
  services: ExportServices,
  config: AppConfig,
  organizationId: string,
  exportId: string,
): Promise<{ status: string; sizeBytes?: number }> {
  const { db, keys, vault, audit } = services;
  const record = await db.transaction(async (tx) => {
    const row = await tx.evidenceExport.findUnique({ where: { id: exportId } });
    if (!row || (row.status !== 'QUEUED' && row.status !== 'BUILDING')) return null;
    await tx.evidenceExport.update({ where: { id: exportId }, data: { status: 'BUILDING' } });
    return row;
  });
  if (!record) return { status: 'skipped' };

  const storageKey = blobKey(organizationId, exportId);
  const progress: BundleProgress = { itemsDone: 0, bytesDone: 0 };
  const saveProgress = () =>
    db.transaction((tx) =>
      tx.evidenceExport.update({
        where: { id: exportId },
        data: { itemsDone: progress.itemsDone, bytesDone: BigInt(progress.bytesDone) },
      }),
    );
  const ticker = setInterval(() => void saveProgress().catch(() => undefined), PROGRESS_EVERY_MS);
  try {
    const sealedPassphrase = record.passphraseSealed;
    const passphrase = sealedPassphrase
      ? await db.transaction((tx) => keys.decrypt(tx, PASSPHRASE_FIELD, exportId, sealedPassphrase))
      : undefined;
    const source = await db.transaction((tx) => loadBundleSource(tx, audit, keys, record), {
      timeoutMs: 120_000,
    });
    const itemKey = await vault.newItemKey(exportId);
    const zip = new PassThrough();
    const counter = new ByteCounter();
    const stored = vault.write(storageKey, exportId, itemKey.key, zip.pipe(counter));
    stored.catch(() => undefined);
    const outcomes = await writeBundle(source, (item) => vault.open(item), zip, {
      passphrase,
      progress,
      onItem: async () => {
        await saveProgress();
      },
    });
    await stored;
    clearInterval(ticker);
    const now = new Date();
    await db.transaction(async (tx) => {
      await tx.evidenceExport.update({
        where: { id: exportId },
        data: {
          status: 'READY',
          itemsDone: progress.itemsDone,
          bytesDone: BigInt(progress.bytesDone),
          storageKey,
          wrappedKey: Uint8Array.from(itemKey.wrapped),
          sizeBytes: BigInt(counter.bytes),
          finishedAt: now,
          expiresAt: new Date(now.getTime() + config.EVIDENCE_BUNDLE_TTL_DAYS * 86_400_000),
          passphraseSealed: null,
        },
      });
      await recordFailedChecks(tx, audit, record.caseId, exportId, outcomes, record.requestedById);
    });
    return { status: 'READY', sizeBytes: counter.bytes };
  } catch (error) {
    clearInterval(ticker);
    await vault.discard(storageKey);
    await db.transaction((tx) =>
      tx.evidenceExport.update({
        where: { id: exportId },
        data: {
          status: 'FAILED',
          finishedAt: new Date(),
          passphraseSealed: null,
          failure: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        },
      }),
    );
    throw error;
  }
}
