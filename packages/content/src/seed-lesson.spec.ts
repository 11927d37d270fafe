import { readFileSync } from 'node:fs';
import { loadGuide } from './load-guide';
import {
  describeWithShared,
  LINK_PROBLEM_LESSON,
  linkProblemLesson,
  positionOf,
  SEED_LESSON_FILE,
  seedLessonPath,
  writeTree,
} from './testing/fixtures';

/** What a lesson written with a `].(` link and links to absent lessons must be reported with. */
function linkProblemChecks(read: () => string, expected: { index: number; title: string }): void {
  const text = read();

  it('reports the link written "].(" as malformed, on its line, at the stray dot', async () => {
    const guide = await loadGuide(writeTree({ [SEED_LESSON_FILE]: text }));
    const at = positionOf(text, '].(umbrella://information/managing-information');

    expect(guide.problems).toContainEqual({
      file: SEED_LESSON_FILE,
      line: at.line,
      column: at.column + 1,
      code: 'malformed-link',
      message: expect.stringContaining('"].("'),
    });
  });

  it('reports each link to a lesson missing from the tree as broken, on its own line', async () => {
    const guide = await loadGuide(writeTree({ [SEED_LESSON_FILE]: text }));
    const broken = guide.problems.filter((p) => p.code === 'broken-link');

    expect(broken.map(({ line, column }) => ({ line, column }))).toEqual([
      positionOf(text, 'umbrella://assess-your-risk/security-planning'),
      positionOf(text, 'umbrella://information/managing-information'),
      positionOf(text, 'umbrella://stress/stress/beginner'),
    ]);
    expect(guide.problems).toHaveLength(4);
  });

  it('still loads the lesson, whose front matter is valid', async () => {
    const guide = await loadGuide(writeTree({ [SEED_LESSON_FILE]: text }));

    expect(guide.getLesson('fr', 'online-abuse', 'respond', 'beginner', 'respond')).toMatchObject(
      expected,
    );
  });

  it('reports a translated front matter key on its line, besides the missing title', async () => {
    const translated = text.replace('title:', 'titre:');
    const guide = await loadGuide(writeTree({ [SEED_LESSON_FILE]: translated }));
    const frontMatter = guide.problems.filter((p) => p.code.includes('front-matter'));

    expect(frontMatter).toEqual([
      {
        file: SEED_LESSON_FILE,
        line: 2,
        column: 1,
        code: 'invalid-front-matter',
        message: 'title: is required',
      },
      {
        file: SEED_LESSON_FILE,
        line: 3,
        column: 1,
        code: 'unknown-front-matter-key',
        message: 'unknown key "titre"',
      },
    ]);
    expect(guide.problems.filter((p) => p.code === 'broken-link')).toHaveLength(3);
  });
}

describe('a lesson with a "].(" link and links to absent lessons, in a tree of its own', () => {
  linkProblemChecks(linkProblemLesson, LINK_PROBLEM_LESSON);
});

describeWithShared(
  seedLessonPath,
  'seeds/000_1c760e02383b366f.txt',
  'the seed lesson in a tree of its own',
  (file) => {
    linkProblemChecks(() => readFileSync(file, 'utf8'), {
      index: 5,
      title: 'Comment réagir aux abus',
    });
  },
);
