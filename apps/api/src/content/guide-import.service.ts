import { Injectable } from '@nestjs/common';
import {
  buildGuide,
  composeGuideFiles,
  contentKindOf,
  importGuide,
  type GuideImport,
  type Problem,
  type SourceFile,
} from '@cairn/content';
import type { ImportGuideBody, ImportGuideView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { refuseProblems, toProblemView } from './content-problems';
import { appendRevision, lockOrCreateDocument } from './guide-documents';
import { readersGuide } from './organization-guide';

/** base64 of the archive limit (20 MiB) is under 28 MiB; the JSON around it is small. */
export const IMPORT_BODY_LIMIT = 28 * 1024 * 1024 + 64 * 1024;

// Hundreds of files, each a few statements, in one transaction.
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * A translation a guide lacks is worth telling the editor, not a reason to hold a file
 * back: a helpline may publish in one language what the shared guide has in two.
 */
const NOT_BLOCKING: ReadonlySet<string> = new Set(['missing-in-locale']);

/**
 * Loads a zipped guide into the organisation's content. Guides written elsewhere arrive
 * with broken links and missing translations (the seed lesson has both), so a problem
 * holds back only what it concerns: a file that cannot be read as guide content is
 * skipped; every other file is loaded as a draft, or published when the editor asks and
 * the file has no problem of its own. Every problem comes back, with file and line.
 */
@Injectable()
export class GuideImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async import(body: ImportGuideBody): Promise<ImportGuideView> {
    const imported = await importGuide(new Uint8Array(Buffer.from(body.archiveBase64, 'base64')));
    const loadable = loadableFiles(imported);
    refuseProblems(
      loadable.length > 0
        ? []
        : imported.problems.length > 0
          ? imported.problems
          : [
              {
                file: 'upload.zip',
                line: 1,
                code: 'invalid-archive',
                message: 'holds no guide file',
              },
            ],
      'Nothing could be imported',
    );

    return this.db.transaction(
      async (tx) => {
        const problems = await problemsInOrganizationGuide(tx, imported, loadable);
        const blocked = new Set(
          problems.filter((problem) => !NOT_BLOCKING.has(problem.code)).map((p) => p.file),
        );
        let published = 0;
        for (const file of loadable) {
          const publish = body.publish && !blocked.has(file.path);
          await this.store(tx, file, publish);
          if (publish) published += 1;
        }
        const loadedPaths = new Set(loadable.map((file) => file.path));
        const skipped = imported.files
          .map((file) => file.path)
          .filter((path) => !loadedPaths.has(path))
          .sort();
        await this.audit.record(tx, {
          action: 'content.imported',
          targetType: 'guide',
          data: {
            publishRequested: body.publish,
            published,
            paths: loadable.map((file) => file.path),
            skipped,
            problems: problems.length,
          },
        });
        return {
          lessons: imported.lessons.length,
          checklists: imported.checklists.length,
          forms: imported.forms.length,
          workflows: imported.workflows.length,
          published,
          drafts: loadable.length - published,
          skipped,
          problems: problems.map(toProblemView),
        };
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  }

  private async store(tx: Tx, file: SourceFile, publish: boolean): Promise<void> {
    // Only files the importer parsed are loaded, so the path has a kind.
    const document = await lockOrCreateDocument(tx, file.path, contentKindOf(file.path)!);
    if (publish) {
      await appendRevision(tx, document, { source: file.text, note: 'Imported' });
      return;
    }
    const now = new Date();
    await tx.guideDocument.update({
      where: { id: document.id },
      data: {
        draftSource: file.text,
        draftUpdatedAt: now,
        draftUpdatedBy: RequestContext.requireActor().userId,
        updatedAt: now,
      },
    });
  }
}

/**
 * The files the importer could read as what their names say: lessons (about, glossary and
 * tools pages included), checklists, forms, workflows.
 */
function loadableFiles(imported: GuideImport): SourceFile[] {
  const parsed = new Set(
    [
      ...imported.lessons,
      ...imported.pages,
      ...imported.checklists,
      ...imported.forms,
      ...imported.workflows,
    ].map((item) => item.file),
  );
  return imported.files
    .filter((file) => parsed.has(file.path))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The archive's problems as its files would have them in the organisation's guide: a link
 * from an imported lesson to a shared lesson resolves, one to nowhere does not. One build
 * of the whole guide, so a large archive costs one pass, not one per file.
 */
async function problemsInOrganizationGuide(
  tx: Tx,
  imported: GuideImport,
  loadable: SourceFile[],
): Promise<Problem[]> {
  const archivePaths = new Set(imported.files.map((file) => file.path));
  const loadedPaths = new Set(loadable.map((file) => file.path));
  const inGuide = buildGuide(composeGuideFiles(await readersGuide(tx), loadable, [])).problems;
  // Problems of files that were not loaded (unreadable, misplaced, malformed) come from the
  // importer; the loaded files' problems are found again, in context, by the build above.
  const unloaded = imported.problems.filter((problem) => !loadedPaths.has(problem.file));
  return [...unloaded, ...inGuide.filter((problem) => archivePaths.has(problem.file))];
}
