import type { GuideProblemView, ImportGuideView } from '@cairn/contracts';

/** What the import form shows after an attempt. */
export interface ImportState {
  attempt: number;
  /** About the file input itself: none chosen, too large. */
  fieldError?: string;
  message?: string;
  fileName?: string;
  /** Every problem of an archive of which nothing could be stored. */
  problems: GuideProblemView[];
  imported?: ImportGuideView;
}

export const INITIAL_IMPORT_STATE: ImportState = { attempt: 0, problems: [] };
