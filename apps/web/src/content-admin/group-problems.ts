import type { GuideProblemView } from '@cairn/contracts';

export interface FileProblems {
  file: string;
  problems: GuideProblemView[];
}

/** What the import's problems can be narrowed to: a kind (its code) and words of a file's path. */
export interface ProblemFilter {
  code: string;
  file: string;
}

/** The kinds of problem found, each with how many, most frequent first. */
export function problemKinds(
  problems: readonly GuideProblemView[],
): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.code, (counts.get(problem.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/**
 * The problems that fit the filter, by file in path order, each file's by line: an import
 * of a whole guide reports hundreds, and an editor fixes them a file at a time.
 */
export function groupProblems(
  problems: readonly GuideProblemView[],
  filter: ProblemFilter = { code: '', file: '' },
): FileProblems[] {
  const words = filter.file.toLowerCase().split(/\s+/).filter(Boolean);
  const byFile = new Map<string, GuideProblemView[]>();
  for (const problem of problems) {
    if (filter.code && problem.code !== filter.code) continue;
    const file = problem.file.toLowerCase();
    if (!words.every((word) => file.includes(word))) continue;
    const inFile = byFile.get(problem.file) ?? [];
    inFile.push(problem);
    byFile.set(problem.file, inFile);
  }
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, found]) => ({
      file,
      problems: found.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)),
    }));
}
