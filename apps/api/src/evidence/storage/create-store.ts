import type { AppConfig } from '../../core/config/config.schema';
import type { EvidenceStore } from './evidence-store';
import { LocalEvidenceStore } from './local-store';

/**
 * The store the configuration names; the API and the worker's sweep use the same. The S3
 * driver is loaded only when configured: the AWS SDK alone costs some 20 MiB of memory.
 */
export async function createEvidenceStore(config: AppConfig): Promise<EvidenceStore> {
  if (config.EVIDENCE_STORAGE === 'local') return new LocalEvidenceStore(config.EVIDENCE_DIR);
  if (!config.S3_BUCKET) throw new Error('S3_BUCKET is required when EVIDENCE_STORAGE=s3');
  const { S3EvidenceStore } = await import('./s3-store');
  return new S3EvidenceStore({
    bucket: config.S3_BUCKET,
    endpoint: config.S3_ENDPOINT,
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  });
}
