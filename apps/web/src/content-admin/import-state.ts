import {
  GuideProblemView,
  ImportGuideView,
  type FieldLocale,
  type GuideImportProgressView,
} from '@cairn/contracts';
import { z } from 'zod';
import { IMPORT_MESSAGES } from './import-messages';

export const IMPORT_PAGE = '/guide-content/import';
/** Where the import form sends the archive: a route handler, with a limit of its own. */
export const IMPORT_UPLOAD_PATH = `${IMPORT_PAGE}/upload`;
/** Where the form, with JavaScript, asks how far a running import has got. */
export const IMPORT_PROGRESS_PATH = `${IMPORT_PAGE}/progress`;

/** The import page following one import: it reloads itself until the import is over. */
export function importPageHref(importId: string): string {
  return `${IMPORT_PAGE}?${new URLSearchParams({ import: importId })}`;
}

/** An import the server is still working on, and how far it has got. */
export const ImportRunning = z.object({
  stage: z.enum(['reading', 'checking', 'storing']),
  step: z.number().int().min(1),
  steps: z.number().int().min(1),
  fileCount: z.number().int().min(0).nullable(),
});
export type ImportRunning = z.infer<typeof ImportRunning>;

/** What the import form shows after an attempt. */
export const ImportState = z.object({
  attempt: z.number().int(),
  /** About the file input itself: none chosen, too large. */
  fieldError: z.string().optional(),
  message: z.string().optional(),
  fileName: z.string().optional(),
  /** Every problem of an archive of which nothing could be stored. */
  problems: z.array(GuideProblemView),
  imported: ImportGuideView.optional(),
  /** The import the server is working on: followed until it is over. */
  importId: z.uuid().optional(),
  running: ImportRunning.optional(),
  /** Problems and skipped files left out of a result carried in a cookie (without JavaScript). */
  notShown: z.number().int().optional(),
});
export type ImportState = z.infer<typeof ImportState>;

export const INITIAL_IMPORT_STATE: ImportState = { attempt: 0, problems: [] };

const cookieSize = (state: ImportState) => encodeURIComponent(JSON.stringify(state)).length;

/**
 * The state cut to fit in a cookie of at most `limit` bytes: the longest list loses its
 * last entries first, and `notShown` counts them.
 */
export function fitForCookie(state: ImportState, limit: number): ImportState {
  const fitted: ImportState = structuredClone(state);
  const lists = (): unknown[][] =>
    [fitted.problems, fitted.imported?.problems ?? [], fitted.imported?.skipped ?? []].filter(
      (list) => list.length > 0,
    );
  while (cookieSize(fitted) > limit) {
    const longest = lists().sort((a, b) => b.length - a.length)[0];
    if (!longest) break;
    longest.pop();
    fitted.notShown = (fitted.notShown ?? 0) + 1;
  }
  return fitted;
}

/**
 * What the form shows of an import the server runs, as it goes and once it is over. A failed
 * import is said in the reader's language; an English page keeps the API's own sentence,
 * which tells a stalled import from a failed one.
 */
export function stateOfImport(
  progress: GuideImportProgressView,
  attempt: number,
  locale: FieldLocale = 'en',
): ImportState {
  const fileName = progress.fileName ?? undefined;
  const base = { attempt, problems: [], importId: progress.id, ...(fileName && { fileName }) };
  switch (progress.stage) {
    case 'reading':
    case 'checking':
    case 'storing': {
      const { stage, step, steps, fileCount } = progress;
      return { ...base, running: { stage, step, steps, fileCount } };
    }
    case 'done':
      return progress.result ? { ...base, imported: progress.result } : base;
    case 'refused':
      return { ...base, problems: progress.problems };
    case 'failed':
      return {
        ...base,
        message:
          locale === 'en' && progress.failure ? progress.failure : IMPORT_MESSAGES[locale].failed,
      };
  }
}

/** The sentence a running import is shown with, in the reader's language. */
export function runningLabel(
  { stage, step, steps, fileCount }: ImportRunning,
  locale: FieldLocale = 'en',
): string {
  return IMPORT_MESSAGES[locale].step(step, steps, stage, fileCount);
}
