import { Inject, Injectable } from '@nestjs/common';
import {
  encodeCursor,
  type OutboxItemView,
  type OutboxListQuery,
  type OutboxListView,
  type OutboxMessageView,
  type OutboxStatus,
} from '@cairn/contracts';
import { AuditService } from '../../audit/audit.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { AppError } from '../../core/errors/app-error';
import type { OutboxMessage } from '../../generated/prisma/client';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { INTERRUPTED_NOTE, OUTBOX_CHANNEL, OUTBOX_FIELD, OUTBOX_STATUS } from './outbox-fields';

const iso = (date: Date | null) => date?.toISOString() ?? null;

const nextCursor = (last: { createdAt: Date; id: string } | undefined) =>
  last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null;

/** The admin's view of the outbox: what left, what waits, what failed, and sending again. */
@Injectable()
export class OutboxAdminService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly keys: OrganizationKeysService,
    private readonly audit: AuditService,
  ) {}

  private async item(tx: Tx, row: OutboxMessage): Promise<OutboxItemView> {
    return {
      id: row.id,
      status: row.status as OutboxStatus,
      to: JSON.parse(
        await this.keys.decrypt(tx, OUTBOX_FIELD.to, row.id, row.toSealed),
      ) as string[],
      subject: await this.keys.decrypt(tx, OUTBOX_FIELD.subject, row.id, row.subjectSealed),
      messageId: row.messageId,
      caseId: row.caseId,
      source: row.sourceKind && row.sourceId ? { kind: row.sourceKind, id: row.sourceId } : null,
      createdAt: row.createdAt.toISOString(),
      attempts: row.attempts,
      nextAttemptAt: row.status === 'QUEUED' ? row.nextAttemptAt.toISOString() : null,
      sentAt: iso(row.sentAt),
      failedAt: iso(row.failedAt),
      // Cairn's own note on an interrupted send is no server's answer: the page words it.
      lastError: row.lastError === INTERRUPTED_NOTE ? null : row.lastError,
      interrupted: row.status === 'NEEDS_REVIEW' && row.lastError === INTERRUPTED_NOTE,
      smtpResponse: row.smtpResponse,
      resentAt: iso(row.resentAt),
    };
  }

  list(query: OutboxListQuery): Promise<OutboxListView> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.outboxMessage.findMany({
        where: {
          status: query.status,
          ...(query.cursor && {
            OR: [
              { createdAt: { lt: new Date(query.cursor.at) } },
              { createdAt: new Date(query.cursor.at), id: { lt: query.cursor.id } },
            ],
          }),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const grouped = await tx.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
      const counts = Object.fromEntries(OUTBOX_STATUS.map((status) => [status, 0])) as Record<
        OutboxStatus,
        number
      >;
      for (const group of grouped) counts[group.status as OutboxStatus] = group._count._all;
      const items: OutboxItemView[] = [];
      for (const row of page) items.push(await this.item(tx, row));
      // Recipients and subjects can name the people of a case: who looked is on record.
      await this.audit.record(tx, {
        action: 'mail.outbox.listed',
        data: { status: query.status ?? null, shown: items.length },
      });
      return {
        items,
        nextCursor: nextCursor(rows.length > query.limit ? page.at(-1) : undefined),
        counts,
        mailConfigured: Boolean(this.config.SMTP_URL),
      };
    });
  }

  get(id: string): Promise<OutboxMessageView> {
    return this.db.transaction(async (tx) => {
      const row = await tx.outboxMessage.findUnique({ where: { id } });
      if (!row) throw AppError.notFound('email');
      const open = (field: string, sealed: Uint8Array) =>
        this.keys.decrypt(tx, field, row.id, sealed);
      // The message is composed when queued; it counts as sent once handed to a server (or
      // possibly handed over, for a send cut off and waiting for review).
      const handedOver =
        row.emlSha256 !== null && (row.status === 'SENT' || row.status === 'NEEDS_REVIEW');
      const view: OutboxMessageView = {
        ...(await this.item(tx, row)),
        from: row.fromAddress,
        cc: row.ccSealed ? (JSON.parse(await open(OUTBOX_FIELD.cc, row.ccSealed)) as string[]) : [],
        replyTo: row.replyToSealed ? await open(OUTBOX_FIELD.replyTo, row.replyToSealed) : null,
        text: await open(OUTBOX_FIELD.text, row.textSealed),
        sentSha256: handedOver ? Buffer.from(row.emlSha256!).toString('hex') : null,
        sentSize: handedOver ? row.emlSize : null,
      };
      await this.audit.record(tx, {
        action: 'mail.outbox.viewed',
        targetType: 'outbox_message',
        targetId: id,
      });
      return view;
    });
  }

  /**
   * Queues a failed email, or one marked for review, again. The Message-ID stays, so a
   * recipient who did get the first one can tell the two are one message. A person's act,
   * on record: the worker never does this by itself.
   */
  resend(id: string): Promise<OutboxItemView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM outbox_message WHERE id = ${id}::uuid FOR UPDATE`;
      if (!locked) throw AppError.notFound('email');
      if (locked.status !== 'FAILED' && locked.status !== 'NEEDS_REVIEW') {
        throw new AppError(
          'conflict',
          'Only an email that failed, or one marked for review, can be sent again',
        );
      }
      const row = await tx.outboxMessage.update({
        where: { id },
        data: {
          status: 'QUEUED',
          attempts: 0,
          nextAttemptAt: new Date(),
          sendingSince: null,
          failedAt: null,
          resentById: actor.userId,
          resentAt: new Date(),
        },
      });
      await this.audit.record(tx, {
        action: 'mail.outbox.resent',
        targetType: 'outbox_message',
        targetId: id,
        data: { previousStatus: locked.status },
      });
      await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
      return this.item(tx, row);
    });
  }
}
