import { z } from 'zod';
import { escalationRunner } from '../escalations/escalation-runner';
import { defineJob } from './job';

/**
 * Recomputes from the database what every organisation's escalation rules have yet to do:
 * schedules each firing as a delayed job (ids fixed, so nothing doubles) and fires what is
 * overdue. A Redis that lost its data loses no firing: the next sweep puts it back.
 */
export const sweepEscalationsJob = defineJob({
  name: 'sweep-escalations',
  queue: 'escalations',
  payload: z.strictObject({}),
  async handle(_payload, deps) {
    const runner = escalationRunner(deps);
    try {
      const result = await runner.sweep(new Date());
      if (result.fired > 0 || result.scheduled > 0) deps.logger.info(result, 'swept escalations');
      return result;
    } finally {
      await runner.close();
    }
  },
});
