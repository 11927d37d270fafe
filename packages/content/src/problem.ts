/** Every way a guide can be wrong. A code is stable; the message is for people. */
export type ProblemCode =
  | 'bad-path'
  | 'unreadable-file'
  | 'invalid-archive'
  | 'invalid-front-matter'
  | 'unknown-front-matter-key'
  | 'duplicate-index'
  | 'duplicate-id'
  /** A form's field name or option value used twice: reported, yet the form still works. */
  | 'repeated-field'
  | 'malformed-link'
  | 'broken-link'
  | 'missing-in-locale'
  | 'invalid-checklist'
  | 'invalid-form'
  | 'invalid-workflow'
  | 'unknown-node'
  | 'unreachable-node'
  | 'invalid-category'
  | 'translated-key';

/**
 * One problem in one file. `file` is the path inside the guide (POSIX separators);
 * `line` and `column` are 1-based and count the file as written, front matter included.
 * File-level problems (a bad path, a missing translation) carry no column.
 */
export interface Problem {
  file: string;
  line: number;
  column?: number;
  code: ProblemCode;
  message: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

/** `file:line:col code message`, the shape editors and CI annotations understand. */
export function formatProblem(problem: Problem, displayFile = problem.file): string {
  const where =
    problem.column === undefined
      ? `${displayFile}:${problem.line}`
      : `${displayFile}:${problem.line}:${problem.column}`;
  return `${where} ${problem.code} ${problem.message}`;
}
