import { createHash } from 'node:crypto';

/**
 * A form file's content address: the first 16 hex characters of the SHA-256 of its source
 * text, as the API computes it to find the revision a submission was filled from.
 */
export function formVersion(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 16);
}
