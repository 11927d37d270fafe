import { createHash } from 'node:crypto';

/**
 * A form's content address: the first 16 hex digits of the SHA-256 of its file as written.
 * A page rendered from one revision sends it back with the answers, so the server checks
 * them against that revision even after the form was edited.
 */
export function formVersion(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 16);
}
