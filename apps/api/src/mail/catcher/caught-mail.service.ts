import { Injectable } from '@nestjs/common';
import {
  encodeCursor,
  type CaughtMailItemView,
  type CaughtMailListQuery,
  type CaughtMailView,
} from '@cairn/contracts';
import { simpleParser } from 'mailparser';
import { AuditService } from '../../audit/audit.service';
import type { Tx } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { AppError } from '../../core/errors/app-error';
import type { CaughtMail } from '../../generated/prisma/client';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { CAUGHT_MAIL_FIELD } from './caught-mail-fields';

interface Opened {
  item: CaughtMailItemView;
  headers: string;
  text: string;
}

/** What the local mail catcher received for the organisation, for its admins to read. */
@Injectable()
export class CaughtMailService {
  constructor(
    private readonly db: TenantDb,
    private readonly keys: OrganizationKeysService,
    private readonly audit: AuditService,
  ) {}

  private async open(tx: Tx, row: CaughtMail): Promise<Opened> {
    const envelope = JSON.parse(
      await this.keys.decrypt(tx, CAUGHT_MAIL_FIELD.envelope, row.id, row.envelopeSealed),
    ) as { mailFrom: string; rcptTo: string[] };
    const raw = Buffer.from(
      await this.keys.decrypt(tx, CAUGHT_MAIL_FIELD.raw, row.id, row.rawSealed),
      'base64',
    );
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
    return {
      item: {
        id: row.id,
        receivedAt: row.receivedAt.toISOString(),
        from: parsed.from?.text ?? envelope.mailFrom,
        to: envelope.rcptTo,
        subject: parsed.subject ?? '',
        outboxMessageId: row.outboxMessageId,
        size: row.sizeBytes,
      },
      headers: parsed.headerLines.map((header) => header.line).join('\n'),
      text: parsed.text ?? '',
    };
  }

  list(
    query: CaughtMailListQuery,
  ): Promise<{ items: CaughtMailItemView[]; nextCursor: string | null }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.caughtMail.findMany({
        where: query.cursor && {
          OR: [
            { receivedAt: { lt: new Date(query.cursor.at) } },
            { receivedAt: new Date(query.cursor.at), id: { lt: query.cursor.id } },
          ],
        },
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const items: CaughtMailItemView[] = [];
      for (const row of page) items.push((await this.open(tx, row)).item);
      await this.audit.record(tx, { action: 'mail.catcher.listed', data: { shown: items.length } });
      return {
        items,
        nextCursor:
          rows.length > query.limit && page.at(-1)
            ? encodeCursor({ at: page.at(-1)!.receivedAt.toISOString(), id: page.at(-1)!.id })
            : null,
      };
    });
  }

  get(id: string): Promise<CaughtMailView> {
    return this.db.transaction(async (tx) => {
      const row = await tx.caughtMail.findUnique({ where: { id } });
      if (!row) throw AppError.notFound('message');
      const opened = await this.open(tx, row);
      await this.audit.record(tx, {
        action: 'mail.catcher.viewed',
        targetType: 'caught_mail',
        targetId: id,
      });
      return {
        ...opened.item,
        headers: opened.headers,
        text: opened.text,
        sha256: Buffer.from(row.rawSha256).toString('hex'),
      };
    });
  }
}
