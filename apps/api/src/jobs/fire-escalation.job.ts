import { z } from 'zod';
import { EscalationRuleKind } from '@cairn/contracts';
import { escalationRunner, FIRE_JOB, FIRE_QUEUE } from '../escalations/escalation-runner';
import { defineJob } from './job';

/**
 * Fires one step of an escalation rule when its delay runs out, if it is still due: the
 * deadline is read again from the database, so a request answered or a case taken meanwhile
 * fires nothing.
 */
export const fireEscalationJob = defineJob({
  name: FIRE_JOB,
  queue: FIRE_QUEUE,
  payload: z.strictObject({
    organizationId: z.uuid(),
    ruleKind: EscalationRuleKind,
    step: z.enum(['FOLLOW_UP', 'ESCALATION', 'ON_CALL', 'SUPERVISORS']),
    subjectId: z.uuid(),
  }),
  async handle({ organizationId, ...key }, deps) {
    const runner = escalationRunner(deps);
    try {
      const result = await runner.fire(organizationId, key, new Date());
      deps.logger.info({ organizationId, ...key, result }, 'escalation job');
      return { result };
    } finally {
      await runner.close();
    }
  },
});
