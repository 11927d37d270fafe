import type { Queue as BullQueue } from 'bullmq';
import { REPO_ROOT } from './paths';
import { STACK_ENV } from './stack-info';

/** BullMQ as the API depends on it, so the spec speaks to the queues the worker reads. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Queue } = require(require.resolve('bullmq', { paths: [`${REPO_ROOT}/apps/api`] })) as {
  Queue: typeof BullQueue;
};

/**
 * One of the run's job queues, named as the API names it (`jobs/queue-options.ts`: keys
 * under the run's prefix). Pausing it holds its jobs waiting, so a spec can look at what a
 * person sees before the worker has started, then let the worker go on.
 */
export function runQueue(name: string): BullQueue {
  const url = process.env[STACK_ENV.redisUrl];
  const prefix = process.env[STACK_ENV.redisPrefix];
  if (!url || !prefix)
    throw new Error('The e2e stack is not running: run these specs through jest.e2e.config.js');
  return new Queue(name, { connection: { url }, prefix: `${prefix}bull` });
}
