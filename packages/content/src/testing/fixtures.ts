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

/** The seed lesson lives in `shared/`, beside the repository, in development and in CI. */
export const seedLessonPath = path.join(
  repoRoot(),
  '..',
  'shared',
  'seeds',
  '000_1c760e02383b366f.txt',
);
export const seedLesson = (): string => readFileSync(seedLessonPath, 'utf8');
export const SEED_LESSON_FILE = 'fr/online-abuse/respond/beginner/s_respond.md';

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
