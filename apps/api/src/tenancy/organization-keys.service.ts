import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { newDataKey, open, seal } from '../core/crypto/envelope';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';

const wrapContext = (organizationId: string) => `organization-key:${organizationId}`;

/**
 * Each organisation's data key, stored wrapped by the master key from the environment.
 * Fields encrypted with it are bound to the organisation and the field's name.
 */
@Injectable()
export class OrganizationKeysService {
  private readonly masterKey: Buffer;
  private readonly unwrapped = new Map<string, Buffer>();

  constructor(
    @Inject(CONFIG) config: AppConfig,
    private readonly db: TenantDb,
  ) {
    this.masterKey = Buffer.from(config.MASTER_KEY, 'base64');
  }

  /** Creates the key of a new organisation, inside the transaction that creates it. */
  static async createFor(tx: Tx, organizationId: string, masterKey: Buffer): Promise<void> {
    const wrappedKey = seal(masterKey, newDataKey(), wrapContext(organizationId));
    await tx.organizationKey.create({
      data: { organizationId, wrappedKey: Uint8Array.from(wrappedKey) },
    });
  }

  private async dataKey(): Promise<Buffer> {
    const organizationId = RequestContext.organizationId();
    const cached = this.unwrapped.get(organizationId);
    if (cached) return cached;
    const row = await this.db.transaction((tx) =>
      tx.organizationKey.findUnique({ where: { organizationId } }),
    );
    if (!row) throw new Error(`Organisation ${organizationId} has no data key`);
    const key = open(this.masterKey, Buffer.from(row.wrappedKey), wrapContext(organizationId));
    this.unwrapped.set(organizationId, key);
    return key;
  }

  async encrypt(field: string, plaintext: string): Promise<Buffer> {
    const key = await this.dataKey();
    return seal(key, Buffer.from(plaintext, 'utf8'), `${RequestContext.organizationId()}:${field}`);
  }

  async decrypt(field: string, sealed: Uint8Array): Promise<string> {
    const key = await this.dataKey();
    return open(key, Buffer.from(sealed), `${RequestContext.organizationId()}:${field}`).toString(
      'utf8',
    );
  }

  /** Wraps a key of one record (an item of evidence) with the organisation's data key. */
  async wrapKey(purpose: string, key: Buffer): Promise<Buffer> {
    const dataKey = await this.dataKey();
    return seal(dataKey, key, `${RequestContext.organizationId()}:${purpose}`);
  }

  async unwrapKey(purpose: string, wrapped: Uint8Array): Promise<Buffer> {
    const dataKey = await this.dataKey();
    return open(dataKey, Buffer.from(wrapped), `${RequestContext.organizationId()}:${purpose}`);
  }
}
