import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8')))
      return dir;
  }
  throw new Error(`no workspace root above ${__dirname}`);
}

/**
 * A lesson of ours with the problems of the seed lesson: a link written `].(` and links to
 * lessons no tree has. The tests that need those problems use it, so they run from the
 * repository alone.
 */
export const linkProblemLesson = (): string =>
  readFileSync(path.join(__dirname, 'lessons', 'respond-with-link-problems.md'), 'utf8');
export const LINK_PROBLEM_LESSON = { index: 5, title: 'Réagir quand on vous harcèle en ligne' };
export const SEED_LESSON_FILE = 'fr/online-abuse/respond/beginner/s_respond.md';

/**
 * The seed lesson and the corpora live in `shared/`, beside the repository, on the
 * project's machines but not in a fresh clone; the tests that read them run when it is
 * there. `null` when absent.
 */
export function sharedFile(...segments: string[]): string | null {
  const file = path.resolve(repoRoot(), '..', 'shared', ...segments);
  return existsSync(file) ? file : null;
}
export const seedLessonPath = sharedFile('seeds', '000_1c760e02383b366f.txt');

/** `describe`, or a skipped `describe` whose title says which shared file is missing. */
export function describeWithShared(
  file: string | null,
  missing: string,
  title: string,
  body: (file: string) => void,
): void {
  if (file) {
    describe(title, () => body(file));
    return;
  }
  console.info(`${title}: skipped, ../shared/${missing} is not present`);
  describe.skip(`${title} (skipped: ../shared/${missing} not present)`, () => {
    it('needs the shared file', () => undefined);
  });
}

/** Writes `{ relativePath: text }` into a fresh temporary folder and returns it. */
export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cairn-content-'));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
  return root;
}

/** 1-based line of the first line containing `needle`, and 1-based column of `needle` in it. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found`);
  return { line: index + 1, column: (lines[index] as string).indexOf(needle) + 1 };
}

export const lesson = (index: number, title: string, body = 'Text.\n'): string =>
  `---\nindex: ${index}\ntitle: ${title}\n---\n${body}`;
