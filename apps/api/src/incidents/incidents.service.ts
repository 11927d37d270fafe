import { Injectable } from '@nestjs/common';
import type {
  CaseRecordsQuery,
  CreateIncidentBody,
  IncidentLocation,
  IncidentPageView,
  IncidentView,
} from '@cairn/contracts';
import { z } from 'zod';
import { OtherPartyIdentifierView, zonedToIso } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent, refreshCaseSearch } from '../cases/case-events';
import { personRef, PERSON_SELECT } from '../cases/person';
import { newestFirst, olderThan, pageSize, toPage } from '../cases/record-page';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Incident } from '../generated/prisma/client';

type IncidentRow = Incident & { createdBy: { id: string; displayName: string } | null };

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
    const occurredAt = zonedToIso(body.occurredAt, body.timeZone);
    if (!occurredAt) {
      throw AppError.validation([
        { in: 'body', field: 'occurredAt', message: 'This date does not exist' },
      ]);
    }
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const row = await tx.incident.create({
        data: {
          organizationId: actor.organizationId,
          caseId,
          occurredAt: new Date(occurredAt),
          localTime: body.occurredAt,
          timeZone: body.timeZone,
          approximate: body.approximate,
          location: body.location,
          description: body.description,
          identifiers: body.otherPartyIdentifiers,
          createdById: actor.userId,
        },
        include: { createdBy: PERSON_SELECT },
      });
      await refreshCaseSearch(tx, caseId);
      await recordCaseEvent(tx, caseId, 'INCIDENT_ADDED', {
        incidentId: row.id,
        occurredAt: row.occurredAt.toISOString(),
        approximate: row.approximate,
      });
      await this.audit.record(tx, {
        action: 'case.incident-added',
        targetType: 'case',
        targetId: caseId,
      });
      return toView(row);
    });
  }
}
