import { GuideProblemView, ImportGuideView } from '@cairn/contracts';
import { z } from 'zod';

/** Where the import form sends the archive: a route handler, with a limit of its own. */
export const IMPORT_UPLOAD_PATH = '/guide-content/import/upload';

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
