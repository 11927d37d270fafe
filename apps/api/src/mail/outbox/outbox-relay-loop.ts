import { Queue } from 'bullmq';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { AppConfig } from '../../core/config/config.schema';
import type { PrismaClient } from '../../generated/prisma/client';
import { queueOptions } from '../../jobs/queue-options';
import { OUTBOX_CHANNEL } from './outbox-fields';
import { markInterruptedSends, relayDueEmails, type RecentlyRelayed } from './outbox-relay';
import { sendEmailJob } from './send-email.job';

const POLL_MS = 2_000;
const SWEEP_MS = 30_000;

/**
 * Rows (id and due time) relayed within the last SWEEP_MS. A pass leaves them alone, so a
 * backlog of thousands is not put on the queue again every two seconds while the senders work
 * through it; once older, a row still due is relayed again, which recreates the jobs of a
 * Redis that lost its data (or of a job that failed) within SWEEP_MS.
 */
class RecentIds implements RecentlyRelayed {
  private readonly at = new Map<string, number>();

  has(key: string): boolean {
    return this.at.has(key);
  }

  add(key: string): void {
    this.at.set(key, Date.now());
  }

  forgetOlderThan(ms: number): void {
    const cutoff = Date.now() - ms;
    // A Map iterates in insertion order: the oldest come first.
    for (const [key, at] of this.at) {
      if (at >= cutoff) break;
      this.at.delete(key);
    }
  }
}

/**
 * Runs in the worker process: relays due outbox rows to the mail queue when a transaction
 * that queued mail commits (PostgreSQL NOTIFY), and every two seconds regardless, reading the
 * database each time; a row relayed more than 30 s ago and still due is relayed again. Every
 * 30 s it also marks interrupted sends for review. A timer of the process, not a BullMQ
 * schedule, so that Redis losing its data cannot stop it.
 */
export async function startOutboxRelay(deps: {
  config: AppConfig;
  prisma: PrismaClient;
  logger: Logger;
}): Promise<() => Promise<void>> {
  const { config, prisma } = deps;
  const logger = deps.logger.child({ domain: 'mail-relay' });
  const queue = new Queue(sendEmailJob.queue, queueOptions(config));
  const recent = new RecentIds();
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const relay = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      // A pass pages through every due row; another runs only if a notice or a tick came
      // while it ran, since rows stay due until a sender claims them.
      do {
        again = false;
        recent.forgetOlderThan(SWEEP_MS);
        await relayDueEmails(prisma, queue, new Date(), recent);
      } while (again && !stopped);
    })()
      .catch((error: unknown) => logger.error({ err: error }, 'outbox relay failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const sweep = (): void => {
    markInterruptedSends(prisma, config.MAIL_SENDING_LEASE_SECONDS, logger).catch(
      (error: unknown) => logger.error({ err: error }, 'outbox sweep failed'),
    );
  };

  const listener = new Client({ connectionString: config.appDatabaseUrl });
  listener.on('error', (error) =>
    logger.warn({ err: error }, 'outbox listener lost; polling only'),
  );
  listener.on('notification', relay);
  try {
    await listener.connect();
    await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  } catch (error) {
    logger.warn({ err: error }, 'outbox listener unavailable; polling only');
  }

  const poll = setInterval(relay, POLL_MS);
  const sweeper = setInterval(sweep, SWEEP_MS);
  relay();
  sweep();

  return async () => {
    stopped = true;
    clearInterval(poll);
    clearInterval(sweeper);
    await running;
    await listener.end().catch(() => undefined);
    await queue.close();
  };
}
