import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { RequestContext } from '../../core/context/request-context';
import type { PrismaClient } from '../../generated/prisma/client';
import { sendEmailJob } from './send-email.job';

/** How far ahead the relay looks: rows due within it become delayed jobs. */
const HORIZON_MS = 60_000;
const BATCH = 1_000;

/** The options every outbox job carries; the job's id is the row's id. */
export function sendEmailJobOptions(id: string, delayMs: number) {
  // Removed once done, so that a row retried later can take its id again; the row, not the
  // job, is the record of what happened.
  return { jobId: id, delay: Math.max(0, delayMs), removeOnComplete: true, removeOnFail: true };
}

/**
 * Puts every row due (or due within the horizon) on the mail queue, as a job whose id is the
 * row's id: a row already waiting keeps its one job, whichever worker relays it. It reads
 * the database, not Redis, so after Redis lost its data the next run recreates every job.
 * Returns how many rows it relayed.
 */
export async function relayDueEmails(
  prisma: PrismaClient,
  queue: Queue,
  now = new Date(),
): Promise<number> {
  const due = await prisma.$queryRaw<
    { organization_id: string; id: string; next_attempt_at: Date }[]
  >`SELECT * FROM outbox_due(${new Date(now.getTime() + HORIZON_MS)}, ${BATCH}::int)`;
  if (due.length === 0) return 0;
  await queue.addBulk(
    due.map((row) => ({
      name: sendEmailJob.name,
      data: sendEmailJob.payload.parse({
        organizationId: row.organization_id,
        outboxMessageId: row.id,
      }),
      opts: sendEmailJobOptions(row.id, row.next_attempt_at.getTime() - now.getTime()),
    })),
  );
  return due.length;
}

/**
 * Marks for review every row claimed longer ago than the lease and still not settled: its
 * worker died between claiming and recording the outcome, so the email may have left.
 */
export async function markInterruptedSends(
  prisma: PrismaClient,
  leaseSeconds: number,
  logger: Logger,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - leaseSeconds * 1_000);
  const stale = await prisma.$queryRaw<{ organization_id: string; id: string }[]>`
    SELECT * FROM outbox_stale_sending(${cutoff}, ${BATCH}::int)`;
  let marked = 0;
  for (const { organization_id: organizationId, id } of stale) {
    marked += await RequestContext.runAsTenant(organizationId, () =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
        const { count } = await tx.outboxMessage.updateMany({
          where: { id, status: 'SENDING', sendingSince: { lt: cutoff } },
          data: {
            status: 'NEEDS_REVIEW',
            lastError:
              'The send was interrupted before its outcome was recorded; the email may or may not have left.',
          },
        });
        return count;
      }),
    );
  }
  if (marked > 0) logger.warn({ marked }, 'interrupted sends marked for review');
  return marked;
}
