import { Injectable } from '@nestjs/common';
import type { CaseRecordsQuery, NotePageView, NoteView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { CaseAccess } from './case-access.service';
import { recordCaseEvent, refreshCaseSearch } from './case-events';
import { personRef, PERSON_SELECT } from './person';
import { newestFirst, olderThan, pageSize, toPage } from './record-page';

const NOTE_EXCERPT_LENGTH = 140;

/** Internal notes on a case; searchable, never shown to the survivor. */
@Injectable()
export class NotesService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  list(caseId: string, query: CaseRecordsQuery): Promise<NotePageView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.caseNote.findMany({
        where: { caseId, ...olderThan('createdAt', query.cursor) },
        include: { author: PERSON_SELECT },
        orderBy: newestFirst('createdAt'),
        take: pageSize(query),
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'notes' },
      });
      return toPage(
        rows,
        query,
        (row) => row.createdAt,
        (row): NoteView => ({
          id: row.id,
          body: row.body,
          author: personRef(row.author),
          createdAt: row.createdAt.toISOString(),
        }),
      );
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
      await recordCaseEvent(tx, caseId, 'NOTE_ADDED', {
        noteId: row.id,
        // The start of the note, so the timeline reads as a story; staff see notes in full anyway.
        excerpt: body.slice(0, NOTE_EXCERPT_LENGTH),
      });
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
