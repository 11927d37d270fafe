import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TenantDb } from '../core/database/tenant-db';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { decryptStream, encryptStream, SEALED_LAYOUT } from './chunked-cipher';
import { EVIDENCE_STORE, EvidenceStore } from './storage/evidence-store';

const keyPurpose = (itemId: string) => `evidence-key:${itemId}`;

/** What the vault needs of an item to open its content. */
export interface SealedItem {
  id: string;
  storageKey: string;
  wrappedKey: Uint8Array;
}

/**
 * Evidence bytes in and out of the store: each item is sealed under a key of its own,
 * kept wrapped by the organisation's data key beside the item's row.
 */
@Injectable()
export class EvidenceVault {
  constructor(
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    private readonly keys: OrganizationKeysService,
    private readonly db: TenantDb,
  ) {}

  /**
   * A fresh key for a new item, and the wrapped form its row keeps. Called outside any
   * transaction (an upload streams for minutes and must not hold a connection meanwhile), so
   * a cold organisation key loads in a short transaction of its own.
   */
  async newItemKey(itemId: string): Promise<{ key: Buffer; wrapped: Buffer }> {
    const key = randomBytes(32);
    const wrapped = await this.db.transaction((tx) =>
      this.keys.wrapKey(tx, keyPurpose(itemId), key),
    );
    return { key, wrapped };
  }

  /**
   * Seals plaintext to its end under storageKey. Resolves once both the reading and the
   * store's write have finished; rejects with the first cause of failure, the store then
   * keeping nothing.
   */
  async write(storageKey: string, itemId: string, key: Buffer, plaintext: Readable): Promise<void> {
    const sealed = encryptStream(key, itemId);
    const [read, written] = await Promise.allSettled([
      pipeline(plaintext, sealed),
      this.store.write(storageKey, sealed),
    ]);
    if (read.status === 'rejected' && !isPrematureClose(read.reason)) throw read.reason;
    if (written.status === 'rejected') throw written.reason;
    if (read.status === 'rejected') throw read.reason;
  }

  /**
   * The item's content, decrypted as it is read; the stream errors if it was changed. Called
   * outside any transaction, like `newItemKey`.
   */
  async open(item: SealedItem): Promise<Readable> {
    const key = await this.db.transaction((tx) =>
      this.keys.unwrapKey(tx, keyPurpose(item.id), item.wrappedKey),
    );
    const stored = await this.store.read(item.storageKey, SEALED_LAYOUT);
    const plain = decryptStream(key, item.id);
    stored.on('error', (error) => plain.destroy(error));
    plain.on('close', () => stored.destroy());
    return stored.pipe(plain);
  }

  /** Removes what a failed or refused upload wrote; nothing else calls it. */
  discard(storageKey: string): Promise<void> {
    return this.store.delete(storageKey);
  }
}

/** The error a stream reports when the other end of its pipe went away first. */
function isPrematureClose(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}
