import type { Logger } from 'pino';
import type { AppConfig } from '../../core/config/config.schema';
import { KeyedBatcher } from '../../core/batching/keyed-batcher';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import type { PrismaClient } from '../../generated/prisma/client';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import type { Allowance, DomainRateLimit } from '../sending/domain-rate-limit';
import { sendRaw, type MailTransport, type SendOutcome } from '../sending/smtp-transport';
import { INTERRUPTED_NOTE, OUTBOX_FIELD } from './outbox-fields';
import { openMessage, sealMessage, type SealedMessage } from './seal-message';

export interface OutboxSenderDeps {
  config: Pick<AppConfig, 'MAIL_MAX_ATTEMPTS'>;
  prisma: PrismaClient;
  keys: OrganizationKeysService;
  transport: MailTransport;
  rateLimit: DomainRateLimit;
  logger: Logger;
}

/** What became of one job for one row. */
export type SendResult =
  | 'sent'
  | 'retry'
  | 'failed'
  | 'needs-review'
  /** The row was found mid-send: an earlier attempt was cut off, so it now waits for a person. */
  | 'interrupted'
  /** Over a recipient domain's allowance: postponed, not attempted. */
  | 'deferred'
  /** Already settled, not due yet, or gone: nothing to do. */
  | 'skipped';

/**
 * Sends that arrive within BATCH_WAIT_MS of each other share their claim's transaction, and
 * outcomes their record's: two commits for up to BATCH_MAX emails instead of two for each.
 * A worker killed between the claim's commit and the sends leaves at most one batch of rows
 * SENDING, marked for review, never resent on their own.
 */
const BATCH_MAX = 64;
const BATCH_WAIT_MS = 10;

/** 1 min, 2, 4... capped at 1 h, with up to 20% jitter so retries of a burst spread out. */
export function retryDelayMs(attempt: number): number {
  const base = Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return base + Math.floor(Math.random() * base * 0.2);
}

interface ClaimRequest {
  id: string;
  now: Date;
}

interface Outcome {
  id: string;
  attempt: number;
  outcome: SendOutcome;
}

/** A claimed row, ready to hand over: its envelope and its message's exact bytes. */
interface Claimed {
  attempt: number;
  from: string;
  recipients: string[];
  raw: Buffer;
  messageId: string;
}

/** What the claim reads of each row it takes: no more than sending needs. */
interface ClaimedRow {
  id: string;
  organization_id: string;
  attempts: number;
  next_attempt_at: Date;
  recipient_domains: string[];
  from_address: string;
  message_id: string;
  to_sealed: Uint8Array;
  cc_sealed: Uint8Array | null;
  eml_sealed: Uint8Array | null;
}

/**
 * Sends one outbox row exactly once. The claim (QUEUED -> SENDING) commits before the SMTP
 * exchange starts, and the outcome commits after it; a process that dies in between leaves
 * the row SENDING, which the next claim or the sweep turns into NEEDS_REVIEW, never into a
 * second send.
 */
export class OutboxSender {
  private readonly claims = new KeyedBatcher<ClaimRequest, Claimed | SendResult>(
    // One transaction: outbox_claim sets its tenant, and rows over an allowance are given back
    // before anyone could see them claimed.
    (organizationId, requests) =>
      RequestContext.runAsTenant(organizationId, () =>
        this.deps.prisma.$transaction((tx) => this.claimBatch(tx, organizationId, requests)),
      ),
    { maxItems: BATCH_MAX, waitMs: BATCH_WAIT_MS },
  );

  private readonly outcomes = new KeyedBatcher<Outcome, SendResult>(
    // The outcome's commit need not wait for the disk: were it lost in a crash, the rows
    // would stay SENDING and be marked for review, never sent again. The claim's does wait.
    // A batch all accepted (the usual one) is one statement, outbox_record_sent, in a
    // transaction of its own.
    async (organizationId, outcomes) => {
      const sent = outcomes.filter((outcome) => outcome.outcome.kind === 'sent');
      if (sent.length === outcomes.length) {
        await this.recordSent(this.deps.prisma, organizationId, sent);
        return outcomes.map((): SendResult => 'sent');
      }
      return this.inTenant(organizationId, async (tx) => {
        await tx.$executeRaw`SET LOCAL synchronous_commit TO OFF`;
        await this.recordSent(tx, organizationId, sent);
        const results: SendResult[] = [];
        for (const outcome of outcomes) {
          results.push(outcome.outcome.kind === 'sent' ? 'sent' : await this.settle(tx, outcome));
        }
        return results;
      });
    },
    { maxItems: BATCH_MAX, waitMs: BATCH_WAIT_MS },
  );

