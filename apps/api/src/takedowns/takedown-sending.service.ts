import { Inject, Injectable } from '@nestjs/common';
import {
  LetterType,
  type RecordTakedownOutcomeBody,
  type TakedownStatus,
  type TakedownView,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { activeConsent } from '../cases/consents.service';
import { AccessService } from '../core/access/access.service';
import { CONFIG } from '../core/config/config';
import type { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Platform } from '../generated/prisma/client';
import { enqueueEmail } from '../mail/outbox/enqueue-email';
import { requirePlatform } from '../platforms/platforms.service';
import { recordSentWarning } from '../contacts/one-warning';
import { takedownSettings } from '../templates/templates.service';
import { issueReplyAddress } from './issue-reply-address';
import { requireLetterAllowed } from './letter-rules';
import { lockTakedown, type TakedownRow } from './takedown-views';
import { isAuthor, takedownViews } from './takedowns.service';

const RECIPIENT_KIND: Record<string, string> = {
  SOCIAL_NETWORK: 'PLATFORM',
  SEARCH_ENGINE: 'SEARCH_ENGINE',
  HOST: 'WEBSITE_HOST',
  REGISTRAR: 'OTHER',
  OTHER: 'OTHER',
};

const FINAL: readonly TakedownStatus[] = ['REMOVED', 'PARTLY_REMOVED', 'REFUSED', 'NO_RESPONSE'];
const OUT: readonly TakedownStatus[] = ['SENT', 'ACKNOWLEDGED', ...FINAL];
/** Nothing is removed by a letter: its recipient answers, or does not. */
const LETTER_OUTCOMES: readonly TakedownStatus[] = ['ACKNOWLEDGED', 'NO_RESPONSE'];

/**
 * Approving and sending takedown requests, and recording what platforms did. An email
 * notice is queued in the outbox in the transaction that approves it, with the case's
 * contact-log entry, so the three commit together or not at all.
 */
@Injectable()
export class TakedownSendingService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  approve(caseId: string, takedownId: string): Promise<TakedownView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const row = await lockTakedown(tx, caseId, takedownId);
      if (row.status !== 'AWAITING_APPROVAL' || row.approvedAt)
        throw new AppError(
          'invalid-transition',
          row.status === 'DRAFT'
            ? 'Submit the request for approval first'
            : 'This request was already approved',
        );
      const { fourEyes } = await takedownSettings(tx, this.config);
      if (fourEyes && isAuthor(row, actor.userId))
        throw new AppError(
          'forbidden',
          'Your organisation asks a second person to approve takedown requests: someone other than its author must approve it',
        );
      const now = new Date();
      if (row.platformId === null) {
        // A letter: the rules it was drafted under are checked again as it leaves.
        await requireLetterAllowed(tx, caseId, LetterType.parse(row.noticeType));
        const contactId = await this.logLetter(tx, row, now);
        await this.sendEmail(tx, row, contactId, now);
      } else if (row.channel === 'EMAIL') {
        await this.requireConsent(tx, caseId);
        const platform = await requirePlatform(tx, row.platformId);
        const contactId = await this.logContact(tx, row, platform, 'EMAIL', now);
        await this.sendEmail(tx, row, contactId, now);
      } else {
        await this.requireConsent(tx, caseId);
        // A web form cannot be filled from here: the notice is ready to paste, and the
        // request is sent once a caseworker records that they submitted it.
        await tx.takedownRequest.update({
          where: { id: row.id },
          data: { approvedById: actor.userId, approvedAt: now, updatedAt: now },
        });
      }
      await this.audit.record(tx, {
        action: row.channel === 'EMAIL' ? 'takedown.sent' : 'takedown.approved',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId, channel: row.channel, platformId: row.platformId },
      });
      return this.view(tx, caseId, takedownId);
    });
  }

  /** A web-form notice was pasted into the platform's form: the request is out. */
  recordSubmission(caseId: string, takedownId: string): Promise<TakedownView> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const row = await lockTakedown(tx, caseId, takedownId);
      if (row.channel !== 'WEB_FORM')
        throw new AppError('invalid-transition', 'This request goes by email, not by a web form');
      if (row.status !== 'AWAITING_APPROVAL' || !row.approvedAt)
        throw new AppError(
          'invalid-transition',
          row.status === 'AWAITING_APPROVAL' || row.status === 'DRAFT'
            ? 'The request must be approved before it is submitted'
            : 'This request was already submitted',
        );
      await this.requireConsent(tx, caseId);
      const platform = await requirePlatform(tx, row.platformId!);
      const now = new Date();
      const contactId = await this.logContact(tx, row, platform, 'WEB_FORM', now);
      await tx.takedownRequest.update({
        where: { id: row.id },
        data: { status: 'SENT', sentAt: now, contactId, updatedAt: now },
      });
      await this.audit.record(tx, {
        action: 'takedown.sent',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId, channel: 'WEB_FORM', platformId: row.platformId },
      });
      return this.view(tx, caseId, takedownId);
    });
  }

  recordOutcome(
    caseId: string,
    takedownId: string,
    body: RecordTakedownOutcomeBody,
  ): Promise<TakedownView> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const row = await lockTakedown(tx, caseId, takedownId);
      if (!OUT.includes(row.status as TakedownStatus))
        throw new AppError(
          'invalid-transition',
          'An outcome can be recorded once the request has been sent',
        );
      if (body.status === 'ACKNOWLEDGED' && FINAL.includes(row.status as TakedownStatus))
        throw new AppError(
          'invalid-transition',
          'This request already has its outcome; choose another outcome to correct it',
        );
      if (row.platformId === null && body.status && !LETTER_OUTCOMES.includes(body.status))
        throw AppError.validation([
          {
            in: 'body',
            field: 'status',
            message: 'A letter is answered or not: record ACKNOWLEDGED or NO_RESPONSE',
          },
        ]);
      const known = new Set(row.urls.map((url) => url.id));
      const unknown = (body.urls ?? []).find((url) => !known.has(url.id));
      if (unknown)
        throw AppError.validation([
          { in: 'body', field: 'urls', message: 'Give outcomes only for the URLs of this request' },
        ]);
      const now = new Date();
      for (const url of body.urls ?? [])
        await tx.takedownUrl.update({ where: { id: url.id }, data: { outcome: url.outcome } });
      const status = body.status ?? row.status;
      await tx.takedownRequest.update({
        where: { id: row.id },
        data: {
          status,
          ...(body.platformReference !== undefined
            ? { platformReference: body.platformReference }
            : {}),
          ...(body.outcomeNote !== undefined ? { outcomeNote: body.outcomeNote } : {}),
          ...(status !== 'SENT' && !row.acknowledgedAt ? { acknowledgedAt: now } : {}),
          ...(FINAL.includes(status as TakedownStatus) && !row.closedAt ? { closedAt: now } : {}),
          updatedAt: now,
        },
      });
      // The case's contact log keeps the platform's reference and the outcome too.
      if (row.contactId) {
        await tx.caseContact.update({
          where: { id: row.contactId },
          data: {
            ...(body.platformReference !== undefined
              ? { referenceNumber: body.platformReference }
              : {}),
            outcome: status,
          },
        });
      }
      await this.audit.record(tx, {
        action: 'takedown.outcome-recorded',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId, status, fields: Object.keys(body) },
      });
      return this.view(tx, caseId, takedownId);
    });
  }

  /** Sharing with platforms needs the survivor's consent in force: 409 naming it otherwise. */
  private async requireConsent(tx: Tx, caseId: string): Promise<void> {
    if (await activeConsent(tx, caseId, 'SHARE_WITH_PLATFORMS')) return;
    throw new AppError(
      'consent-required',
      "Sending a takedown request shares the case with a platform: record the survivor's consent SHARE_WITH_PLATFORMS first",
      { consent: 'SHARE_WITH_PLATFORMS' },
    );
  }

  /**
   * Queues the request's email with a reply address of its own, in the transaction that
   * approves it and writes its contact-log entry.
   */
  private async sendEmail(tx: Tx, row: TakedownRow, contactId: string, now: Date) {
    const actor = RequestContext.requireActor();
    if (row.subject === null || row.body === null)
      throw new Error(`Takedown request ${row.id} awaits approval without a rendered notice`);
    const email = await enqueueEmail(tx, {
      to: [row.recipientAddress],
      replyTo: await issueReplyAddress(tx, this.config, row),
      subject: row.subject,
      text: row.body,
      caseId: row.caseId,
      source: { kind: 'takedown_request', id: row.id },
      createdBy: actor.userId,
    });
    await tx.takedownRequest.update({
      where: { id: row.id },
      data: {
        status: 'SENT',
        approvedById: actor.userId,
        approvedAt: now,
        sentAt: now,
        outboxMessageId: email.id,
        messageId: email.messageId,
        contactId,
        updatedAt: now,
      },
    });
  }

  /**
   * A letter's contact-log entry: the warning is the case's one WARNING contact, with the
   * letter's text; the police cover letter a report to the police.
   */
  private async logLetter(tx: Tx, row: TakedownRow, now: Date): Promise<string> {
    const actor = RequestContext.requireActor();
    if (row.noticeType === 'WARNING')
      return recordSentWarning(tx, row.caseId, {
        organizationId: actor.organizationId,
        warningText: row.body ?? '',
        method: 'EMAIL',
        contactedAt: now,
        createdById: actor.userId,
      });
    return this.writeReport(tx, row, {
      recipientKind: 'POLICE',
      recipientName: row.recipientName ?? row.recipientAddress,
      method: 'EMAIL',
      now,
    });
  }

  /** The case's contact-log entry for the request, written by the sending itself. */
  private logContact(
    tx: Tx,
    row: TakedownRow,
    platform: Platform,
    method: 'EMAIL' | 'WEB_FORM',
    now: Date,
  ): Promise<string> {
    return this.writeReport(tx, row, {
      recipientKind: RECIPIENT_KIND[platform.kind] ?? 'OTHER',
      recipientName: platform.name,
      method,
      now,
    });
  }

  /** A report entry in the case's contact log, and the case event that shows it. */
  private async writeReport(
    tx: Tx,
    row: TakedownRow,
    report: {
      recipientKind: string;
      recipientName: string;
      method: 'EMAIL' | 'WEB_FORM';
      now: Date;
    },
  ): Promise<string> {
    const actor = RequestContext.requireActor();
    const { recipientKind, recipientName, method, now } = report;
    const contact = await tx.caseContact.create({
      data: {
        organizationId: actor.organizationId,
        caseId: row.caseId,
        kind: 'REPORT',
        recipientKind,
        recipientName,
        method,
        contactedAt: now,
        outcome: 'SENT',
        createdById: actor.userId,
      },
    });
    await recordCaseEvent(tx, row.caseId, 'CONTACT_ADDED', {
      contactId: contact.id,
      kind: 'REPORT',
      recipientKind,
      recipientName,
      takedownId: row.id,
    });
    return contact.id;
  }

  private async view(tx: Tx, caseId: string, takedownId: string): Promise<TakedownView> {
    const row = await lockTakedown(tx, caseId, takedownId);
    return (await takedownViews(tx, [row], this.access, this.config))[0]!;
  }
}
