import type { PrismaClient } from '../generated/prisma/client';

/** Inbox events linked per transaction: short enough to keep each lock on the head brief. */
export const CHAIN_BATCH = 1_000;

/**
 * Links an organisation's inbox events into its chain, one batch per transaction, until the
 * inbox is empty; returns how many were linked. Safe to run from several workers at once:
 * the database function serialises chainers of one organisation on its chain head.
 */
export async function chainOrganizationInbox(
  prisma: PrismaClient,
  organizationId: string,
): Promise<number> {
  let total = 0;
  for (;;) {
    const linked = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
      const [row] = await tx.$queryRaw<{ linked: number }[]>`
        SELECT audit_chain_inbox(${CHAIN_BATCH}::int) AS linked`;
      return row?.linked ?? 0;
    });
    total += linked;
    if (linked < CHAIN_BATCH) return total;
  }
}

/** The organisations that have events waiting to be chained. */
export async function organizationsWithPendingAudit(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT audit_inbox_organizations() AS id`;
  return rows.map((row) => row.id);
}
