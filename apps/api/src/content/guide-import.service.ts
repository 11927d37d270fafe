import { Injectable } from '@nestjs/common';
import { contentKindOf, importGuide } from '@cairn/content';
import type { ImportGuideBody, ImportGuideView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { refuseProblems } from './content-problems';
import { appendRevision, lockOrCreateDocument } from './guide-documents';

/** base64 of the archive limit (20 MiB) is under 28 MiB; the JSON around it is small. */
export const IMPORT_BODY_LIMIT = 28 * 1024 * 1024 + 64 * 1024;

// Hundreds of files, each a few statements, in one transaction.
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Loads a zipped guide into the organisation's content: all of it or nothing. Every
 * problem is reported at once; with none, each file becomes a draft for review, or a
 * published revision when the editor asks.
 */
@Injectable()
export class GuideImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async import(body: ImportGuideBody): Promise<ImportGuideView> {
    const imported = await importGuide(new Uint8Array(Buffer.from(body.archiveBase64, 'base64')));
    refuseProblems(
      imported.files.length === 0 && imported.problems.length === 0
        ? [{ file: 'upload.zip', line: 1, code: 'invalid-archive', message: 'holds no guide file' }]
        : imported.problems,
      'Nothing was imported',
    );
    const files = [...imported.files].sort((a, b) => a.path.localeCompare(b.path));
    await this.db.transaction(
      async (tx) => {
        const userId = RequestContext.requireActor().userId;
        for (const file of files) {
          // Every path passed the importer's checks, so it has a kind.
          const document = await lockOrCreateDocument(tx, file.path, contentKindOf(file.path)!);
          if (body.publish) {
            await appendRevision(tx, document, { source: file.text, note: 'Imported' });
          } else {
            const now = new Date();
            await tx.guideDocument.update({
              where: { id: document.id },
              data: {
                draftSource: file.text,
                draftUpdatedAt: now,
                draftUpdatedBy: userId,
                updatedAt: now,
              },
            });
          }
        }
        await this.audit.record(tx, {
          action: 'content.imported',
          targetType: 'guide',
          data: { published: body.publish, paths: files.map((file) => file.path) },
        });
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
    return {
      lessons: imported.lessons.length,
      checklists: imported.checklists.length,
      forms: imported.forms.length,
      workflows: imported.workflows.length,
      published: body.publish,
    };
  }
}
