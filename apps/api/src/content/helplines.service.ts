import { Injectable } from '@nestjs/common';
import { guideFromFiles } from '@cairn/content';
import {
  TimeZone,
  type HelplineChannel,
  type HelplineFields,
  type HelplineService,
  type HelplineView,
  type UpdateHelplineBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Helpline, Prisma } from '../generated/prisma/client';
import { readersGuide } from './organization-guide';

/** A stored helpline as readers and editors see it. */
export function toHelplineView(row: Omit<Helpline, 'organizationId' | 'createdAt'>): HelplineView {
  const channels = row.channels as HelplineChannel[];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    languages: row.languages,
    services: row.services as HelplineService[],
    regions: row.regions,
    hours: row.hours,
    timeZone: row.timeZone,
    responseHours: row.responseHours,
    takesUrgent: row.takesUrgent,
    channels: channels.map((channel) => ({
      kind: channel.kind,
      value: channel.value,
      secure: channel.secure,
      ...(channel.label ? { label: channel.label } : {}),
    })),
    intakeFormId: row.intakeFormId,
    own: row.own,
    listed: row.listed,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The contract bounds the zone's length only; a reader's clock needs a zone that exists. */
function requireKnownTimeZone(timeZone: string | undefined): void {
  if (timeZone === undefined) return;
  const parsed = TimeZone.safeParse(timeZone);
  if (!parsed.success) {
    throw AppError.validation([
      { in: 'body', field: 'timeZone', message: parsed.error.issues[0]?.message ?? 'invalid' },
    ]);
  }
}

/** A helpline's intake form must be one its guide's readers can open. */
async function requirePublishedForm(tx: Tx, formId: string | null | undefined): Promise<void> {
  if (!formId) return;
  const { forms } = guideFromFiles(await readersGuide(tx));
  if (!forms.some((form) => form.id === formId)) {
    throw AppError.validation([
      { in: 'body', field: 'intakeFormId', message: 'no published form of the guide has this id' },
    ]);
  }
}

function columns(fields: UpdateHelplineBody): Prisma.HelplineUpdateInput {
  const { channels, ...rest } = fields;
  return {
    ...rest,
    ...(channels ? { channels: channels as Prisma.InputJsonArray } : {}),
  };
}

/** The organisation's helplines: where its guide sends people for help. */
@Injectable()
export class HelplinesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<{ items: HelplineView[] }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.helpline.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      return { items: rows.map(toHelplineView) };
    });
  }

  create(fields: HelplineFields): Promise<HelplineView> {
    requireKnownTimeZone(fields.timeZone);
    return this.db.transaction(async (tx) => {
      await requirePublishedForm(tx, fields.intakeFormId);
      const row = await tx.helpline.create({
        data: {
          ...fields,
          channels: fields.channels as Prisma.InputJsonArray,
          organizationId: RequestContext.organizationId(),
        },
      });
      await this.audit.record(tx, {
        action: 'helpline.created',
        targetType: 'helpline',
        targetId: row.id,
      });
      return toHelplineView(row);
    });
  }

  update(id: string, fields: UpdateHelplineBody): Promise<HelplineView> {
    requireKnownTimeZone(fields.timeZone);
    return this.db.transaction(async (tx) => {
      await this.find(tx, id);
      await requirePublishedForm(tx, fields.intakeFormId);
      const row = await tx.helpline.update({
        where: { id },
        data: { ...columns(fields), updatedAt: new Date() },
      });
      await this.audit.record(tx, {
        action: 'helpline.updated',
        targetType: 'helpline',
        targetId: id,
        data: { fields: Object.keys(fields).sort() },
      });
      return toHelplineView(row);
    });
  }

  remove(id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      await this.find(tx, id);
      await tx.helpline.delete({ where: { id } });
      await this.audit.record(tx, {
        action: 'helpline.deleted',
        targetType: 'helpline',
        targetId: id,
      });
    });
  }

  /** Row-level security hides another organisation's helpline, so it answers 404 like a missing one. */
  private async find(tx: Tx, id: string): Promise<Helpline> {
    const row = await tx.helpline.findUnique({ where: { id } });
    if (!row) throw AppError.notFound('helpline');
    return row;
  }
}
