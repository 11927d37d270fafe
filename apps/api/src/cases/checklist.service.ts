import { Injectable } from '@nestjs/common';
import type { CaseChecklistView, ChecklistState } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { CaseAccess } from './case-access.service';
import { recordCaseEvent } from './case-events';
import { CaseGuideService } from './case-guide.service';
import { personRef, PERSON_SELECT } from './person';
import { SurvivorVault } from './survivor-vault';

/** The safety checklist of a case: the guide's steps, each open, done or not applicable. */
@Injectable()
export class ChecklistService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly guide: CaseGuideService,
    private readonly vault: SurvivorVault,
  ) {}

  private async view(tx: Tx, caseId: string): Promise<CaseChecklistView> {
    const row = await tx.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { survivorSealed: true, organization: { select: { defaultLocale: true } } },
    });
    const survivor = await this.vault.open(tx, caseId, row.survivorSealed);
    const locale = this.guide.localeFor(survivor.preferredLanguage, row.organization.defaultLocale);
    const states = await tx.caseChecklistItem.findMany({
      where: { caseId },
      include: { changedBy: PERSON_SELECT },
    });
    const byId = new Map(states.map((state) => [state.itemId, state]));
    return {
      locale,
      checklists: this.guide.checklists(locale).map((checklist) => {
        const sections: CaseChecklistView['checklists'][number]['sections'] = [];
        for (const item of checklist.items) {
          if ('label' in item) {
            sections.push({ label: item.label, items: [] });
            continue;
          }
          if (sections.length === 0) sections.push({ label: null, items: [] });
          const id = `${checklist.id}:${item.id}`;
          const state = byId.get(id);
          sections[sections.length - 1]!.items.push({
            id,
            text: item.check,
            state: (state?.state as ChecklistState | undefined) ?? 'OPEN',
            changedBy: personRef(state?.changedBy),
            changedAt: state?.changedAt.toISOString() ?? null,
          });
        }
        return { id: checklist.id, title: this.guide.titleOf(checklist), sections };
      }),
    };
  }

  get(caseId: string): Promise<CaseChecklistView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'checklist' },
      });
      return this.view(tx, caseId);
    });
  }

  set(caseId: string, itemId: string, state: ChecklistState): Promise<CaseChecklistView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      if (this.guide.stepText(itemId) === undefined) throw AppError.notFound('checklist item');
      await tx.caseChecklistItem.upsert({
        where: { caseId_itemId: { caseId, itemId } },
        create: {
          caseId,
          itemId,
          organizationId: actor.organizationId,
          state,
          changedById: actor.userId,
        },
        update: { state, changedById: actor.userId, changedAt: new Date() },
      });
      // The step's id, not its words: the timeline says it in each reader's language.
      await recordCaseEvent(tx, caseId, 'CHECKLIST_ITEM_SET', { itemId, state });
      await this.audit.record(tx, {
        action: 'case.checklist-item-set',
        targetType: 'case',
        targetId: caseId,
        data: { itemId, state },
      });
      return this.view(tx, caseId);
    });
  }
}
