import { Injectable } from '@nestjs/common';
import type {
  CaseRecordsQuery,
  CreateIncidentBody,
  IncidentLocation,
  IncidentPageView,
  IncidentView,
  UpdateIncidentBody,
} from '@cairn/contracts';
import { z } from 'zod';
import { fieldMessage, OtherPartyIdentifierView, zonedToIso } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent, refreshCaseSearch } from '../cases/case-events';
import { personRef, PERSON_SELECT } from '../cases/person';
import { newestFirst, olderThan, pageSize, toPage } from '../cases/record-page';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Incident } from '../generated/prisma/client';

type IncidentRow = Incident & { createdBy: { id: string; displayName: string } | null };

/** The instant a wall-clock time names in its zone; refused when the zone skips that time. */
function instantOf(local: string, timeZone: string): Date {
  const instant = zonedToIso(local, timeZone);
  if (!instant) {
    throw AppError.validation([
      {
        in: 'body',
        field: 'occurredAt',
        code: 'nonexistentLocalTime',
        message: fieldMessage({ rule: 'nonexistentLocalTime' }, 'en'),
      },
    ]);
  }
  return new Date(instant);
}

/** Where it happened, for the timeline's sentence: the platform's name, nothing typed freely. */
function placeOf(location: IncidentLocation): { platform?: string } {
  return location.kind === 'PLATFORM' ? { platform: location.platform } : {};
}

function toView(row: IncidentRow): IncidentView {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    localTime: row.localTime,
    timeZone: row.timeZone,
    approximate: row.approximate,
    location: row.location as IncidentLocation,
    description: row.description,
    otherPartyIdentifiers: z.array(OtherPartyIdentifierView).parse(row.identifiers),
    createdBy: personRef(row.createdBy),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The incident log of a case: when (in its own time zone), where, what, and who. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string, query: CaseRecordsQuery): Promise<IncidentPageView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.incident.findMany({
        where: { caseId, ...olderThan('occurredAt', query.cursor) },
        include: { createdBy: PERSON_SELECT },
        orderBy: newestFirst('occurredAt'),
        take: pageSize(query),
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'incidents' },
      });
      return toPage(rows, query, (row) => row.occurredAt, toView);
    });
  }

  add(caseId: string, body: CreateIncidentBody): Promise<IncidentView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      return this.addIn(tx, caseId, body, actor.userId);
    });
  }

  /**
   * Adds an incident in the caller's transaction, whose access checks are its own: survivor
   * intake adds the incident it was told of as the case is opened (no staff member).
   */
  async addIn(
    tx: Tx,
    caseId: string,
    body: CreateIncidentBody,
    createdById: string | null,
  ): Promise<IncidentView> {
    const occurredAt = instantOf(body.occurredAt, body.timeZone);
    const row = await tx.incident.create({
      data: {
        organizationId: RequestContext.organizationId(),
        caseId,
        occurredAt,
        localTime: body.occurredAt,
        timeZone: body.timeZone,
        approximate: body.approximate,
        location: body.location,
        description: body.description,
        identifiers: body.otherPartyIdentifiers,
        createdById,
      },
      include: { createdBy: PERSON_SELECT },
    });
    await refreshCaseSearch(tx, caseId);
    await recordCaseEvent(tx, caseId, 'INCIDENT_ADDED', {
      incidentId: row.id,
      occurredAt: row.occurredAt.toISOString(),
      approximate: row.approximate,
      ...placeOf(body.location),
    });
    await this.audit.record(tx, {
      action: 'case.incident-added',
      targetType: 'case',
      targetId: caseId,
    });
    return toView(row);
  }

  update(caseId: string, incidentId: string, body: UpdateIncidentBody): Promise<IncidentView> {
    const occurredAt =
      body.occurredAt !== undefined && body.timeZone !== undefined
        ? instantOf(body.occurredAt, body.timeZone)
        : undefined;
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      // Scoped by the case too: an incident id from another case is as unknown as a made-up one.
      const existing = await tx.incident.findFirst({
        where: { id: incidentId, caseId },
        select: { id: true },
      });
      if (!existing) throw AppError.notFound('incident');
      const row = await tx.incident.update({
        where: { id: incidentId },
        data: {
          occurredAt,
          localTime: body.occurredAt,
          timeZone: body.timeZone,
          approximate: body.approximate,
          location: body.location,
          description: body.description,
          identifiers: body.otherPartyIdentifiers,
        },
        include: { createdBy: PERSON_SELECT },
      });
      if (body.description !== undefined) await refreshCaseSearch(tx, caseId);
      // Field names only: what the survivor told of the incident stays out of the logs.
      const fields = Object.keys(body);
      await recordCaseEvent(tx, caseId, 'INCIDENT_UPDATED', { incidentId, fields });
      await this.audit.record(tx, {
        action: 'case.incident-updated',
        targetType: 'case',
        targetId: caseId,
        data: { fields },
      });
      return toView(row);
    });
  }
}
