import { z } from 'zod';
import { chainOrganizationInbox, organizationsWithPendingAudit } from '../audit/audit-chain';
import { defineJob } from './job';

/**
 * Chains whatever the nudges missed: events whose nudge was lost with Redis's data, whose
 * transaction committed after its nudge's job ran, or that a crashed worker left behind.
 */
export const sweepAuditInboxJob = defineJob({
  name: 'sweep-audit-inbox',
  queue: 'audit',
  payload: z.strictObject({}),
  async handle(_payload, { prisma, logger }) {
    let linked = 0;
    for (const organizationId of await organizationsWithPendingAudit(prisma)) {
      linked += await chainOrganizationInbox(prisma, organizationId);
    }
    if (linked > 0) logger.info({ linked }, 'swept audit inbox');
    return { linked };
  },
});
