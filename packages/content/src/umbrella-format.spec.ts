import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { checkDocument } from './check-document';
import { titleOf } from './document-title';
import { importGuide } from './import-guide';
import { parseGuideHref } from './links';
import { guideFromFiles, loadGuide } from './load-guide';
import { lesson, writeTree } from './testing/fixtures';
import { UMBRELLA_SHAPED } from './testing/umbrella-shaped';

const TROLLS = 'harassment/trolls/advanced';
const files = Object.entries(UMBRELLA_SHAPED).map(([p, text]) => ({ path: p, text }));
/** The fixture guide with one file added, or replaced when the path is taken. */
const withFile = (p: string, text: string) => [
  ...files.filter((file) => file.path !== p),
  { path: p, text },
];

describe('guides written for Umbrella', () => {
  it('import from a folder and from a zip with every file loaded and no problem', async () => {
    const zipFile = path.join(writeTree({}), 'umbrella.zip');
    writeFileSync(
      zipFile,
      zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)]))),
    );

    for (const source of [writeTree(UMBRELLA_SHAPED), zipFile]) {
      const imported = await importGuide(source);

      expect(imported.problems).toEqual([]);
      const loaded = [
        ...imported.lessons,
        ...imported.checklists,
        ...imported.forms,
        ...imported.workflows,
      ].map((item) => item.file);
      expect(loaded.sort()).toEqual(Object.keys(UMBRELLA_SHAPED).sort());
    }
  });

  it('take their ids from file names written freely, keeping the real path', async () => {
    const guide = await loadGuide(writeTree(UMBRELLA_SHAPED));

    expect(guide.lessons.filter((l) => l.locale === 'en').map((l) => [l.id, l.file])).toEqual([
      ['keep-calm', `en/${TROLLS}/s_Keep-Calm.md`],
      ['what-s-next', `en/${TROLLS}/s_what's-next.md`],
    ]);
    expect(guide.getLesson('en', 'harassment', 'trolls', 'advanced', 'keep-calm')?.title).toBe(
      'Keeping calm',
    );
    expect(guide.getChecklist('en', 'rough-day')?.file).toBe('en/pathways/c_rough_day.yml');
  });

  it('report two names that make the same id as a duplicate', () => {
    const guide = guideFromFiles(
      withFile(`en/${TROLLS}/s_keep_calm.md`, lesson(3, 'Calm again')).concat({
        path: 'en/pathways/c_Rough-Day.yml',
        text: 'list:\n- check: Breathe\n',
      }),
    );

    expect(
      guide.problems.filter((p) => p.code === 'duplicate-id').map((p) => [p.file, p.message]),
    ).toEqual([
      ['en/harassment/trolls/advanced/s_Keep-Calm.md', expect.stringContaining('"keep-calm"')],
      ['en/pathways/c_Rough-Day.yml', expect.stringContaining('"rough-day"')],
    ]);
  });

  it('number checklist steps that have no id, headings left out, for a case to tick', () => {
    const guide = guideFromFiles(files);

    expect(guide.checklists.find((c) => c.file === `en/${TROLLS}/c_checklist.yml`)).toMatchObject({
      id: 'checklist',
      topic: 'trolls',
      level: 'advanced',
      items: [
        { label: 'WHEN IT STARTS' },
        { id: 'step-1', check: 'Mute the accounts involved.' },
        { id: 'step-2', check: 'Save copies of the worst messages somewhere only you can open.' },
        { label: 'AFTERWARDS' },
        { id: 'step-3', check: 'Tell someone you trust.' },
      ],
    });
  });

  it('compare numbered steps across locales like ids, reporting the gap once on the translation', () => {
    const guide = guideFromFiles(
      withFile(`fr/${TROLLS}/c_checklist.yml`, 'list:\n- check: Masquez-les.\n'),
    );

    expect(guide.problems.map((p) => [p.file, p.line, p.code, p.message])).toEqual([
      [
        `fr/${TROLLS}/c_checklist.yml`,
        2,
        'missing-in-locale',
        `"step-2", "step-3" of en/${TROLLS}/c_checklist.yml (line 5) have no counterpart here: add them`,
      ],
    ]);
  });

  it('keep a checklist with one wrong line, reporting the line', () => {
    const text = 'list:\n- check: Mute them.\n- Block them.\n- check: Tell someone.\n';
    const guide = guideFromFiles([{ path: 'en/pathways/c_quick.yml', text }]);

    expect(guide.problems).toEqual([
      expect.objectContaining({
        file: 'en/pathways/c_quick.yml',
        line: 3,
        code: 'invalid-checklist',
      }),
    ]);
    expect(guide.getChecklist('en', 'quick')?.items).toEqual([
      { id: 'step-1', check: 'Mute them.' },
      { id: 'step-3', check: 'Tell someone.' },
    ]);
  });

  it('place pathways and forms straight in a category, with no topic or level', () => {
    const guide = guideFromFiles(files);

    const pathway = guide.getChecklist('fr', 'rough-day');
    expect(pathway).toMatchObject({ category: 'pathways', title: 'Une mauvaise journée en ligne' });
    expect(pathway?.topic).toBeUndefined();
    expect(guide.getForm('en', 'incident-notes')).toMatchObject({
      category: 'forms',
      title: 'Incident notes',
    });
    expect(
      titleOf('en/pathways/c_rough_day.yml', UMBRELLA_SHAPED['en/pathways/c_rough_day.yml']!),
    ).toBe('A rough day online');
  });

  it('keep lessons outside the page sections, and workflows, inside a topic’s level', () => {
    const guide = guideFromFiles([
      { path: 'en/help/s_about.md', text: lesson(1, 'About') },
      { path: 'en/help/w_start.yml', text: 'title: Start\n' },
    ]);

    expect(guide.problems.map((p) => [p.file, p.code])).toEqual([
      ['en/help/s_about.md', 'bad-path'],
      ['en/help/w_start.yml', 'bad-path'],
    ]);
  });

  it('read screen titles, unlabelled fields and sentences as option values', () => {
    const form = guideFromFiles(files).getForm('en', 'incident-notes');

    expect(form?.screens.map((s) => s.name)).toEqual(['What happened', '']);
    expect(form?.screens[0]?.items).toEqual([
      { type: 'text_input', name: 'when', label: 'When did it happen?' },
      {
        type: 'multiple_choice',
        name: 'where',
        label: 'Where did it happen?',
        options: [
          { label: 'On a social network', value: 'A social network' },
          { label: 'By e-mail', value: 'By e-mail' },
        ],
      },
      { type: 'text_area', name: 'where-more' },
    ]);
  });

  it('report an option value that is only spaces', () => {
    const text = [
      'title: Notes',
      'screens:',
      '- title: One',
      '  items:',
      '  - {name: details, type: text_area}',
      '- title: Two',
      '  items:',
      '  - {name: more, type: text_area}',
      '  - name: pick',
      '    type: single_choice',
      '    options: [{label: Yes, value: yes}, {label: No, value: "  "}]',
      '',
    ].join('\n');
    const guide = guideFromFiles([{ path: 'en/forms/f_notes.yml', text }]);

    expect(guide.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [11, 'invalid-form', 'screens[1].items[1].options[1].value: must not be empty'],
    ]);
  });

  it('keep the repeat of a field name from dropping an otherwise valid form', () => {
    const text =
      'title: Notes\nscreens:\n- title: One\n  items:\n  - {name: a, type: text_area}\n  - {name: a, type: text_input}\n';
    const guide = guideFromFiles([{ path: 'en/forms/f_notes.yml', text }]);

    expect(guide.problems.map((p) => p.code)).toEqual(['repeated-field']);
    expect(guide.getForm('en', 'notes')?.screens[0]?.items).toHaveLength(2);
  });

  it('resolve links to lesson and form files, and report those to missing files', () => {
    const text = [
      'list:',
      `- check: "[calm](umbrella://${TROLLS}/s_KEEP-calm.md)"`,
      '- check: "[form](umbrella://forms/f_incident-notes.yml)"',
      `- check: "[gone](umbrella://${TROLLS}/s_gone.md)"`,
      '- check: "[gone form](umbrella://forms/f_gone.yml)"',
      '',
    ].join('\n');

    expect(
      checkDocument(files, 'en/pathways/c_more.yml', text).map((p) => [p.line, p.code, p.message]),
    ).toEqual([
      [4, 'broken-link', expect.stringContaining(`no file ${TROLLS}/s_gone.md in locale en`)],
      [5, 'broken-link', expect.stringContaining('no file forms/f_gone.yml in locale en')],
    ]);
  });

  it('read a link to a lesson file as that lesson, and one to a form as a file', () => {
    expect(parseGuideHref(`umbrella://${TROLLS}/s_Keep-Calm.md`)).toEqual({
      category: 'harassment',
      topic: 'trolls',
      level: 'advanced',
      lesson: 'keep-calm',
      file: `${TROLLS}/s_Keep-Calm.md`,
    });
    expect(parseGuideHref('umbrella://forms/f_incident-notes.yml')).toEqual({
      category: 'forms',
      file: 'forms/f_incident-notes.yml',
    });
    expect(parseGuideHref('umbrella://harassment/trolls')).toEqual({
      category: 'harassment',
      topic: 'trolls',
    });
  });
});
