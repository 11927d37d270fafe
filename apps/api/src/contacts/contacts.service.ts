import { Injectable } from '@nestjs/common';
import type {
  CaseRecordsQuery,
  ContactPageView,
  ContactView,
  CreateContactBody,
  UpdateContactBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { personRef, PERSON_SELECT } from '../cases/person';
import { newestFirst, olderThan, pageSize, toPage } from '../cases/record-page';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { CaseContact } from '../generated/prisma/client';
import { oneWarningRefusal } from './one-warning';

type ContactRow = CaseContact & { createdBy: { id: string; displayName: string } | null };

function toView(row: ContactRow): ContactView {
  return {
    id: row.id,
    kind: row.kind as ContactView['kind'],
    recipientKind: row.recipientKind as ContactView['recipientKind'],
    recipientName: row.recipientName,
    method: row.method as ContactView['method'],
    contactedAt: row.contactedAt.toISOString(),
    referenceNumber: row.referenceNumber,
    outcome: row.outcome,
    nextFollowUp: row.nextFollowUp ? row.nextFollowUp.toISOString().slice(0, 10) : null,
    warningText: row.warningText,
    createdBy: personRef(row.createdBy),
    createdAt: row.createdAt.toISOString(),
  };
}

const asDate = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : day);

/**
 * The log of who was told: platforms, providers, police, employers — with their reference
 * numbers, outcomes and follow-ups — and the one written warning to the other party.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string, query: CaseRecordsQuery): Promise<ContactPageView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseContact.findMany({
        where: { caseId, ...olderThan('contactedAt', query.cursor) },
        include: { createdBy: PERSON_SELECT },
        orderBy: newestFirst('contactedAt'),
        take: pageSize(query),
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'contacts' },
      });
      return toPage(rows, query, (row) => row.contactedAt, toView);
    });
  }

  add(caseId: string, body: CreateContactBody): Promise<ContactView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const found = await this.access.requireVisible(tx, caseId);
      if (body.kind === 'WARNING' && found.warningSent) throw oneWarningRefusal();
      const row = await tx.caseContact.create({
        data: {
          organizationId: actor.organizationId,
          caseId,
          kind: body.kind,
          recipientKind: body.kind === 'REPORT' ? body.recipientKind : null,
          recipientName: body.kind === 'REPORT' ? body.recipientName : null,
          warningText: body.kind === 'WARNING' ? body.warningText : null,
          method: body.method,
          contactedAt: new Date(body.contactedAt),
          referenceNumber: body.referenceNumber ?? null,
          outcome: body.outcome ?? null,
          nextFollowUp: asDate(body.nextFollowUp) ?? null,
          createdById: actor.userId,
        },
        include: { createdBy: PERSON_SELECT },
      });
      if (body.kind === 'WARNING')
        await tx.case.update({ where: { id: caseId }, data: { warningSent: true } });
      await recordCaseEvent(tx, caseId, 'CONTACT_ADDED', {
        contactId: row.id,
        kind: body.kind,
        ...(body.kind === 'REPORT'
          ? { recipientKind: body.recipientKind, recipientName: body.recipientName }
          : {}),
      });
      await this.audit.record(tx, {
        action: 'case.contact-added',
        targetType: 'case',
        targetId: caseId,
        data: { kind: body.kind },
      });
      return toView(row);
    });
  }

  update(caseId: string, contactId: string, body: UpdateContactBody): Promise<ContactView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const existing = await tx.caseContact.findFirst({ where: { id: contactId, caseId } });
      if (!existing) throw AppError.notFound('contact');
      const row = await tx.caseContact.update({
        where: { id: contactId },
        data: {
          referenceNumber: body.referenceNumber,
          outcome: body.outcome,
          nextFollowUp: asDate(body.nextFollowUp),
        },
        include: { createdBy: PERSON_SELECT },
      });
      await recordCaseEvent(tx, caseId, 'CONTACT_UPDATED', {
        contactId,
        fields: Object.keys(body),
      });
      await this.audit.record(tx, {
        action: 'case.contact-updated',
        targetType: 'case',
        targetId: caseId,
        data: { fields: Object.keys(body) },
      });
      return toView(row);
    });
  }
}
