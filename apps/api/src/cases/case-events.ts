import type { TimelineKind } from '@cairn/contracts';
import { Prisma } from '../generated/prisma/client';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';

/**
 * Writes one entry of a case's timeline, in the transaction of the change it describes,
 * and marks the case as updated.
 */
export async function recordCaseEvent(
  tx: Tx,
  caseId: string,
  kind: TimelineKind,
  data: Record<string, unknown> = {},
): Promise<void> {
  const actorId = RequestContext.actor()?.userId ?? null;
  await tx.caseEvent.create({
    data: {
      organizationId: RequestContext.organizationId(),
      caseId,
      actorId,
      kind,
      data: data as Prisma.InputJsonObject,
    },
  });
  await tx.case.update({ where: { id: caseId }, data: { updatedAt: new Date() } });
}

/** Rebuilds the case's search document after its searchable text changed. */
export async function refreshCaseSearch(tx: Tx, caseId: string): Promise<void> {
  await tx.$executeRaw`SELECT case_search_refresh(${caseId}::uuid)`;
}
