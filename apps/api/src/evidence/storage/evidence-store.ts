import type { Readable } from 'node:stream';

/** A stored blob as a listing shows it, for the sweep of crash leftovers. */
export interface StoredBlob {
  key: string;
  modifiedAt: Date;
  /** A write still going on, or one a crash cut short: never the content of an item. */
  unfinished?: boolean;
}

/** The stored content is gone: never deleted by Cairn, so lost or removed outside it. */
export class BlobMissingError extends Error {
  constructor(key: string) {
    super(`No stored evidence under ${key}`);
  }
}

/**
 * Where evidence bytes (already encrypted) are kept. Two drivers: the local disk and an
 * S3-compatible store. Keys are `<organisation id>/<item id>`, and
 * `<organisation id>/<item id>.<derivative>` for what Cairn makes from an item (its
 * thumbnail), which lives and is swept with the item.
 */
export interface EvidenceStore {
  /**
   * Reads content to its end and keeps it under key. The key shows nothing until the
   * content has ended well; on any failure the store keeps nothing of it.
   */
  write(key: string, content: Readable): Promise<void>;
  /**
   * The blob's bytes. A store that reads in pieces of its choosing hands them in the layout
   * given, so the reader takes each piece where it lies instead of gathering it by copying.
   */
  read(key: string, layout?: ReadLayout): Promise<Readable>;
  /** Removes the blob; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Every blob, finished or still being written (for the local store). */
  list(): AsyncIterable<StoredBlob>;
}

/** How a reader consumes a blob: a head of its own, then pieces of one size. */
export interface ReadLayout {
  headBytes: number;
  pieceBytes: number;
}

export const EVIDENCE_STORE = Symbol('EVIDENCE_STORE');

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY = new RegExp(`^(${UUID})/(${UUID})(\\.thumbnail)?$`);

export function blobKey(organizationId: string, itemId: string): string {
  return `${organizationId}/${itemId}`;
}

/** The key of a file Cairn derives from an item, such as its thumbnail. */
export function derivedBlobKey(
  organizationId: string,
  itemId: string,
  derivative: 'thumbnail',
): string {
  return `${organizationId}/${itemId}.${derivative}`;
}

/**
 * The organisation and item a key names (a derivative's key names the item it was made
 * from), or undefined for anything else found in the store.
 */
export function parseBlobKey(key: string): { organizationId: string; itemId: string } | undefined {
  const match = KEY.exec(key);
  return match ? { organizationId: match[1] as string, itemId: match[2] as string } : undefined;
}
