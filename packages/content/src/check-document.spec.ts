import { checkDocument } from './check-document';
import { defaultGuideFiles } from './guide-files';
import type { SourceFile } from './source-file';
import { lesson, positionOf } from './testing/fixtures';

const RESPOND = 'en/online-abuse/respond/beginner';
const FIRST_STEPS = `${RESPOND}/s_first-steps.md`;

describe('checking one document against a guide', () => {
  let files: SourceFile[];
  let firstSteps: string;
  beforeAll(async () => {
    files = await defaultGuideFiles();
    firstSteps = files.find((f) => f.path === FIRST_STEPS)?.text ?? '';
  });

  it('finds no problem in an override of a shared lesson that only changes its words', () => {
    const text = firstSteps.replace(
      'title: Responding to online abuse',
      'title: When someone abuses you online',
    );

    expect(text).not.toBe(firstSteps);
    expect(checkDocument(files, FIRST_STEPS, text)).toEqual([]);
  });

  it('reports a broken link on its own line and column', () => {
    const text = `${firstSteps}\nSee [planning](umbrella://online-abuse/safety-plan).\n`;

    expect(checkDocument(files, FIRST_STEPS, text)).toEqual([
      {
        file: FIRST_STEPS,
        ...positionOf(text, 'umbrella://online-abuse/safety-plan'),
        code: 'broken-link',
        message:
          'umbrella://online-abuse/safety-plan: no topic online-abuse/safety-plan in locale en',
      },
    ]);
  });

  it('reports a path outside the layout on line 1', () => {
    expect(checkDocument(files, 'en/online-abuse/respond/s_x.md', lesson(1, 'X'))).toEqual([
      {
        file: 'en/online-abuse/respond/s_x.md',
        line: 1,
        code: 'bad-path',
        message:
          'expected <locale>/<category>/<topic>/<level>/<file>, <locale>/<category>/<file> for a checklist or form, <locale>/about|glossary/s_<page>.md or <locale>/tools/<group>/s_<tool>.md',
      },
    ]);
  });

  it('reports an index a sibling lesson already uses, but not a missing translation', () => {
    const path = `${RESPOND}/s_call-us.md`;

    expect(checkDocument(files, path, lesson(2, 'Call us'))).toEqual([
      {
        file: path,
        line: 2,
        code: 'duplicate-index',
        message: `index 2 is also used by ${RESPOND}/s_report-and-remove.md`,
      },
    ]);
    expect(checkDocument(files, path, lesson(3, 'Call us'))).toEqual([]);
  });

  it('reports a checklist whose name makes an id its folder already uses', () => {
    const path = `${RESPOND}/c_Cut_Off_Contact.yml`;

    expect(checkDocument(files, path, 'list:\n  - id: call\n    check: Call us\n')).toEqual([
      {
        file: path,
        line: 1,
        code: 'duplicate-id',
        message: `checklist id "cut-off-contact" is already used by ${RESPOND}/c_cut-off-contact.yml`,
      },
    ]);
  });

  it('lets checklists in different levels share a name, as Umbrella’s c_checklist.yml do', () => {
    const path = 'en/online-abuse/get-help/beginner/c_cut-off-contact.yml';

    expect(checkDocument(files, path, 'list:\n  - id: call\n    check: Call us\n')).toEqual([]);
  });

  it('checks a workflow’s questions and lesson links', () => {
    const path = 'fr/online-abuse/get-help/beginner/w_harassed.yml';
    const text = (files.find((f) => f.path === path)?.text ?? '')
      .replace('next: coping', 'next: cope')
      .replace(
        'umbrella://online-abuse/self-care/beginner',
        'umbrella://online-abuse/self-care/expert',
      );

    expect(checkDocument(files, path, text).map((p) => [p.line, p.code])).toEqual([
      [positionOf(text, 'next: cope').line, 'unknown-node'],
      [positionOf(text, 'id: coping').line, 'unreachable-node'],
      [positionOf(text, 'self-care/expert').line, 'broken-link'],
    ]);
  });

  it("checks a folder's .category.yml: its keys, and an index a sibling folder has", () => {
    const guide: SourceFile[] = [
      { path: 'en/sharing/.category.yml', text: 'index: 2\ntitle: Sharing\n' },
      { path: 'en/sharing/photos/.category.yml', text: 'index: 2\ntitle: Photos\n' },
      { path: 'fr/travel/.category.yml', text: 'index: 3\ntitle: Voyager\n' },
    ];
    // Another level (sharing/photos) and another language (fr) may use the same index.
    expect(checkDocument(guide, 'en/travel/.category.yml', 'index: 3\ntitle: Travel\n')).toEqual(
      [],
    );
    expect(checkDocument(guide, 'en/travel/.category.yml', 'title: Travel\nindex: 2\n')).toEqual([
      expect.objectContaining({
        file: 'en/travel/.category.yml',
        line: 2,
        code: 'duplicate-index',
        message: expect.stringContaining('en/sharing/.category.yml'),
      }),
    ]);
    expect(checkDocument(guide, 'en/travel/.category.yml', 'title: [Travel]\n')).toEqual([
      expect.objectContaining({ file: 'en/travel/.category.yml', code: 'invalid-category' }),
    ]);
  });
});