  constructor(private readonly deps: OutboxSenderDeps) {}

  private inTenant<T>(organizationId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return RequestContext.runAsTenant(organizationId, () =>
      this.deps.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
        return fn(tx);
      }),
    );
  }

  async send(organizationId: string, id: string, now = new Date()): Promise<SendResult> {
    const claim = await this.claims.add(organizationId, { id, now });
    if (typeof claim === 'string') return claim;
    const outcome = await sendRaw(
      this.deps.transport,
      { from: claim.from, to: claim.recipients },
      claim.raw,
      claim.messageId,
    );
    return this.outcomes.add(organizationId, { id, attempt: claim.attempt, outcome });
  }

  /**
   * Claims the due rows of one batch in one statement (QUEUED -> SENDING); the row locks
   * make a concurrent claim of the same row wait, then find it SENDING. A row found SENDING
   * here was cut off mid-send by an earlier attempt and goes to a person instead.
   */
  private async claimBatch(
    tx: Tx,
    organizationId: string,
    requests: ClaimRequest[],
  ): Promise<(Claimed | SendResult)[]> {
    const ids = [...new Set(requests.map((request) => request.id))];
    const latest = Math.max(...requests.map((request) => request.now.getTime()));
    const claimed = await tx.$queryRaw<ClaimedRow[]>`
      SELECT * FROM outbox_claim(${organizationId}::uuid, ${ids}::uuid[],
        ${new Date(latest + 1_000)}, ${new Date()})`;
    const byId = new Map(claimed.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    const interrupted = missing.length
      ? new Set(
          (
            await tx.outboxMessage.updateManyAndReturn({
              where: { id: { in: missing }, status: 'SENDING' },
              data: { status: 'NEEDS_REVIEW', lastError: INTERRUPTED_NOTE },
              select: { id: true },
            })
          ).map((row) => row.id),
        )
      : new Set<string>();
    for (const id of interrupted) {
      this.deps.logger.warn({ outboxMessageId: id }, 'interrupted send marked for review');
    }
    // Each row once (the same row asked for twice in one batch is sent once; the other call
    // has nothing to do), and only rows due by the time their own caller gave.
    const first = new Map<string, ClaimRequest>();
    for (const request of requests) if (!first.has(request.id)) first.set(request.id, request);
    const due = claimed.filter(
      (row) => row.next_attempt_at.getTime() <= first.get(row.id)!.now.getTime() + 1_000,
    );
    const allowances = await this.deps.rateLimit.takeEach(due.map((row) => row.recipient_domains));
    const allowanceOf = new Map(due.map((row, index) => [row.id, allowances[index]!]));
    const prepared = new Map<string, Claimed | SendResult>();
    for (const row of claimed) {
      prepared.set(row.id, await this.prepare(tx, row, allowanceOf.get(row.id)));
    }
    return requests.map((request) => {
      const outcome = prepared.get(request.id);
      if (outcome === undefined) return interrupted.has(request.id) ? 'interrupted' : 'skipped';
      if (first.get(request.id) !== request) return 'skipped';
      return outcome;
    });
  }

  /**
   * Opens the envelope and the message of one claimed row, or gives the row back: not due
   * yet for its caller (no allowance asked), or over a recipient domain's allowance.
   */
  private async prepare(
    tx: Tx,
    row: ClaimedRow,
    allowance: Allowance | undefined,
  ): Promise<Claimed | SendResult> {
    const id = row.id;
    if (!allowance?.ok) {
      // Given back unattempted, in the same transaction: nobody saw it claimed.
      await tx.outboxMessage.update({
        where: { id },
        data: {
          status: 'QUEUED',
          attempts: row.attempts - 1,
          sendingSince: null,
          nextAttemptAt: allowance ? allowance.retryAt : row.next_attempt_at,
        },
      });
      return allowance ? 'deferred' : 'skipped';
    }
    const { keys } = this.deps;
    const to = JSON.parse(await keys.decrypt(tx, OUTBOX_FIELD.to, id, row.to_sealed)) as string[];
    const cc = row.cc_sealed
      ? (JSON.parse(await keys.decrypt(tx, OUTBOX_FIELD.cc, id, row.cc_sealed)) as string[])
      : [];
    const raw = row.eml_sealed
      ? await openMessage(tx, keys, id, row.eml_sealed)
      : await this.composeLegacy(tx, row.organization_id, id);
    return {
      attempt: row.attempts,
      from: row.from_address,
      recipients: [...to, ...cc],
      raw,
      messageId: row.message_id,
    };
  }

  /**
   * A row queued before messages were composed at queueing has only its parts: its message
   * is composed now, once, and kept on the row (a database trigger refuses a second write),
   * so a retry or a resend hands over these same bytes.
   */
  private async composeLegacy(tx: Tx, organizationId: string, id: string): Promise<Buffer> {
    const row = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
    const { keys } = this.deps;
    const open = (field: string, sealed: Uint8Array) => keys.decrypt(tx, field, id, sealed);
    const message: SealedMessage = await sealMessage(
      tx,
      keys,
      id,
      await tx.mailSettings.findUnique({ where: { organizationId } }),
      {
        from: row.fromAddress,
        to: JSON.parse(await open(OUTBOX_FIELD.to, row.toSealed)) as string[],
        cc: row.ccSealed ? (JSON.parse(await open(OUTBOX_FIELD.cc, row.ccSealed)) as string[]) : [],
        replyTo: row.replyToSealed
          ? await open(OUTBOX_FIELD.replyTo, row.replyToSealed)
          : undefined,
        subject: await open(OUTBOX_FIELD.subject, row.subjectSealed),
        text: await open(OUTBOX_FIELD.text, row.textSealed),
        html: row.htmlSealed ? await open(OUTBOX_FIELD.html, row.htmlSealed) : undefined,
        headers: row.headers as Record<string, string>,
        messageId: row.messageId,
      },
    );
    await tx.outboxMessage.update({ where: { id }, data: message });
    return openMessage(tx, keys, id, message.emlSealed);
  }

  /**
   * Records the accepted emails of a batch in one statement (outbox_record_sent), with the
   * server's answer; the exact bytes sent are the row's composed message, kept since it was
   * queued. Only each claim's own row: a row a sweep meanwhile marked for review still records
   * what really happened, and one claimed again since is not overwritten.
   */
  private async recordSent(
    db: Pick<Tx, '$queryRaw'>,
    organizationId: string,
    sent: Outcome[],
  ): Promise<void> {
    if (sent.length === 0) return;
    const ids = sent.map((item) => item.id);
    const attempts = sent.map((item) => item.attempt);
    const responses = sent.map((item) =>
      item.outcome.kind === 'sent' ? item.outcome.response : '',
    );
    await db.$queryRaw`
      SELECT outbox_record_sent(${organizationId}::uuid, ${ids}::uuid[], ${attempts}::int[],
        ${responses}::text[])`;
  }

  /** Records an email not accepted: retried later, failed, or left for a person. */
  private async settle(tx: Tx, { id, attempt, outcome }: Outcome): Promise<SendResult> {
    // Only this claim's row: a row a sweep meanwhile marked for review still records what
    // really happened, and one claimed again since is not overwritten.
    const mine = { id, attempts: attempt, status: { in: ['SENDING', 'NEEDS_REVIEW'] } };
    const now = new Date();
    switch (outcome.kind) {
      case 'sent':
        throw new Error('accepted emails are recorded by recordSent');
      case 'retry': {
        const giveUp = attempt >= this.deps.config.MAIL_MAX_ATTEMPTS;
        await tx.outboxMessage.updateMany({
          where: { ...mine, status: 'SENDING' },
          data: giveUp
            ? {
                status: 'FAILED',
                failedAt: now,
                lastError: outcome.response,
                smtpResponse: outcome.response,
              }
            : {
                status: 'QUEUED',
                sendingSince: null,
                nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)),
                lastError: outcome.response,
              },
        });
        return giveUp ? 'failed' : 'retry';
      }
      case 'failed':
        await tx.outboxMessage.updateMany({
          where: { ...mine, status: 'SENDING' },
          data: {
            status: 'FAILED',
            failedAt: now,
            lastError: outcome.response,
            smtpResponse: outcome.response,
          },
        });
        return 'failed';
      case 'uncertain':
        await tx.outboxMessage.updateMany({
          where: { ...mine, status: 'SENDING' },
          data: { status: 'NEEDS_REVIEW', lastError: outcome.response },
        });
        return 'needs-review';
    }
  }
}
