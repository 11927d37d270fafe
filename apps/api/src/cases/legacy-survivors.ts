import type { Tx } from '../core/database/prisma.service';
import { openField, sealField } from '../tenancy/organization-key-crypto';
import { SURVIVOR_FIELD } from './survivor-vault';

/**
 * Reseals the tenant's survivors still in the first format, which bound a value to its
 * organisation and field but not to its case, so that every one is bound to its case.
 * Runs in the caller's transaction (the operator's, with the tenant set); returns how many.
 */
export async function resealLegacySurvivors(
  tx: Tx,
  organizationId: string,
  dataKey: Buffer,
): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string; survivor_sealed: Uint8Array }[]>`
    SELECT id, survivor_sealed FROM case_file
    WHERE get_byte(survivor_sealed, 0) = 1
    FOR UPDATE`;
  for (const row of rows) {
    const plaintext = openField(
      dataKey,
      organizationId,
      SURVIVOR_FIELD,
      row.id,
      row.survivor_sealed,
    );
    const resealed = sealField(dataKey, organizationId, SURVIVOR_FIELD, row.id, plaintext);
    await tx.$executeRaw`UPDATE case_file SET survivor_sealed = ${Uint8Array.from(resealed)}
      WHERE id = ${row.id}::uuid`;
  }
  return rows.length;
}
