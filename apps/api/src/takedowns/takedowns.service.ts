import { Inject, Injectable } from '@nestjs/common';
import {
  LETTER_RECIPIENT,
  LetterType,
  type CreateLetterBody,
  type CreateTakedownBody,
  type TakedownPreviewView,
  type TakedownView,
  type UpdateTakedownBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { AccessService } from '../core/access/access.service';
import { CONFIG } from '../core/config/config';
import type { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Platform, Prisma } from '../generated/prisma/client';
import { requirePlatform } from '../platforms/platforms.service';
import { takedownSettings } from '../templates/templates.service';
import { citedEvidence, renderRequest } from './takedown-notice';
import { ensureTakedownDefaults } from './takedown-defaults';
import { requireLetterAllowed } from './letter-rules';
import {
  lockTakedown,
  peopleOf,
  requireTakedown,
  TAKEDOWN_INCLUDE,
  toTakedownView,
  type TakedownRow,
} from './takedown-views';

/** A platform a new notice may go to: in the directory, not archived, taking this notice. */
function requireUsablePlatform(platform: Platform, noticeType: string): void {
  if (platform.archivedAt)
    throw AppError.validation([
      { in: 'body', field: 'platformId', message: 'This platform is archived in the directory' },
    ]);
  if (platform.noticeTypes.length > 0 && !platform.noticeTypes.includes(noticeType))
    throw AppError.validation([
      {
        in: 'body',
        field: 'noticeType',
        message: `${platform.name} does not take this kind of notice, according to the platform directory`,
      },
    ]);
}

/**
 * Takedown requests on a case, from draft to submission: what is asked of which platform,
 * for which URLs, citing which evidence. Approval and sending are in TakedownSendingService.
 */
@Injectable()
export class TakedownsService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  list(caseId: string): Promise<{ items: TakedownView[] }> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const rows = await tx.takedownRequest.findMany({
        where: { caseId },
        include: TAKEDOWN_INCLUDE,
        orderBy: { createdAt: 'desc' },
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'takedowns' },
      });
      return { items: await this.views(tx, rows) };
    });
  }

  get(caseId: string, takedownId: string): Promise<TakedownView> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      let row = await requireTakedown(tx, caseId, takedownId);
      // Opening the request is what the reply notification asks for.
      if (row.replyUnseen) {
        await tx.takedownRequest.update({ where: { id: row.id }, data: { replyUnseen: false } });
        row = { ...row, replyUnseen: false };
      }
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'takedowns', takedownId },
      });
      return (await this.views(tx, [row]))[0]!;
    });
  }

  create(caseId: string, body: CreateTakedownBody): Promise<TakedownView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      await ensureTakedownDefaults(tx, actor.organizationId);
      const platform = await this.platformFor(tx, body.platformId);
      requireUsablePlatform(platform, body.noticeType);
      await citedEvidence(tx, caseId, body.evidenceIds);
      const created = await tx.takedownRequest.create({
        data: {
          organizationId: actor.organizationId,
          caseId,
          platformId: platform.id,
          noticeType: body.noticeType,
          locale: body.locale,
          elements: body.elements as Prisma.InputJsonObject,
          evidenceIds: body.evidenceIds,
          channel: platform.reportChannel,
          recipientAddress: platform.reportAddress,
          createdById: actor.userId,
        },
      });
      await this.replaceUrls(tx, created.id, body.urls);
      await this.audit.record(tx, {
        action: 'takedown.created',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId: created.id, noticeType: body.noticeType, platformId: platform.id },
      });
      return (await this.views(tx, [await requireTakedown(tx, caseId, created.id)]))[0]!;
    });
  }

  /** A warning or police cover letter as a draft, refused early when it could never be sent. */
  createLetter(caseId: string, body: CreateLetterBody): Promise<TakedownView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      await ensureTakedownDefaults(tx, actor.organizationId);
      await requireLetterAllowed(tx, caseId, body.noticeType);
      await citedEvidence(tx, caseId, body.evidenceIds);
      const created = await tx.takedownRequest.create({
        data: {
          organizationId: actor.organizationId,
          caseId,
          recipientKind: LETTER_RECIPIENT[body.noticeType],
          recipientName: body.recipientName ?? null,
          noticeType: body.noticeType,
          locale: body.locale,
          elements: body.elements as Prisma.InputJsonObject,
          evidenceIds: body.evidenceIds,
          channel: 'EMAIL',
          recipientAddress: body.recipientAddress,
          createdById: actor.userId,
        },
      });
      await this.replaceUrls(tx, created.id, body.urls);
      await this.audit.record(tx, {
        action: 'takedown.created',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId: created.id, noticeType: body.noticeType },
      });
      return (await this.views(tx, [await requireTakedown(tx, caseId, created.id)]))[0]!;
    });
  }

  update(caseId: string, takedownId: string, body: UpdateTakedownBody): Promise<TakedownView> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const existing = await lockTakedown(tx, caseId, takedownId);
      if (existing.status !== 'DRAFT')
        throw new AppError(
          'invalid-transition',
          'Only a draft can be changed: this request was already submitted',
        );
      if (existing.platformId === null) return this.updateLetter(tx, existing, body);
      if (body.recipientAddress !== undefined || body.recipientName !== undefined)
        throw AppError.validation([
          {
            in: 'body',
            field: body.recipientAddress !== undefined ? 'recipientAddress' : 'recipientName',
            message: 'A platform’s address comes from the platform directory',
          },
        ]);
      const noticeType = body.noticeType ?? existing.noticeType;
      const platform = await this.platformFor(tx, body.platformId ?? existing.platformId);
      requireUsablePlatform(platform, noticeType);
      if (body.evidenceIds) await citedEvidence(tx, caseId, body.evidenceIds);
      await tx.takedownRequest.update({
        where: { id: takedownId },
        data: {
          platformId: platform.id,
          noticeType,
          channel: platform.reportChannel,
          recipientAddress: platform.reportAddress,
          ...(body.locale ? { locale: body.locale } : {}),
          ...(body.elements ? { elements: body.elements as Prisma.InputJsonObject } : {}),
          ...(body.evidenceIds ? { evidenceIds: body.evidenceIds } : {}),
          updatedAt: new Date(),
        },
      });
      if (body.urls) {
        await tx.takedownUrl.deleteMany({ where: { requestId: takedownId } });
        await this.replaceUrls(tx, takedownId, body.urls);
      }
      await this.audit.record(tx, {
        action: 'takedown.updated',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId, fields: Object.keys(body) },
      });
      return (await this.views(tx, [await requireTakedown(tx, caseId, takedownId)]))[0]!;
    });
  }

  /** The exact notice: the frozen one once submitted, rendered afresh for a draft. */
  preview(caseId: string, takedownId: string): Promise<TakedownPreviewView> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const row = await requireTakedown(tx, caseId, takedownId);
      const rendered =
        row.subject !== null && row.body !== null
          ? { subject: row.subject, body: row.body }
          : await renderRequest(tx, row, await this.recipientName(tx, row));
      const settings = await takedownSettings(tx, this.config);
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'takedown-preview', takedownId },
      });
      return {
        channel: row.channel as TakedownPreviewView['channel'],
        to: row.recipientAddress,
        // The token is made when the email is sent and kept only as a hash.
        replyTo: row.channel === 'EMAIL' ? `reply+…@${settings.inboundDomain}` : null,
        ...rendered,
      };
    });
  }

  /** Renders and freezes the notice for review; 400 naming a missing required element. */
  submit(caseId: string, takedownId: string): Promise<TakedownView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const row = await lockTakedown(tx, caseId, takedownId);
      if (row.status !== 'DRAFT')
        throw new AppError('invalid-transition', 'This request was already submitted');
      let recipient: { channel: string; recipientAddress: string; name: string };
      if (row.platformId === null) {
        await requireLetterAllowed(tx, caseId, LetterType.parse(row.noticeType));
        recipient = { channel: 'EMAIL', recipientAddress: row.recipientAddress, name: '' };
      } else {
        const platform = await this.platformFor(tx, row.platformId);
        requireUsablePlatform(platform, row.noticeType);
        recipient = {
          channel: platform.reportChannel,
          recipientAddress: platform.reportAddress,
          name: platform.name,
        };
      }
      const rendered = await renderRequest(
        tx,
        row,
        row.platformId === null ? (row.recipientName ?? '') : recipient.name,
      );
      await tx.takedownRequest.update({
        where: { id: takedownId },
        data: {
          status: 'AWAITING_APPROVAL',
          ...rendered,
          channel: recipient.channel,
          recipientAddress: recipient.recipientAddress,
          submittedById: actor.userId,
          submittedAt: new Date(),
          updatedAt: new Date(),
        },
      });
      await this.audit.record(tx, {
        action: 'takedown.submitted',
        targetType: 'case',
        targetId: caseId,
        data: { takedownId },
      });
      return (await this.views(tx, [await requireTakedown(tx, caseId, takedownId)]))[0]!;
    });
  }

  /** A letter's draft: its recipient, language, URLs, evidence and elements; never its kind. */
  private async updateLetter(
    tx: Tx,
    existing: TakedownRow,
    body: UpdateTakedownBody,
  ): Promise<TakedownView> {
    const fixed = (['platformId', 'noticeType'] as const).filter(
      (field) => body[field] !== undefined && body[field] !== existing[field],
    );
    if (fixed.length > 0)
      throw AppError.validation(
        fixed.map((field) => ({
          in: 'body' as const,
          field,
          message: 'A letter keeps its kind and recipient: start another one instead',
        })),
      );
    if (body.evidenceIds) await citedEvidence(tx, existing.caseId, body.evidenceIds);
    await tx.takedownRequest.update({
      where: { id: existing.id },
      data: {
        ...(body.recipientAddress ? { recipientAddress: body.recipientAddress } : {}),
        ...(body.recipientName !== undefined ? { recipientName: body.recipientName } : {}),
        ...(body.locale ? { locale: body.locale } : {}),
        ...(body.elements ? { elements: body.elements as Prisma.InputJsonObject } : {}),
        ...(body.evidenceIds ? { evidenceIds: body.evidenceIds } : {}),
        updatedAt: new Date(),
      },
    });
    if (body.urls) {
      await tx.takedownUrl.deleteMany({ where: { requestId: existing.id } });
      await this.replaceUrls(tx, existing.id, body.urls);
    }
    await this.audit.record(tx, {
      action: 'takedown.updated',
      targetType: 'case',
      targetId: existing.caseId,
      data: { takedownId: existing.id, fields: Object.keys(body) },
    });
    return (await this.views(tx, [await requireTakedown(tx, existing.caseId, existing.id)]))[0]!;
  }

  /** The name a notice greets: the platform's, or what the caseworker called a letter's recipient. */
  private async recipientName(tx: Tx, row: TakedownRow): Promise<string> {
    if (row.platformId === null) return row.recipientName ?? '';
    return (await requirePlatform(tx, row.platformId)).name;
  }

  private async platformFor(tx: Tx, platformId: string): Promise<Platform> {
    const platform = await tx.platform.findUnique({ where: { id: platformId } });
    if (!platform)
      throw AppError.validation([
        { in: 'body', field: 'platformId', message: 'Choose a platform of the directory' },
      ]);
    return platform;
  }

  private async replaceUrls(tx: Tx, requestId: string, urls: string[]): Promise<void> {
    if (urls.length === 0) return;
    await tx.takedownUrl.createMany({
      data: urls.map((url, position) => ({
        organizationId: RequestContext.organizationId(),
        requestId,
        position,
        url,
      })),
    });
  }

  async views(tx: Tx, rows: TakedownRow[]): Promise<TakedownView[]> {
    return takedownViews(tx, rows, this.access, this.config);
  }
}

