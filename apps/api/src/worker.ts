import { Queue, Worker } from 'bullmq';
import { loadConfig } from './core/config/config';
import { assertAppRole } from './core/database/app-role-check';
import { createPrismaClient } from './core/database/prisma.service';
import { createLogger } from './core/logging/logger';
import { processJob } from './jobs/process-job';
import { queueOptions } from './jobs/queue-options';
import { JOBS, SCHEDULES } from './jobs/registry';
import { startReplyListener, type ReplyListener } from './takedowns/inbound/reply-listener';
import { assertMasterKey } from './tenancy/master-key-check';
import { startMailCatcher } from './mail/catcher/mail-catcher';
import { closeMailWorkerServices } from './mail/outbox/mail-worker-services';
import { configureOutbox } from './mail/outbox/outbox-runtime';
import { startOutboxRelay } from './mail/outbox/outbox-relay-loop';
import { OrganizationKeysService } from './tenancy/organization-keys.service';

const SCHEDULE_REFRESH_MS = 60_000;

/**
 * Jobs that mostly wait on another server (SMTP) run more at once than the default two. The
 * mail senders' claims and records are batched up to 64 rows a transaction: four batches in
 * flight keep them full without waiting for the batch timer.
 */
const CONCURRENCY: Record<string, number> = { mail: 256 };

/** The worker process: runs Cairn's BullMQ jobs, apart from the HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  await assertAppRole(config.appDatabaseUrl);
  await assertMasterKey(config.appDatabaseUrl, Buffer.from(config.MASTER_KEY, 'base64'));
  const logger = createLogger(config.LOG_LEVEL);
  const prisma = createPrismaClient(config.appDatabaseUrl);
  const queueing = queueOptions(config);
  const queueNames = [...new Set(JOBS.map((job) => job.queue))];

  const upsertSchedules = () =>
    Promise.all(
      SCHEDULES.map(async ({ job, everyMs }) => {
        const queue = new Queue(job.queue, queueing);
        try {
          await queue.upsertJobScheduler(
            job.name,
            { every: everyMs },
            { name: job.name, data: {} },
          );
        } finally {
          await queue.close();
        }
      }),
    );
  await upsertSchedules();
  // Upserting is idempotent; repeating it brings the schedules back should Redis lose its
  // data while the worker runs, so the audit sweep (and with it every pending event) resumes.
  const reschedule = setInterval(() => {
    upsertSchedules().catch((error: unknown) =>
      logger.error({ err: error }, 'could not upsert job schedules'),
    );
  }, SCHEDULE_REFRESH_MS);

  const workers = queueNames.map(
    (queue) =>
      new Worker(queue, (job) => processJob(queue, job, { config, prisma, logger }), {
        ...queueing,
        concurrency: CONCURRENCY[queue] ?? 2,
        lockDuration: config.JOB_LOCK_SECONDS * 1000,
        stalledInterval: config.JOB_LOCK_SECONDS * 1000,
      }),
  );
  for (const worker of workers) {
    worker.on('failed', (job, error) =>
      logger.error({ job: job?.name, jobId: job?.id, err: error }, 'job failed'),
    );
  }

  // Jobs that queue mail of their own (escalation rules) seal it with the same keys.
  const keys = new OrganizationKeysService(config);
  configureOutbox({ keys, defaultFrom: config.MAIL_FROM });
  const catcher = config.MAIL_CATCHER_PORT
    ? await startMailCatcher({ port: config.MAIL_CATCHER_PORT, prisma, keys, logger })
    : undefined;
  const stopRelay = config.SMTP_URL
    ? await startOutboxRelay({ config, prisma, logger })
    : undefined;
  if (!config.SMTP_URL) logger.warn('SMTP_URL is not set: outgoing mail waits in the outbox');
  // Replies to takedown requests come in by SMTP: the worker listens when a port is set.
  const replies: ReplyListener | null = config.INBOUND_SMTP_PORT
    ? await startReplyListener(
        { config, prisma, logger },
        { host: config.INBOUND_SMTP_HOST, port: config.INBOUND_SMTP_PORT },
      )
    : null;
  logger.info({ queues: queueNames }, 'Cairn worker running');

  const stop = async () => {
    logger.info('worker stopping');
    clearInterval(reschedule);
    await stopRelay?.();
    await Promise.all(workers.map((worker) => worker.close()));
    await closeMailWorkerServices();
    await catcher?.close();
    await replies?.close();
    await prisma.$disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
