import { Injectable } from '@nestjs/common';
import type { CaseView } from '@cairn/contracts';
import { Prisma } from '../generated/prisma/client';
import { AccessService } from '../core/access/access.service';
import { Actor, RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';

/**
 * Which cases the signed-in member may know exist. A restricted case is visible only to
 * its assignees and to roles that oversee cases; to anyone else it does not exist: not in
 * lists, counts, search or exports, and its URL answers 404.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly access: AccessService) {}

  private actor(): Actor {
    return RequestContext.requireActor();
  }

  /** The visibility rule as a Prisma filter. */
  visibleWhere(): Prisma.CaseWhereInput {
    const actor = this.actor();
    if (this.access.can(actor, 'cases.see-restricted')) return {};
    return { OR: [{ restricted: false }, { assignees: { some: { userId: actor.userId } } }] };
  }

  /** The visibility rule as SQL over `case_file c`. */
  visibleSql(): Prisma.Sql {
    const actor = this.actor();
    if (this.access.can(actor, 'cases.see-restricted')) return Prisma.sql`TRUE`;
    return Prisma.sql`(NOT c.restricted OR EXISTS (
      SELECT 1 FROM case_assignee a WHERE a.case_id = c.id AND a.user_id = ${actor.userId}::uuid))`;
  }

  /** The case's id if the member may see it; 404 otherwise, whatever the reason. */
  async requireVisible(
    tx: Tx,
    caseId: string,
  ): Promise<{ id: string; warningSent: boolean; restricted: boolean }> {
    const found = await tx.case.findFirst({
      where: { id: caseId, ...this.visibleWhere() },
      select: { id: true, warningSent: true, restricted: true },
    });
    if (!found) throw AppError.notFound('case');
    return found;
  }

  /** What the signed-in member may change on a case they see; shown with the case. */
  may(): CaseView['may'] {
    const actor = this.actor();
    return {
      edit: this.access.can(actor, 'cases.write'),
      liftRestriction: this.access.can(actor, 'cases.manage-restricted'),
    };
  }

  /**
   * Clearing `restricted` shows the case to every colleague, so only roles that oversee
   * cases may. Setting it only narrows who sees the case: anyone who may edit it may.
   */
  requireMayChangeRestriction(restricted: boolean, becomes: boolean | undefined): void {
    if (!restricted || becomes !== false) return;
    this.access.require(
      this.actor(),
      'cases.manage-restricted',
      'Only a supervisor or an admin can lift the restriction on a case',
    );
  }

  /**
   * Assigning someone to a restricted case shows it to them, so only roles that oversee
   * cases may. Whoever opens a restricted case may still assign themselves.
   */
  requireMayAssign(restricted: boolean, addedUserIds: string[]): void {
    const actor = this.actor();
    if (!restricted || addedUserIds.every((userId) => userId === actor.userId)) return;
    this.access.require(
      actor,
      'cases.manage-restricted',
      'Only a supervisor or an admin can assign colleagues to a restricted case',
    );
  }
}
