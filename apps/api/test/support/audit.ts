import { chainOrganizationInbox } from '../../src/audit/audit-chain';
import type { Prisma } from '../../src/generated/prisma/client';
import type { TestApp } from './test-app';

/**
 * An organisation's audit events in chain order, after linking its inbox as the worker
 * does (specs run no worker, so recorded events otherwise wait in the inbox).
 */
export async function chainedAuditEvents(
  t: TestApp,
  organizationId: string,
  where: Prisma.AuditEventWhereInput = {},
) {
  await chainOrganizationInbox(t.owner, organizationId);
  return t.owner.auditEvent.findMany({
    where: { ...where, organizationId },
    orderBy: { seq: 'asc' },
  });
}
