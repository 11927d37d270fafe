import path from 'node:path';
import { linkProblemLesson, positionOf, SEED_LESSON_FILE, writeTree } from '../testing/fixtures';
import { runCheck } from './run-check';

async function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const code = await runCheck(args, output, process.cwd());
  return { code, out, err };
}

describe('content:check', () => {
  it('passes on our own content, exiting 0', async () => {
    const { code, out, err } = await check([]);

    expect({ code, out }).toEqual({ code: 0, out: [] });
    expect(err).toEqual([
      expect.stringMatching(
        /^content:check: ok, 16 lessons, 6 checklists, 2 forms, 2 workflows in en, fr$/,
      ),
    ]);
  });

  it('prints each problem of a lesson as file:line:col code message and exits 1', async () => {
    const text = linkProblemLesson();
    const root = writeTree({ [SEED_LESSON_FILE]: text });
    const file = path.join(root, SEED_LESSON_FILE);
    const stress = positionOf(text, 'umbrella://stress/stress/beginner');

    const { code, out } = await check([root]);

    expect(code).toBe(1);
    expect(out).toHaveLength(4);
    expect(out[3]).toBe(
      `${file}:${stress.line}:${stress.column} broken-link umbrella://stress/stress/beginner: no topic stress/stress in locale fr`,
    );
  });

  it('reads a relative folder from the directory the command was typed in, and prints paths from there', async () => {
    const root = writeTree({ [SEED_LESSON_FILE]: linkProblemLesson() });
    const out: string[] = [];
    const output = { out: (l: string) => out.push(l), err: () => undefined };

    const code = await runCheck([path.basename(root)], output, path.dirname(root));

    expect(code).toBe(1);
    expect(out[0]).toMatch(
      new RegExp(`^${path.basename(root)}/${SEED_LESSON_FILE}:\\d+:\\d+ broken-link `),
    );
  });

  it('exits 2 when the folder cannot be read', async () => {
    const { code, err } = await check([path.join(writeTree({}), 'absent')]);

    expect(code).toBe(2);
    expect(err[0]).toMatch(/^content:check: cannot read /);
  });
});
