import { Injectable } from '@nestjs/common';
import type { CaseRecordsQuery, TimelineKind, TimelinePageView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { TenantDb } from '../core/database/tenant-db';
import { CaseAccess } from './case-access.service';
import { CaseGuideService } from './case-guide.service';
import { personRef, PERSON_SELECT } from './person';
import { newestFirst, olderThan, pageSize, toPage } from './record-page';

/** One chronological story of the case, from the events each change wrote; newest first. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    private readonly guide: CaseGuideService,
  ) {}

  /**
   * An entry's facts as stored, and for a checklist step its words in each language of the
   * guide (`steps`), looked up by the step's id: the reader's page says it in its language.
   */
  private facts(kind: string, data: Record<string, unknown>): Record<string, unknown> {
    if (kind !== 'CHECKLIST_ITEM_SET' || typeof data.itemId !== 'string') return data;
    return { ...data, steps: this.guide.stepTexts(data.itemId) };
  }

  list(caseId: string, query: CaseRecordsQuery): Promise<TimelinePageView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseEvent.findMany({
        where: { caseId, ...olderThan('at', query.cursor) },
        include: { actor: PERSON_SELECT },
        orderBy: newestFirst('at'),
        take: pageSize(query),
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'timeline' },
      });
      return toPage(
        rows,
        query,
        (row) => row.at,
        (row) => ({
          id: row.id,
          at: row.at.toISOString(),
          kind: row.kind as TimelineKind,
          actor: personRef(row.actor),
          data: this.facts(row.kind, row.data as Record<string, unknown>),
        }),
      );
    });
  }
}
