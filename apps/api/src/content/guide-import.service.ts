import { Injectable } from '@nestjs/common';
import {
  buildGuide,
  composeGuideFiles,
  importGuide,
  type GuideImport,
  type Problem,
  type SourceFile,
} from '@cairn/content';
import type { ImportGuideBody, ImportGuideView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { NOT_BLOCKING, refuseProblems, toProblemView } from './content-problems';
import { storeImportedFiles } from './guide-import-store';
import { readersGuide } from './organization-guide';

/** base64 of the archive limit (20 MiB) is under 28 MiB; the JSON around it is small. */
export const IMPORT_BODY_LIMIT = 28 * 1024 * 1024 + 64 * 1024;

// Thousands of files in one transaction: a few statements, but large ones.
const IMPORT_TIMEOUT_MS = 120_000;

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

  async import(body: ImportGuideBody, onStage: StageListener = noStage): Promise<ImportGuideView> {
    const imported = await importGuide(new Uint8Array(Buffer.from(body.archiveBase64, 'base64')));
    const loadable = loadableFiles(imported);
    await onStage('checking', imported.files.length);
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
        await onStage('storing', imported.files.length);
        // A file with a blocking problem waits as a draft; the list shows how many it has.
        const problemCounts = new Map<string, number>();
        for (const problem of problems) {
          if (NOT_BLOCKING.has(problem.code)) continue;
          problemCounts.set(problem.file, (problemCounts.get(problem.file) ?? 0) + 1);
        }
        const files = loadable.map((file) => ({
          ...file,
          publish: body.publish && !problemCounts.has(file.path),
          problemCount: problemCounts.get(file.path) ?? 0,
        }));
        await storeImportedFiles(tx, files);
        const published = files.filter((file) => file.publish).length;
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
          categories: imported.categories.length,
          published,
          drafts: loadable.length - published,
          skipped,
          problems: problems.map(toProblemView),
        };
      },
      { timeoutMs: IMPORT_TIMEOUT_MS },
    );
  }
}

/** Told when an import moves on to its next stage, with the number of files in the archive. */
export type StageListener = (stage: 'checking' | 'storing', fileCount: number) => Promise<void>;

const noStage: StageListener = () => Promise.resolve();

/**
 * The files the importer could read as what their names say: lessons (about, glossary and
 * tools pages included), checklists, forms, workflows, and the `.category.yml` that title
 * and order their folders.
 */
function loadableFiles(imported: GuideImport): SourceFile[] {
  const parsed = new Set(
    [
      ...imported.lessons,
      ...imported.pages,
      ...imported.checklists,
      ...imported.forms,
      ...imported.workflows,
      ...imported.categories,
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
