// Types only: the editor's client code imports this module, and a value of the contracts'
// index would put the whole package and zod in the browser (see bench/staff-js).
import type { GuideProblemView } from '@cairn/contracts';

/** What the editor shows after a button press. */
export interface EditorState {
  /** Changes on every answer, so the form is drawn afresh from the page's data. */
  attempt: number;
  /** The text that was sent, kept after a refusal so nothing typed is lost. */
  source?: string;
  note?: string;
  message?: string;
  done?: string;
  /** Problems the API found in the text, with their lines. */
  problems: GuideProblemView[];
}

export const INITIAL_EDITOR_STATE: EditorState = { attempt: 0, problems: [] };

/** The buttons of the editor's one form: it works alike with and without JavaScript. */
export const EDITOR_INTENTS = ['check', 'save', 'publish', 'discard', 'withdraw'] as const;

/** What a live check while typing comes back with. */
export type CheckAnswer = { ok: true; problems: GuideProblemView[] } | { ok: false };