/** Views of requests, with who acted and whether the signed-in member may approve each. */
export async function takedownViews(
  tx: Tx,
  rows: TakedownRow[],
  access: AccessService,
  config: AppConfig,
): Promise<TakedownView[]> {
  if (rows.length === 0) return [];
  const actor = RequestContext.requireActor();
  const people = await peopleOf(tx, rows);
  const platformIds = rows.flatMap((row) => (row.platformId ? [row.platformId] : []));
  const platforms = await tx.platform.findMany({
    where: { id: { in: [...new Set(platformIds)] } },
    select: { id: true, name: true },
  });
  const names = new Map(platforms.map((platform) => [platform.id, platform]));
  const { fourEyes } = await takedownSettings(tx, config);
  const mayApprove = access.can(actor, 'takedowns.approve');
  return rows.map((row) =>
    toTakedownView(
      row,
      row.platformId ? (names.get(row.platformId) ?? { id: row.platformId, name: '' }) : null,
      people,
      mayApprove &&
        row.status === 'AWAITING_APPROVAL' &&
        row.approvedAt === null &&
        !(fourEyes && isAuthor(row, actor.userId)),
    ),
  );
}

/** Whether this member wrote or submitted the request: four-eyes asks someone else. */
export function isAuthor(
  row: { createdById: string | null; submittedById: string | null },
  userId: string,
): boolean {
  return row.createdById === userId || row.submittedById === userId;
}
