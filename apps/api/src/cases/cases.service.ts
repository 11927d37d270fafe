import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CASE_TRANSITIONS,
  fieldMessage,
  type CaseView,
  type ChangeStatusBody,
  type CreateCaseBody,
  type SetAssigneesBody,
  type UpdateCaseBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { Prisma } from '../generated/prisma/client';
import { CaseAccess } from './case-access.service';
import { CaseOpener } from './case-opening.service';
import { recordCaseEvent, refreshCaseSearch } from './case-events';
import { CaseWithPeople, toCaseView } from './case-views';
import { PERSON_SELECT } from './person';
import { SurvivorVault } from './survivor-vault';

const WITH_PEOPLE = {
  assignees: { include: { user: PERSON_SELECT }, orderBy: { assignedAt: 'asc' } },
  createdBy: PERSON_SELECT,
} satisfies Prisma.CaseInclude;

/** Opening, reading and changing a case: its fields, status and assignees. */
@Injectable()
export class CasesService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly vault: SurvivorVault,
    private readonly opener: CaseOpener,
  ) {}

  private async view(tx: Tx, id: string): Promise<CaseView> {
    const row: CaseWithPeople = await tx.case.findUniqueOrThrow({
      where: { id },
      include: WITH_PEOPLE,
    });
    return toCaseView(row, await this.vault.open(tx, id, row.survivorSealed), this.access.may());
  }

  /** Checks that every id is a member of this organisation; names the field otherwise. */
  private async requireMembers(tx: Tx, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const members = await tx.membership.count({ where: { userId: { in: userIds } } });
    if (members !== new Set(userIds).size) {
      throw AppError.validation([
        {
          in: 'body',
          field: 'assigneeIds',
          code: 'assigneesAmongStaff',
          message: fieldMessage({ rule: 'assigneesAmongStaff' }, 'en'),
        },
      ]);
    }
  }

  async create(body: CreateCaseBody): Promise<CaseView> {
    const actor = RequestContext.requireActor();
    // The id is chosen here because the survivor's sealed value is bound to it.
    const id = randomUUID();
    return this.db.transaction(async (tx) => {
      const assigneeIds = [...new Set(body.assigneeIds)];
      this.access.requireMayAssign(body.restricted, assigneeIds);
      await this.requireMembers(tx, assigneeIds);
      await this.opener.open(tx, { id, body, source: 'STAFF', createdById: actor.userId });
      return this.view(tx, id);
    });
  }

  get(id: string): Promise<CaseView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, id);
      await this.audit.record(tx, { action: 'case.viewed', targetType: 'case', targetId: id });
      return this.view(tx, id);
    });
  }

  async update(id: string, body: UpdateCaseBody): Promise<CaseView> {
    return this.db.transaction(async (tx) => {
      const current = await this.access.requireVisible(tx, id);
      this.access.requireMayChangeRestriction(current.restricted, body.restricted);
      const survivorSealed = body.survivor && (await this.vault.seal(tx, id, body.survivor));
      await tx.case.update({
        where: { id },
        data: {
          title: body.title,
          summary: body.summary,
          riskLevel: body.riskLevel,
          riskScreening: body.riskScreening,
          abuseTypes: body.abuseTypes && [...new Set(body.abuseTypes)],
          platforms: body.platforms && [...new Set(body.platforms)],
          tags: body.tags && [...new Set(body.tags)],
          restricted: body.restricted,
          survivorSealed,
          survivorCountry: body.jurisdiction?.survivorCountry,
          otherPartyCountry: body.jurisdiction?.otherPartyCountry,
        },
      });
      // Field names only: the timeline and the audit log never hold survivor data in clear.
      const fields = Object.keys(body);
      if (body.title !== undefined || body.summary !== undefined) await refreshCaseSearch(tx, id);
      await recordCaseEvent(tx, id, 'CASE_UPDATED', {
        fields,
        ...(body.riskLevel ? { riskLevel: body.riskLevel } : {}),
      });
      await this.audit.record(tx, {
        action: 'case.updated',
        targetType: 'case',
        targetId: id,
        data: { fields },
      });
      return this.view(tx, id);
    });
  }

  changeStatus(id: string, body: ChangeStatusBody): Promise<CaseView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, id);
      const current = await tx.case.findUniqueOrThrow({ where: { id }, select: { status: true } });
      const allowed = CASE_TRANSITIONS[current.status];
      if (!allowed.includes(body.status)) {
        throw new AppError(
          'invalid-transition',
          `A ${current.status} case can move to ${allowed.join(', ')}, not to ${body.status}`,
          { from: current.status, to: body.status, allowed },
        );
      }
      await tx.case.update({
        where: { id },
        data: {
          status: body.status,
          closingReason: body.status === 'CLOSED' ? body.closingReason : null,
        },
      });
      const data = {
        from: current.status,
        to: body.status,
        ...(body.closingReason && body.status === 'CLOSED'
          ? { closingReason: body.closingReason }
          : {}),
        ...(body.comment ? { comment: body.comment } : {}),
      };
      await recordCaseEvent(tx, id, 'STATUS_CHANGED', data);
      await this.audit.record(tx, {
        action: 'case.status-changed',
        targetType: 'case',
        targetId: id,
        data: { from: current.status, to: body.status },
      });
      return this.view(tx, id);
    });
  }

  setAssignees(id: string, body: SetAssigneesBody): Promise<CaseView> {
    return this.db.transaction(async (tx) => {
      const current = await this.access.requireVisible(tx, id);
      const userIds = [...new Set(body.userIds)];
      const kept = await tx.caseAssignee.findMany({
        where: { caseId: id, userId: { in: userIds } },
        select: { userId: true },
      });
      const keptIds = new Set(kept.map((row) => row.userId));
      this.access.requireMayAssign(
        current.restricted,
        userIds.filter((userId) => !keptIds.has(userId)),
      );
      await this.requireMembers(tx, userIds);
      await tx.caseAssignee.deleteMany({ where: { caseId: id, userId: { notIn: userIds } } });
      await tx.caseAssignee.createMany({
        data: userIds.map((userId) => ({
          caseId: id,
          userId,
          organizationId: RequestContext.organizationId(),
        })),
        skipDuplicates: true,
      });
      await recordCaseEvent(tx, id, 'ASSIGNEES_CHANGED', { assigneeIds: userIds });
      await this.audit.record(tx, {
        action: 'case.assignees-changed',
        targetType: 'case',
        targetId: id,
        data: { assigneeIds: userIds },
      });
      return this.view(tx, id);
    });
  }

  assignableStaff() {
    return this.db.transaction(async (tx) => {
      const rows = await tx.membership.findMany({
        include: { user: PERSON_SELECT },
        orderBy: { createdAt: 'asc' },
      });
      return {
        items: rows.map((row) => ({
          userId: row.user.id,
          displayName: row.user.displayName,
          role: row.role,
        })),
      };
    });
  }
}
