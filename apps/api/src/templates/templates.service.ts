import { Inject, Injectable } from '@nestjs/common';
import {
  ELEMENT_VALUE,
  REQUIRED_ELEMENTS,
  type NoticeLocale,
  type NoticeType,
  type TakedownSettingsView,
  type TakedownTemplateView,
  type TemplatePreviewView,
  type TemplateText,
  type UpdateTakedownSettingsBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CONFIG } from '../core/config/config';
import type { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { TakedownTemplate } from '../generated/prisma/client';
import { ensureTakedownDefaults } from '../takedowns/takedown-defaults';
import { templateProblems } from './notice-template';
import { exampleNoticeData, renderNotice } from './render-notice';

function toView(row: TakedownTemplate): TakedownTemplateView {
  const noticeType = row.noticeType as NoticeType;
  return {
    id: row.id,
    noticeType,
    locale: row.locale as NoticeLocale,
    subject: row.subject,
    body: row.body,
    required: REQUIRED_ELEMENTS[noticeType].map(({ element, provision }) => ({
      element,
      value: ELEMENT_VALUE[element],
      provision: provision ?? null,
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The template of this type and language, seeding the organisation's first. */
export async function templateFor(
  tx: Tx,
  noticeType: NoticeType,
  locale: NoticeLocale,
): Promise<TakedownTemplate> {
  await ensureTakedownDefaults(tx, RequestContext.organizationId());
  const row = await tx.takedownTemplate.findFirst({ where: { noticeType, locale } });
  if (!row) throw new Error(`No ${noticeType} template in ${locale} after seeding`);
  return row;
}

/** The organisation's takedown settings, its defaults when it never changed them. */
export async function takedownSettings(tx: Tx, config: AppConfig): Promise<TakedownSettingsView> {
  const organizationId = RequestContext.organizationId();
  await ensureTakedownDefaults(tx, organizationId);
  const row = await tx.takedownSettings.findUnique({ where: { organizationId } });
  return {
    fourEyes: row?.fourEyes ?? true,
    inboundDomain: row?.inboundDomain ?? config.INBOUND_MAIL_DOMAIN,
  };
}

/**
 * Notice templates per organisation, type and language. A template is refused when it
 * names an unknown value or leaves out an element its notice must carry.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  list(): Promise<{ items: TakedownTemplateView[] }> {
    return this.db.transaction(async (tx) => {
      await ensureTakedownDefaults(tx, RequestContext.organizationId());
      const rows = await tx.takedownTemplate.findMany({
        orderBy: [{ noticeType: 'asc' }, { locale: 'asc' }],
      });
      return { items: rows.map(toView) };
    });
  }

  get(id: string): Promise<TakedownTemplateView> {
    return this.db.transaction(async (tx) => toView(await this.require(tx, id)));
  }

  update(id: string, body: TemplateText): Promise<TakedownTemplateView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const existing = await this.require(tx, id);
      const problems = templateProblems(existing.noticeType as NoticeType, body);
      if (problems.length > 0) throw AppError.validation(problems);
      const row = await tx.takedownTemplate.update({
        where: { id },
        data: { ...body, updatedById: actor.userId, updatedAt: new Date() },
      });
      await this.audit.record(tx, {
        action: 'takedown-template.updated',
        targetType: 'takedown-template',
        targetId: id,
      });
      return toView(row);
    });
  }

  preview(id: string, body: TemplateText): Promise<TemplatePreviewView> {
    return this.db.transaction(async (tx) => {
      const existing = await this.require(tx, id);
      const noticeType = existing.noticeType as NoticeType;
      const problems = templateProblems(noticeType, body);
      if (problems.length > 0) throw AppError.validation(problems);
      return renderNotice(body, exampleNoticeData(noticeType, existing.locale as NoticeLocale));
    });
  }

  getSettings(): Promise<TakedownSettingsView> {
    return this.db.transaction((tx) => takedownSettings(tx, this.config));
  }

  updateSettings(body: UpdateTakedownSettingsBody): Promise<TakedownSettingsView> {
    return this.db.transaction(async (tx) => {
      const organizationId = RequestContext.organizationId();
      await ensureTakedownDefaults(tx, organizationId);
      await tx.takedownSettings.update({ where: { organizationId }, data: body });
      await this.audit.record(tx, {
        action: 'takedown-settings.updated',
        targetType: 'organization',
        targetId: organizationId,
        data: { ...body },
      });
      return takedownSettings(tx, this.config);
    });
  }

  private async require(tx: Tx, id: string): Promise<TakedownTemplate> {
    const row = await tx.takedownTemplate.findUnique({ where: { id } });
    if (!row) throw AppError.notFound('template');
    return row;
  }
}
