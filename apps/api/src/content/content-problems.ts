import type { Problem } from '@cairn/content';
import type { GuideProblemView } from '@cairn/contracts';
import { AppError } from '../core/errors/app-error';

export function toProblemView(problem: Problem): GuideProblemView {
  const { file, line, column, code, message } = problem;
  return { file, line, ...(column !== undefined ? { column } : {}), code, message };
}

/** Refuses content with problems (422), listing every one so an editor can fix them in one pass. */
export function refuseProblems(problems: Problem[], detail: string): void {
  if (problems.length === 0) return;
  throw new AppError('content-invalid', `${detail}: ${problems.length} problem(s)`, {
    problems: problems.map(toProblemView),
  });
}
