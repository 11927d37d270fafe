import { GuideProblemView, Problem } from '@cairn/contracts';
import { z } from 'zod';

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

/** A 422 answer of the content routes: the problem, and each problem of the guide with its line. */
const GuideProblemAnswer = Problem.extend({ problems: z.array(GuideProblemView).optional() });

export function readGuideProblems(body: unknown): GuideProblemView[] {
  const answer = GuideProblemAnswer.safeParse(body);
  return answer.success ? (answer.data.problems ?? []) : [];
}

/** What a live check while typing comes back with. */
export type CheckAnswer = { ok: true; problems: GuideProblemView[] } | { ok: false };
