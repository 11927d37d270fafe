import type { FileEvidenceKind } from '@cairn/contracts';
import { fromBuffer } from 'file-type';

/** file-type reads at most this many leading bytes. */
export const SNIFF_BYTES = 4100;

/** The media type the first bytes show, or null when they name none (text, unknown). */
export async function detectType(head: Buffer): Promise<string | null> {
  const found = await fromBuffer(head);
  return found?.mime ?? null;
}

/** What an upload is filed as when the uploader does not say: from the type its bytes show. */
export function kindOf(detected: string | null, declared: string | null): FileEvidenceKind {
  const type = (detected ?? declared ?? '').toLowerCase();
  if (type.startsWith('image/')) return 'IMAGE';
  if (type.startsWith('audio/')) return 'AUDIO';
  if (type.startsWith('video/')) return 'VIDEO';
  if (type === 'message/rfc822') return 'EMAIL';
  if (type === 'text/html' || type === 'multipart/related' || type === 'application/x-mimearchive')
    return 'WEB_PAGE';
  return 'FILE';
}
