import type { Problem } from '@cairn/content';
import type { GuideProblemView } from '@cairn/contracts';
import { AppError } from '../core/errors/app-error';

export function toProblemView(problem: Problem): GuideProblemView {
  const { file, line, column, code, message } = problem;
  return { file, line, ...(column !== undefined ? { column } : {}), code, message };
}

/**
 * Problems told to the editor that hold nothing back. A translation a guide lacks: a helpline
 * may publish in one language what the shared guide has in two. A form field named twice: the
 * form is served with the later one renamed, so it still works as its authors wrote it.
 */
export const NOT_BLOCKING: ReadonlySet<string> = new Set(['missing-in-locale', 'repeated-field']);

/** The problems that hold a file back from readers. */
export function blockingProblems(problems: Problem[]): Problem[] {
  return problems.filter((problem) => !NOT_BLOCKING.has(problem.code));
}

/** Refuses content with problems (422), listing every one so an editor can fix them in one pass. */
export function refuseProblems(problems: Problem[], detail: string): void {
  if (problems.length === 0) return;
  throw new AppError('content-invalid', `${detail}: ${problems.length} problem(s)`, {
    problems: problems.map(toProblemView),
  });
}
