import { Injectable } from '@nestjs/common';
import {
  reportAddressProblem,
  type CreatePlatformBody,
  type PlatformKind,
  type PlatformView,
  type ReportChannel,
  type TakedownNoticeType,
  type UpdatePlatformBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Platform } from '../generated/prisma/client';
import { ensureTakedownDefaults } from '../takedowns/takedown-defaults';

export function toPlatformView(row: Platform): PlatformView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PlatformKind,
    reportChannel: row.reportChannel as ReportChannel,
    reportAddress: row.reportAddress,
    noticeTypes: row.noticeTypes as TakedownNoticeType[],
    escalationContact: row.escalationContact,
    country: row.country,
    sources: (row.sources ?? {}) as Record<string, string>,
    notes: row.notes,
    archived: row.archivedAt !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A platform of the organisation's directory, or 404 (another tenant's id included). */
export async function requirePlatform(tx: Tx, id: string): Promise<Platform> {
  const row = await tx.platform.findUnique({ where: { id } });
  if (!row) throw AppError.notFound('platform');
  return row;
}

/**
 * The organisation's platform directory: where and how each service takes reports, each
 * fact with its source. Seeded on first use; admins correct, add and archive entries.
 */
@Injectable()
export class PlatformsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<{ items: PlatformView[] }> {
    return this.db.transaction(async (tx) => {
      await ensureTakedownDefaults(tx, RequestContext.organizationId());
      const rows = await tx.platform.findMany({
        orderBy: [{ archivedAt: 'desc' }, { name: 'asc' }],
      });
      return { items: rows.map(toPlatformView) };
    });
  }

  get(id: string): Promise<PlatformView> {
    return this.db.transaction(async (tx) => toPlatformView(await requirePlatform(tx, id)));
  }

  create(body: CreatePlatformBody): Promise<PlatformView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await ensureTakedownDefaults(tx, actor.organizationId);
      const row = await tx.platform.create({
        data: {
          organizationId: actor.organizationId,
          name: body.name,
          kind: body.kind,
          reportChannel: body.reportChannel,
          reportAddress: body.reportAddress,
          noticeTypes: body.noticeTypes,
          escalationContact: body.escalationContact ?? null,
          country: body.country ?? null,
          sources: body.sources ?? {},
          notes: body.notes ?? null,
          updatedById: actor.userId,
        },
      });
      await this.audit.record(tx, {
        action: 'platform.created',
        targetType: 'platform',
        targetId: row.id,
      });
      return toPlatformView(row);
    });
  }

  update(id: string, body: UpdatePlatformBody): Promise<PlatformView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const existing = await requirePlatform(tx, id);
      // The channel and the address must suit each other whichever of the two changes.
      const problem = reportAddressProblem(
        (body.reportChannel ?? existing.reportChannel) as ReportChannel,
        body.reportAddress ?? existing.reportAddress,
      );
      if (problem)
        throw AppError.validation([{ in: 'body', field: 'reportAddress', message: problem }]);
      const { archived, ...fields } = body;
      const row = await tx.platform.update({
        where: { id },
        data: {
          ...fields,
          ...(archived === undefined
            ? {}
            : { archivedAt: archived ? (existing.archivedAt ?? new Date()) : null }),
          updatedById: actor.userId,
          updatedAt: new Date(),
        },
      });
      await this.audit.record(tx, {
        action: 'platform.updated',
        targetType: 'platform',
        targetId: id,
        data: { fields: Object.keys(body) },
      });
      return toPlatformView(row);
    });
  }
}
