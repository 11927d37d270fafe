import type { AppConfig } from '../core/config/config.schema';

/**
 * How every queue, worker and queue-events listener reaches Redis: the one connection URL,
 * and keys under REDIS_PREFIX so that two deployments or test runs on one Redis never take
 * each other's jobs.
 */
export function queueOptions(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_PREFIX'>): {
  connection: { url: string };
  prefix: string;
} {
  return { connection: { url: config.REDIS_URL }, prefix: `${config.REDIS_PREFIX}bull` };
}
