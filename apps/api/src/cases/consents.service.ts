import { Injectable } from '@nestjs/common';
import {
  fieldMessage,
  type ConsentScope,
  type ConsentView,
  type CreateConsentBody,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { CaseConsent } from '../generated/prisma/client';
import { CaseAccess } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { personRef, PERSON_SELECT } from './person';

type ConsentRow = CaseConsent & { recordedBy: { id: string; displayName: string } | null };

export function consentStatus(
  row: Pick<CaseConsent, 'withdrawnAt' | 'expiresAt'>,
  now = new Date(),
): ConsentView['status'] {
  if (row.withdrawnAt) return 'WITHDRAWN';
  if (row.expiresAt && row.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}

/**
 * The survivor's consent of this scope that is in force now (given, not yet expired, not
 * withdrawn), or null. For actions of other domains that need one, inside their transaction.
 */
export async function activeConsent(
  tx: Tx,
  caseId: string,
  scope: ConsentScope,
  now = new Date(),
): Promise<{ id: string } | null> {
  return tx.caseConsent.findFirst({
    where: {
      caseId,
      scope,
      withdrawnAt: null,
      givenAt: { lte: now },
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    },
    orderBy: { givenAt: 'desc' },
    select: { id: true },
  });
}

function toView(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    scope: row.scope as ConsentScope,
    givenAt: row.givenAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    note: row.note,
    status: consentStatus(row),
    recordedBy: personRef(row.recordedBy),
  };
}

/**
 * What the survivor agreed to, when, and for how long. Later actions that need a consent
 * (sharing evidence, sending a takedown) ask `hasActive` before they go ahead.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string): Promise<{ items: ConsentView[] }> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseConsent.findMany({
        where: { caseId },
        include: { recordedBy: PERSON_SELECT },
        orderBy: { givenAt: 'desc' },
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'consents' },
      });
      return { items: rows.map(toView) };
    });
  }

  add(caseId: string, body: CreateConsentBody): Promise<ConsentView> {
    const actor = RequestContext.requireActor();
    if (body.expiresAt && new Date(body.expiresAt) <= new Date(body.givenAt)) {
      throw AppError.validation([
        {
          in: 'body',
          field: 'expiresAt',
          code: 'consentEndsAfterGiven',
          message: fieldMessage({ rule: 'consentEndsAfterGiven' }, 'en'),
        },
      ]);
    }
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      return this.recordIn(tx, caseId, body, actor.userId);
    });
  }

  /**
   * Records a consent in the caller's transaction, whose access checks are its own: survivor
   * intake records the consents ticked on the form as the case is opened (no staff member).
   */
  async recordIn(
    tx: Tx,
    caseId: string,
    body: CreateConsentBody,
    recordedById: string | null,
  ): Promise<ConsentView> {
    const row = await tx.caseConsent.create({
      data: {
        organizationId: RequestContext.organizationId(),
        caseId,
        scope: body.scope,
        givenAt: new Date(body.givenAt),
        expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
        note: body.note ?? null,
        recordedById,
      },
      include: { recordedBy: PERSON_SELECT },
    });
    await recordCaseEvent(tx, caseId, 'CONSENT_RECORDED', {
      consentId: row.id,
      scope: body.scope,
    });
    await this.audit.record(tx, {
      action: 'case.consent-recorded',
      targetType: 'case',
      targetId: caseId,
      data: { scope: body.scope },
    });
    return toView(row);
  }

  withdraw(caseId: string, consentId: string): Promise<ConsentView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const existing = await tx.caseConsent.findFirst({ where: { id: consentId, caseId } });
      if (!existing) throw AppError.notFound('consent');
      if (existing.withdrawnAt)
        throw new AppError('conflict', 'This consent was already withdrawn');
      const row = await tx.caseConsent.update({
        where: { id: consentId },
        data: { withdrawnAt: new Date() },
        include: { recordedBy: PERSON_SELECT },
      });
      await recordCaseEvent(tx, caseId, 'CONSENT_WITHDRAWN', { consentId, scope: row.scope });
      await this.audit.record(tx, {
        action: 'case.consent-withdrawn',
        targetType: 'case',
        targetId: caseId,
        data: { scope: row.scope },
      });
      return toView(row);
    });
  }
}
