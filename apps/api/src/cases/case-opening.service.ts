import { Injectable } from '@nestjs/common';
import { RiskScreening, type CaseSource, type CreateCaseBody } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { recordCaseEvent, refreshCaseSearch } from './case-events';
import { SurvivorVault } from './survivor-vault';

export interface CaseOpening {
  /** Chosen by the caller: the survivor's sealed value is bound to it. */
  id: string;
  body: CreateCaseBody;
  source: CaseSource;
  /**
   * Intake's word that the submission came without a solved proof of work, shown as "Not
   * verified" wherever the case is listed. Staff cases never are.
   */
  unverified?: boolean;
  /** The staff member who opened it; null when the survivor did, through an intake form. */
  createdById: string | null;
}

/**
 * Writes a new case in the caller's transaction: its reference, its row with the survivor
 * sealed, its search document, the timeline's first entry and the audit event. Staff open
 * cases through CasesService; survivor intake opens them in the transaction of its
 * submission. Assignees and access rules are the caller's.
 */
@Injectable()
export class CaseOpener {
  constructor(
    private readonly audit: AuditService,
    private readonly vault: SurvivorVault,
  ) {}

  async open(tx: Tx, opening: CaseOpening): Promise<{ id: string; reference: string }> {
    const { id, body } = opening;
    const organizationId = RequestContext.organizationId();
    const assigneeIds = [...new Set(body.assigneeIds)];
    const created = await tx.case.create({
      data: {
        id,
        organizationId,
        reference: await this.nextReference(tx),
        title: body.title,
        summary: body.summary,
        riskLevel: body.riskLevel,
        riskScreening: RiskScreening.parse(body.riskScreening ?? {}),
        abuseTypes: [...new Set(body.abuseTypes)],
        platforms: [...new Set(body.platforms)],
        tags: [...new Set(body.tags)],
        restricted: body.restricted,
        survivorSealed: await this.vault.seal(tx, id, body.survivor),
        survivorCountry: body.jurisdiction.survivorCountry,
        otherPartyCountry: body.jurisdiction.otherPartyCountry,
        source: opening.source,
        unverified: opening.unverified === true,
        createdById: opening.createdById,
        assignees: {
          create: assigneeIds.map((userId) => ({ userId, organizationId })),
        },
      },
    });
    await refreshCaseSearch(tx, created.id);
    await recordCaseEvent(tx, created.id, 'CASE_CREATED', {
      reference: created.reference,
      ...(opening.source === 'STAFF' ? {} : { source: opening.source }),
    });
    if (assigneeIds.length > 0)
      await recordCaseEvent(tx, created.id, 'ASSIGNEES_CHANGED', { assigneeIds });
    await this.audit.record(tx, {
      action: 'case.created',
      targetType: 'case',
      targetId: created.id,
      ...(opening.source === 'STAFF' ? {} : { data: { source: opening.source } }),
    });
    return { id: created.id, reference: created.reference };
  }

  private async nextReference(tx: Tx): Promise<string> {
    const organizationId = RequestContext.organizationId();
    const year = new Date().getUTCFullYear();
    const [counter] = await tx.$queryRaw<{ last: number }[]>`
      INSERT INTO case_counter (organization_id, year, last) VALUES (${organizationId}::uuid, ${year}, 1)
      ON CONFLICT (organization_id, year) DO UPDATE SET last = case_counter.last + 1
      RETURNING last`;
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
    return `${organization.casePrefix}-${year}-${String(counter!.last).padStart(4, '0')}`;
  }
}
