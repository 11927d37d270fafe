import { Injectable } from '@nestjs/common';
import type { NoteView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { CaseAccess } from './case-access.service';
import { recordCaseEvent, refreshCaseSearch } from './case-events';
import { personRef, PERSON_SELECT } from './person';

/** Internal notes on a case; searchable, never shown to the survivor. */
@Injectable()
export class NotesService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string): Promise<{ items: NoteView[] }> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseNote.findMany({
        where: { caseId },
        include: { author: PERSON_SELECT },
        orderBy: { createdAt: 'desc' },
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'notes' },
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          body: row.body,
          author: personRef(row.author),
          createdAt: row.createdAt.toISOString(),
        })),
      };
    });
  }

  add(caseId: string, body: string): Promise<NoteView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const row = await tx.caseNote.create({
        data: { organizationId: actor.organizationId, caseId, body, authorId: actor.userId },
        include: { author: PERSON_SELECT },
      });
      await refreshCaseSearch(tx, caseId);
      await recordCaseEvent(tx, caseId, 'NOTE_ADDED', { noteId: row.id });
      await this.audit.record(tx, {
        action: 'case.note-added',
        targetType: 'case',
        targetId: caseId,
      });
      return {
        id: row.id,
        body: row.body,
        author: personRef(row.author),
        createdAt: row.createdAt.toISOString(),
      };
    });
  }
}
