import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importGuide } from './import-guide';
import { LIMITS } from './source-file';
import {
  lesson,
  LINK_PROBLEM_LESSON,
  linkProblemLesson,
  positionOf,
  SEED_LESSON_FILE,
  writeTree,
} from './testing/fixtures';

const linkProblems = (text: string) => {
  const at = (needle: string) => positionOf(text, needle);
  const dot = at('].(umbrella://information/managing-information');
  return [
    { ...at('umbrella://assess-your-risk/security-planning'), code: 'broken-link' },
    { line: dot.line, column: dot.column + 1, code: 'malformed-link' },
    { ...at('umbrella://information/managing-information'), code: 'broken-link' },
    { ...at('umbrella://stress/stress/beginner'), code: 'broken-link' },
  ].map((p) => ({ file: SEED_LESSON_FILE, ...p, message: expect.any(String) }));
};

describe('importing a guide', () => {
  const text = linkProblemLesson();

  it('imports a lesson with link problems from a folder, with every problem it has', async () => {
    const imported = await importGuide(writeTree({ [SEED_LESSON_FILE]: text }));

    expect(imported.lessons).toHaveLength(1);
    expect(imported.lessons[0]).toMatchObject({
      locale: 'fr',
      category: 'online-abuse',
      topic: 'respond',
      id: 'respond',
    });
    expect(imported.problems).toEqual(linkProblems(text));
  });

  it('imports the same lesson, with the same problems, from a .zip file', async () => {
    const zipFile = path.join(writeTree({}), 'guide.zip');
    writeFileSync(zipFile, zipSync({ [SEED_LESSON_FILE]: strToU8(text) }));

    const imported = await importGuide(zipFile);

    expect(imported.lessons.map((l) => l.title)).toEqual([LINK_PROBLEM_LESSON.title]);
    expect(imported.problems).toEqual(linkProblems(text));
  });

  it('keeps going past bad entries: zip-slip names and oversized files are reported, the rest imported', async () => {
    const zip = zipSync({
      '../escape.md': strToU8('x'),
      'en/online-abuse/respond/beginner/s_huge.md': new Uint8Array(LIMITS.fileBytes + 1).fill(65),
      [SEED_LESSON_FILE]: strToU8(text),
    });

    const imported = await importGuide(zip);

    expect(imported.lessons).toHaveLength(1);
    expect(
      imported.problems.filter((p) => p.code !== 'broken-link' && p.code !== 'malformed-link'),
    ).toEqual([
      {
        file: '../escape.md',
        line: 1,
        code: 'bad-path',
        message: 'path leaves the guide folder or is not relative',
      },
      {
        file: 'en/online-abuse/respond/beginner/s_huge.md',
        line: 1,
        code: 'unreadable-file',
        message: `${LIMITS.fileBytes + 1} bytes is over the ${LIMITS.fileBytes}-byte limit for one file`,
      },
    ]);
  });

  it('imports a help workflow from a folder and from a zip, checking its lesson links', async () => {
    const place = 'fr/online-abuse/get-help/beginner';
    const workflow = [
      'title: Je subis du harcèlement en ligne',
      'start: danger',
      'nodes:',
      '  - id: danger',
      '    question: Êtes-vous en danger ?',
      '    answers:',
      '      - label: Oui',
      '        helplines: { urgent: true }',
      '      - label: Non',
      '        lesson: umbrella://online-abuse/get-help/beginner/trouver',
      '',
    ].join('\n');
    const files = {
      [`${place}/s_find-help.md`]: lesson(1, "Trouver de l'aide"),
      [`${place}/w_harassed.yml`]: workflow,
    };
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));

    for (const imported of [await importGuide(writeTree(files)), await importGuide(zip)]) {
      expect(imported.workflows.map((w) => [w.id, w.nodes.length])).toEqual([['harassed', 1]]);
      expect(imported.problems).toEqual([
        {
          file: `${place}/w_harassed.yml`,
          line: 10,
          column: 17,
          code: 'broken-link',
          message:
            'umbrella://online-abuse/get-help/beginner/trouver: no lesson trouver at online-abuse/get-help/beginner in locale fr',
        },
      ]);
    }
  });

  it('reports bytes that are not a zip archive as one problem', async () => {
    const imported = await importGuide(strToU8('not a zip'));

    expect(imported.problems).toEqual([
      {
        file: 'upload.zip',
        line: 1,
        code: 'invalid-archive',
        message: expect.stringContaining('not a readable zip'),
      },
    ]);
  });
});
