import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { open, seal } from '../core/crypto/envelope';
import type { Tx } from '../core/database/prisma.service';
import { newWrappedDataKey, openField, sealField, unwrapDataKey } from './organization-key-crypto';

/**
 * Each organisation's data key, stored wrapped by the master key from the environment.
 * Fields encrypted with it are bound to the organisation, the field's name and the row.
 */
@Injectable()
export class OrganizationKeysService {
  private readonly masterKey: Buffer;
  private readonly unwrapped = new Map<string, Buffer>();
  private readonly loading = new Map<string, Promise<Buffer>>();

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.masterKey = Buffer.from(config.MASTER_KEY, 'base64');
  }

  /** Creates the key of a new organisation, inside the transaction that creates it. */
  static async createFor(tx: Tx, organizationId: string, masterKey: Buffer): Promise<void> {
    await tx.organizationKey.create({
      data: {
        organizationId,
        wrappedKey: Uint8Array.from(newWrappedDataKey(masterKey, organizationId)),
      },
    });
  }

  /**
   * The tenant's data key, read through the caller's transaction: a transaction of its own
   * would take a second pooled connection while the caller holds one, and a burst of first
   * reads would wait on each other until the pool ran dry. Concurrent first reads of one
   * organisation share one load.
   */
  private dataKey(tx: Tx): Promise<Buffer> {
    const organizationId = RequestContext.organizationId();
    const cached = this.unwrapped.get(organizationId);
    if (cached) return Promise.resolve(cached);
    let pending = this.loading.get(organizationId);
    if (!pending) {
      pending = this.load(tx, organizationId).finally(() => this.loading.delete(organizationId));
      this.loading.set(organizationId, pending);
    }
    return pending;
  }

  private async load(tx: Tx, organizationId: string): Promise<Buffer> {
    const row = await tx.organizationKey.findUnique({ where: { organizationId } });
    if (!row) throw new Error(`Organisation ${organizationId} has no data key`);
    const key = unwrapDataKey(this.masterKey, organizationId, row.wrappedKey);
    this.unwrapped.set(organizationId, key);
    return key;
  }

  async encrypt(tx: Tx, field: string, rowId: string, plaintext: string): Promise<Buffer> {
    const key = await this.dataKey(tx);
    return sealField(key, RequestContext.organizationId(), field, rowId, plaintext);
  }

  async decrypt(tx: Tx, field: string, rowId: string, sealed: Uint8Array): Promise<string> {
    const key = await this.dataKey(tx);
    return openField(key, RequestContext.organizationId(), field, rowId, sealed);
  }

  /** Wraps a key of one record (an item of evidence) with the organisation's data key. */
  async wrapKey(tx: Tx, purpose: string, key: Buffer): Promise<Buffer> {
    const dataKey = await this.dataKey(tx);
    return seal(dataKey, key, `${RequestContext.organizationId()}:${purpose}`);
  }

  async unwrapKey(tx: Tx, purpose: string, wrapped: Uint8Array): Promise<Buffer> {
    const dataKey = await this.dataKey(tx);
    return open(dataKey, Buffer.from(wrapped), `${RequestContext.organizationId()}:${purpose}`);
  }
}
