import { Injectable } from '@nestjs/common';
import type { TimelineEntryView, TimelineKind } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { TenantDb } from '../core/database/tenant-db';
import { CaseAccess } from './case-access.service';
import { personRef, PERSON_SELECT } from './person';

/** One chronological story of the case, from the events each change wrote. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string): Promise<{ items: TimelineEntryView[] }> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseEvent.findMany({
        where: { caseId },
        include: { actor: PERSON_SELECT },
        orderBy: { at: 'asc' },
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'timeline' },
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          kind: row.kind as TimelineKind,
          actor: personRef(row.actor),
          data: row.data as Record<string, unknown>,
        })),
      };
    });
  }
}
