import path from 'node:path';
import { defaultGuideDir } from '../default-guide-dir';
import { loadGuide } from '../load-guide';
import { formatProblem } from '../problem';

export interface CheckOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `content:check [dir]`: prints each problem as `file:line:col code message`, with the
 * file as reachable from `cwd`, and returns the exit code: 0 clean, 1 problems, 2 unreadable.
 */
export async function runCheck(args: string[], output: CheckOutput, cwd: string): Promise<number> {
  const [dirArg] = args;
  const root = dirArg ? path.resolve(cwd, dirArg) : defaultGuideDir;
  const shownRoot = dirArg ?? path.relative(cwd, defaultGuideDir);

  let guide;
  try {
    guide = await loadGuide(root);
  } catch (error) {
    output.err(`content:check: cannot read ${shownRoot}: ${(error as Error).message}`);
    return 2;
  }

  for (const problem of guide.problems)
    output.out(formatProblem(problem, path.join(shownRoot, problem.file)));
  const count = guide.problems.length;
  const counted = [
    plural(guide.lessons.length, 'lesson'),
    plural(guide.checklists.length, 'checklist'),
    plural(guide.forms.length, 'form'),
    plural(guide.workflows.length, 'workflow'),
    // Only guides with about, glossary or tools sections have pages; ours has none.
    ...(guide.pages.length > 0 ? [plural(guide.pages.length, 'page')] : []),
    ...(guide.categories.length > 0 ? [plural(guide.categories.length, 'category file')] : []),
  ];
  const summary = `${counted.join(', ')} in ${guide.locales.join(', ') || 'no locale'}`;
  output.err(
    count === 0
      ? `content:check: ok, ${summary}`
      : `content:check: ${plural(count, 'problem')} (valid: ${summary})`,
  );
  return count === 0 ? 0 : 1;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
