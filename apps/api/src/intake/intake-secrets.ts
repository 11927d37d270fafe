import { Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 10;

/** 80 bits as 16 characters, shown in groups of four: `ABCD-EFGH-JKMN-PQRS`. */
function encodeCode(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes.subarray(0, CODE_BYTES)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** A follow-up code a caseworker issues: random. */
export function randomFollowUpCode(): string {
  return encodeCode(randomBytes(CODE_BYTES));
}

/**
 * The follow-up code a submission gets: derived from its idempotency key under the
 * organisation's secret, so the same key (a second press of the button) gets the same code
 * back, and only whoever holds the key can have it shown again. Only its hash is stored.
 */
export function derivedFollowUpCode(secret: Buffer, idempotencyKey: string): string {
  return encodeCode(
    createHmac('sha256', secret).update('follow-up-code\0').update(idempotencyKey).digest(),
  );
}

/** What is stored of a code: its SHA-256, bound to the case (80 random bits need no salt). */
export function followUpCodeHash(caseId: string, code: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(
    createHash('sha256').update(`follow-up-code\0${caseId}\0${code}`, 'utf8').digest(),
  );
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The stored form of an idempotency key: its SHA-256. */
export function idempotencyKeyHash(key: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(createHash('sha256').update(`intake-key\0${key}`, 'utf8').digest());
}

const KEY_PURPOSE = 'intake-key';
const SALT_PURPOSE = 'intake-salt';

/**
 * The organisation's intake secrets, each made on first use and kept wrapped with its data
 * key: the secret follow-up codes are derived under, and the salt of each day's client
 * hashes. Unwrapped values are cached per process; a racing first use keeps one value.
 */
@Injectable()
export class IntakeSecrets {
  private readonly codeKeys = new Map<string, Buffer>();
  private readonly salts = new Map<string, Buffer>();

  constructor(private readonly keys: OrganizationKeysService) {}

  async codeKey(tx: Tx): Promise<Buffer> {
    const organizationId = RequestContext.organizationId();
    const cached = this.codeKeys.get(organizationId);
    if (cached) return cached;
    let row = await tx.intakeKey.findUnique({ where: { organizationId } });
    if (!row) {
      const wrapped = await this.keys.wrapKey(tx, KEY_PURPOSE, randomBytes(32));
      await tx.$executeRaw`
        INSERT INTO intake_key (organization_id, wrapped_key)
        VALUES (${organizationId}::uuid, ${Uint8Array.from(wrapped)})
        ON CONFLICT (organization_id) DO NOTHING`;
      row = await tx.intakeKey.findUniqueOrThrow({ where: { organizationId } });
    }
    const key = await this.keys.unwrapKey(tx, KEY_PURPOSE, row.wrappedKey);
    this.codeKeys.set(organizationId, key);
    return key;
  }

  /**
   * A client's hash for today: an HMAC of its address under the day's salt. The sweep
   * deletes past days' salts, after which their hashes lead nowhere.
   */
  async clientHash(tx: Tx, address: string, now: Date): Promise<string> {
    const salt = await this.salt(tx, now);
    return createHmac('sha256', salt).update(address).digest('hex').slice(0, 32);
  }

  private async salt(tx: Tx, now: Date): Promise<Buffer> {
    const organizationId = RequestContext.organizationId();
    const day = now.toISOString().slice(0, 10);
    const cacheKey = `${organizationId}/${day}`;
    const cached = this.salts.get(cacheKey);
    if (cached) return cached;
    const date = new Date(`${day}T00:00:00Z`);
    const where = { organizationId_day: { organizationId, day: date } };
    let row = await tx.intakeSalt.findUnique({ where });
    if (!row) {
      const wrapped = await this.keys.wrapKey(tx, `${SALT_PURPOSE}:${day}`, randomBytes(32));
      await tx.$executeRaw`
        INSERT INTO intake_salt (organization_id, day, salt_wrapped)
        VALUES (${organizationId}::uuid, ${day}::date, ${Uint8Array.from(wrapped)})
        ON CONFLICT (organization_id, day) DO NOTHING`;
      row = await tx.intakeSalt.findUniqueOrThrow({ where });
    }
    const salt = await this.keys.unwrapKey(tx, `${SALT_PURPOSE}:${day}`, row.saltWrapped);
    // Yesterday's salts leave the cache with the day.
    for (const key of this.salts.keys()) if (!key.endsWith(day)) this.salts.delete(key);
    this.salts.set(cacheKey, salt);
    return salt;
  }
}
