import { keyId, sealedKeyId } from '../core/crypto/envelope';
import type { Tx } from '../core/database/prisma.service';
import type { PrismaClient } from '../generated/prisma/client';
import { unwrapDataKey, wrapDataKey } from './organization-key-crypto';

export interface RotationCounts {
  organizations: number;
  rewrapped: number;
  alreadyRotated: number;
  resealed: number;
}

/**
 * Work to do on an organisation's rows with its data key in hand, in the same transaction
 * (resealing fields of an older format, for instance); returns how many rows it changed.
 */
export type WithDataKey = (tx: Tx, organizationId: string, dataKey: Buffer) => Promise<number>;

/**
 * Rewraps every organisation's data key under the next master key, one transaction per
 * organisation with its tenant set, so row-level security admits the owner without a
 * cross-tenant pass. A key already under the next master key is left as it is, so a run
 * that stopped half-way is finished by running it again. The data keys themselves do not
 * change: sealed fields stay as they are.
 */
export async function rotateMasterKey(
  owner: PrismaClient,
  current: Buffer,
  next: Buffer,
  options: { withDataKey?: WithDataKey; log?: (line: string) => void } = {},
): Promise<RotationCounts> {
  const nextId = keyId(next);
  if (nextId === keyId(current)) throw new Error('NEW_MASTER_KEY is the same key as MASTER_KEY');
  const organizations = await owner.organization.findMany({
    select: { id: true, slug: true },
    orderBy: { createdAt: 'asc' },
  });
  const counts: RotationCounts = {
    organizations: organizations.length,
    rewrapped: 0,
    alreadyRotated: 0,
    resealed: 0,
  };
  for (const organization of organizations) {
    await owner.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.org_id', ${organization.id}, true)`;
      const [row] = await tx.$queryRaw<{ wrapped_key: Uint8Array }[]>`
        SELECT wrapped_key FROM organization_key
        WHERE organization_id = ${organization.id}::uuid FOR UPDATE`;
      if (!row) throw new Error(`Organisation ${organization.slug} has no data key`);
      let dataKey: Buffer;
      if (sealedKeyId(row.wrapped_key) === nextId) {
        dataKey = unwrapDataKey(next, organization.id, row.wrapped_key);
        counts.alreadyRotated += 1;
      } else {
        dataKey = unwrapDataKey(current, organization.id, row.wrapped_key);
        await tx.organizationKey.update({
          where: { organizationId: organization.id },
          data: { wrappedKey: Uint8Array.from(wrapDataKey(next, organization.id, dataKey)) },
        });
        counts.rewrapped += 1;
      }
      if (options.withDataKey) {
        counts.resealed += await options.withDataKey(tx, organization.id, dataKey);
      }
    });
    options.log?.(`${organization.slug}: done`);
  }
  return counts;
}
