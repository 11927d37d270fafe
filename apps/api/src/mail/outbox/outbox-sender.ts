import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import type { MailSettings, PrismaClient } from '../../generated/prisma/client';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { composeMessage, type DkimKey } from '../sending/compose-message';
import type { DomainRateLimit } from '../sending/domain-rate-limit';
import { sendRaw, type MailTransport, type SendOutcome } from '../sending/smtp-transport';
import { OUTBOX_FIELD } from './outbox-fields';
import { MAIL_SETTINGS_FIELD } from './mail-settings-fields';

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

/** A change of From address or DKIM key reaches the worker within this time. */
const SETTINGS_TTL_MS = 30_000;

const INTERRUPTED =
  'The send was interrupted before its outcome was recorded; the email may or may not have left.';

/** 1 min, 2, 4... capped at 1 h, with up to 20% jitter so retries of a burst spread out. */
export function retryDelayMs(attempt: number): number {
  const base = Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return base + Math.floor(Math.random() * base * 0.2);
}

interface Claimed {
  attempt: number;
  from: string;
  fromName?: string;
  to: string[];
  cc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  messageId: string;
  dkim?: DkimKey;
}

/**
 * Sends one outbox row exactly once. The claim (QUEUED -> SENDING) commits before the SMTP
 * exchange starts, and the outcome commits after it; a process that dies in between leaves
 * the row SENDING, which the next claim or the sweep turns into NEEDS_REVIEW, never into a
 * second send.
 */
export class OutboxSender {
  /** Each organisation's sending identity, read at most every SETTINGS_TTL_MS: only a cache. */
  private readonly settingsCache = new Map<string, { at: number; row: MailSettings | null }>();

  constructor(private readonly deps: OutboxSenderDeps) {}

  private async settings(tx: Tx, organizationId: string): Promise<MailSettings | null> {
    const cached = this.settingsCache.get(organizationId);
    if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.row;
    const row = await tx.mailSettings.findUnique({ where: { organizationId } });
    this.settingsCache.set(organizationId, { at: Date.now(), row });
    return row;
  }

  private inTenant<T>(organizationId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return RequestContext.runAsTenant(organizationId, () =>
      this.deps.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
        return fn(tx);
      }),
    );
  }

  async send(organizationId: string, id: string, now = new Date()): Promise<SendResult> {
    const claim = await this.inTenant(organizationId, (tx) => this.claim(tx, id, now));
    if (typeof claim === 'string') return claim;
    const date = new Date();
    const raw = await composeMessage(
      {
        from: claim.from,
        fromName: claim.fromName,
        to: claim.to,
        cc: claim.cc,
        replyTo: claim.replyTo,
        subject: claim.subject,
        text: claim.text,
        html: claim.html,
        headers: claim.headers,
        messageId: claim.messageId,
        date,
      },
      claim.dkim,
    );
    const outcome = await sendRaw(
      this.deps.transport,
      { from: claim.from, to: [...claim.to, ...claim.cc] },
      raw,
    );
    // The outcome's commit need not wait for the disk: were it lost in a crash, the row would
    // stay SENDING and be marked for review, never sent again. The claim's commit does wait.
    return this.inTenant(organizationId, async (tx) => {
      await tx.$executeRaw`SET LOCAL synchronous_commit TO OFF`;
      return this.settle(tx, id, claim.attempt, outcome, raw);
    });
  }

  private async claim(tx: Tx, id: string, now: Date): Promise<Claimed | SendResult> {
    // One statement claims a due row; the row lock makes a concurrent claim of the same row
    // wait, then find it SENDING.
    const [row] = await tx.outboxMessage.updateManyAndReturn({
      where: { id, status: 'QUEUED', nextAttemptAt: { lte: new Date(now.getTime() + 1_000) } },
      data: { status: 'SENDING', attempts: { increment: 1 }, sendingSince: new Date() },
    });
    if (!row) {
      const { count } = await tx.outboxMessage.updateMany({
        where: { id, status: 'SENDING' },
        data: { status: 'NEEDS_REVIEW', lastError: INTERRUPTED },
      });
      if (count === 0) return 'skipped';
      this.deps.logger.warn({ outboxMessageId: id }, 'interrupted send marked for review');
      return 'interrupted';
    }
    const allowance = await this.deps.rateLimit.take(row.recipientDomains);
    if (!allowance.ok) {
      // Given back unattempted, in the same transaction: nobody saw it claimed.
      await tx.outboxMessage.update({
        where: { id },
        data: {
          status: 'QUEUED',
          attempts: row.attempts - 1,
          sendingSince: null,
          nextAttemptAt: allowance.retryAt,
        },
      });
      return 'deferred';
    }
    const attempt = row.attempts;
    const open = (field: string, sealed: Uint8Array) =>
      this.deps.keys.decrypt(tx, field, id, sealed);
    const settings = await this.settings(tx, row.organizationId);
    const dkim =
      settings?.dkimDomain && settings.dkimSelector && settings.dkimPrivateKeySealed
        ? {
            domain: settings.dkimDomain,
            selector: settings.dkimSelector,
            privateKey: await this.deps.keys.decrypt(
              tx,
              MAIL_SETTINGS_FIELD.dkimPrivateKey,
              row.organizationId,
              settings.dkimPrivateKeySealed,
            ),
          }
        : undefined;
    return {
      attempt,
      from: row.fromAddress,
      fromName: settings?.fromName ?? undefined,
      to: JSON.parse(await open(OUTBOX_FIELD.to, row.toSealed)) as string[],
      cc: row.ccSealed ? (JSON.parse(await open(OUTBOX_FIELD.cc, row.ccSealed)) as string[]) : [],
      replyTo: row.replyToSealed ? await open(OUTBOX_FIELD.replyTo, row.replyToSealed) : undefined,
      subject: await open(OUTBOX_FIELD.subject, row.subjectSealed),
      text: await open(OUTBOX_FIELD.text, row.textSealed),
      html: row.htmlSealed ? await open(OUTBOX_FIELD.html, row.htmlSealed) : undefined,
      headers: row.headers as Record<string, string>,
      messageId: row.messageId,
      dkim,
    };
  }

  private async settle(
    tx: Tx,
    id: string,
    attempt: number,
    outcome: SendOutcome,
    raw: Buffer,
  ): Promise<SendResult> {
    // Only this claim's row: a row a sweep meanwhile marked for review still records what
    // really happened, and one claimed again since is not overwritten.
    const mine = { id, attempts: attempt, status: { in: ['SENDING', 'NEEDS_REVIEW'] } };
    const now = new Date();
    switch (outcome.kind) {
      case 'sent': {
        const sealed = await this.deps.keys.encrypt(
          tx,
          OUTBOX_FIELD.sentEml,
          id,
          raw.toString('base64'),
        );
        await tx.outboxMessage.updateMany({
          where: mine,
          data: {
            status: 'SENT',
            sentAt: now,
            smtpResponse: outcome.response,
            sentEmlSealed: Uint8Array.from(sealed),
            sentEmlSha256: Uint8Array.from(createHash('sha256').update(raw).digest()),
            sentEmlSize: raw.length,
            lastError: null,
          },
        });
        return 'sent';
      }
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
