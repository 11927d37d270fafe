import { z } from 'zod';
import { chainOrganizationInbox } from '../audit/audit-chain';
import { defineJob } from './job';

/**
 * Links one organisation's audit inbox into its hash chain. The API enqueues it after
 * audited writes (see AuditNudge); its job id names the organisation and a time window, so
 * every API process nudging in the same window yields one job.
 */
export const chainAuditJob = defineJob({
  name: 'chain-audit',
  queue: 'audit',
  payload: z.strictObject({ organizationId: z.uuid() }),
  async handle({ organizationId }, { prisma, logger }) {
    const linked = await chainOrganizationInbox(prisma, organizationId);
    if (linked > 0) logger.debug({ organizationId, linked }, 'chained audit events');
    return { linked };
  },
});
