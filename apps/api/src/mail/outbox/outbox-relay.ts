import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { RequestContext } from '../../core/context/request-context';
import type { PrismaClient } from '../../generated/prisma/client';
import { INTERRUPTED_NOTE } from './outbox-fields';
import { sendEmailJob } from './send-email.job';

/** How far ahead the relay looks: rows due within it become delayed jobs. */
const HORIZON_MS = 60_000;
const BATCH = 1_000;
/** Rows due at once from which the relay checks that the planner knows of them. */
const BURST = 200;

/** The options every outbox job carries; the job's id is the row's id. */
export function sendEmailJobOptions(id: string, delayMs: number) {
  // Removed once done, so that a row retried later can take its id again; the row, not the
  // job, is the record of what happened.
  return { jobId: id, delay: Math.max(0, delayMs), removeOnComplete: true, removeOnFail: true };
}

/**
 * Rows this relay put on the queue lately, by id and due time: it need not put them there
 * again on every tick. A row queued again (a retry, a deferral, a person's resend) has a new
 * due time, so it is relayed at once.
 */
export interface RecentlyRelayed {
  has(key: string): boolean;
  add(key: string): void;
}

/**
 * Puts every row due (or due within the horizon) on the mail queue, as a job whose id is the
 * row's id: a row already waiting keeps its one job, whichever worker relays it. It reads
 * the database, not Redis, so after Redis lost its data the next run recreates every job.
 * It pages through the whole backlog, a thousand rows at a time; rows in `recent` are passed
 * over (the loop's passes), never when it is absent (a test, a restart).
 * Returns how many rows it relayed.
 */
export async function relayDueEmails(
  prisma: PrismaClient,
  queue: Queue,
  now = new Date(),
  recent?: RecentlyRelayed,
): Promise<number> {
  const dueBefore = new Date(now.getTime() + HORIZON_MS);
  // The cursor's time goes back as PostgreSQL wrote it: a JavaScript Date would drop its
  // microseconds, and a page of rows queued in one transaction (one timestamp) would repeat.
  let after: { at: string; id: string } | null = null;
  let relayed = 0;
  for (let first = true; ; first = false) {
    const page: { organization_id: string; id: string; next_attempt_at: Date; at: string }[] =
      await prisma.$queryRaw`
        SELECT *, next_attempt_at::text AS at
        FROM outbox_due_page(${dueBefore}, ${after?.at ?? null}::timestamptz,
          ${after?.id ?? null}::uuid, ${BATCH}::int)`;
    // A burst: the claims that follow find their rows by primary key only while the table's
    // statistics know how many rows are queued (see outbox_refresh_statistics).
    if (first && page.length >= BURST) {
      await prisma.$queryRaw`SELECT outbox_refresh_statistics()`;
    }
    const key = (row: { id: string; at: string }) => `${row.id} ${row.at}`;
    const fresh = recent ? page.filter((row) => !recent.has(key(row))) : page;
    if (fresh.length > 0) {
      await queue.addBulk(
        fresh.map((row) => ({
          name: sendEmailJob.name,
          data: sendEmailJob.payload.parse({
            organizationId: row.organization_id,
            outboxMessageId: row.id,
          }),
          opts: sendEmailJobOptions(row.id, row.next_attempt_at.getTime() - now.getTime()),
        })),
      );
      for (const row of fresh) recent?.add(key(row));
      relayed += fresh.length;
    }
    const last = page.at(-1);
    if (page.length < BATCH || !last) return relayed;
    after = { at: last.at, id: last.id };
  }
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
            lastError: INTERRUPTED_NOTE,
          },
        });
        return count;
      }),
    );
  }
  if (marked > 0) logger.warn({ marked }, 'interrupted sends marked for review');
  return marked;
}
