import { z } from 'zod';
import { defineJob } from '../../jobs/job';
import { mailWorkerServices } from './mail-worker-services';

/**
 * Sends one outbox row. The relay adds it with the row's id as job id; the row, not the job,
 * holds the state, so running it twice, late, or after Redis lost its data sends at most once.
 */
export const sendEmailJob = defineJob({
  name: 'send-email',
  queue: 'mail',
  payload: z.strictObject({ organizationId: z.uuid(), outboxMessageId: z.uuid() }),
  async handle({ organizationId, outboxMessageId }, deps) {
    const services = mailWorkerServices(deps);
    if (!services) return { result: 'skipped', reason: 'SMTP_URL is not set' };
    const result = await services.sender.send(organizationId, outboxMessageId);
    if (result !== 'sent' && result !== 'skipped') {
      deps.logger.info({ outboxMessageId, result }, 'outbox email not sent');
    }
    return { result };
  },
});
