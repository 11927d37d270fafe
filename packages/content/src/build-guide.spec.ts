import { loadGuide } from './load-guide';
import { lesson, writeTree } from './testing/fixtures';

const EN = 'en/online-abuse/respond/beginner';
const FR = 'fr/online-abuse/respond/beginner';

describe('checks across the whole guide', () => {
  it('reports a lesson present in one locale and missing in another', async () => {
    const guide = await loadGuide(
      writeTree({
        [`${EN}/s_first-steps.md`]: lesson(1, 'First'),
        [`${EN}/s_report.md`]: lesson(2, 'Report'),
        [`${FR}/s_first-steps.md`]: lesson(1, 'Premiers pas'),
      }),
    );

    expect(guide.problems).toEqual([
      {
        file: `${EN}/s_report.md`,
        line: 1,
        code: 'missing-in-locale',
        message: `no fr version: create ${FR}/s_report.md`,
      },
    ]);
  });

  it('reports a checklist step a translation lacks once, on the translation, after the step before it', async () => {
    const guide = await loadGuide(
      writeTree({
        [`${EN}/c_steps.yml`]:
          'list:\n  - id: block\n    check: Block them\n  - id: filter\n    check: Filter mail\n',
        [`${FR}/c_steps.yml`]: 'list:\n  - id: block\n    check: Bloquez\n',
      }),
    );

    expect(guide.problems).toEqual([
      {
        file: `${FR}/c_steps.yml`,
        line: 2,
        code: 'missing-in-locale',
        message: `"filter" of ${EN}/c_steps.yml (line 4) has no counterpart here: add it`,
      },
    ]);
  });

  it("reports two lessons of a level sharing an index, at the second one's index line", async () => {
    const guide = await loadGuide(
      writeTree({ [`${EN}/s_a.md`]: lesson(1, 'A'), [`${EN}/s_b.md`]: lesson(1, 'B') }),
    );

    expect(guide.problems).toEqual([
      {
        file: `${EN}/s_b.md`,
        line: 2,
        code: 'duplicate-index',
        message: `index 1 is also used by ${EN}/s_a.md: give each file of this folder its own index`,
      },
    ]);
  });

  it('resolves links to a topic, a level and a lesson, and names what is missing', async () => {
    const body = [
      '[topic](umbrella://online-abuse/respond)',
      '[level](umbrella://online-abuse/respond/beginner)',
      '[lesson](umbrella://online-abuse/respond/beginner/a)',
      '[no level](umbrella://online-abuse/respond/expert)',
      '[no lesson](umbrella://online-abuse/respond/beginner/zzz)',
    ].join('\n');
    const guide = await loadGuide(writeTree({ [`${EN}/s_a.md`]: lesson(1, 'A', body) }));

    expect(guide.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [
        8,
        'broken-link',
        'umbrella://online-abuse/respond/expert: topic online-abuse/respond has no expert level in locale en',
      ],
      [
        9,
        'broken-link',
        'umbrella://online-abuse/respond/beginner/zzz: no lesson zzz at online-abuse/respond/beginner in locale en',
      ],
    ]);
  });

  it('reports files outside the layout as bad paths and keeps checking the rest', async () => {
    const guide = await loadGuide(
      writeTree({
        'en/notes.md': 'x',
        [`en/online-abuse/respond/begginer/s_a.md`]: lesson(1, 'A'),
        [`${EN}/s_b.md`]: '# no front matter',
      }),
    );

    expect(guide.problems.map((p) => [p.file, p.line, p.code])).toEqual([
      ['en/notes.md', 1, 'bad-path'],
      ['en/online-abuse/respond/begginer/s_a.md', 1, 'bad-path'],
      [`${EN}/s_b.md`, 1, 'invalid-front-matter'],
    ]);
  });

  it('reports checklist and form mistakes at the line of the offending item', async () => {
    const guide = await loadGuide(
      writeTree({
        [`${EN}/c_steps.yml`]: 'list:\n  - label: Heading\n  - id: Not An Id\n    check: Call us\n',
        [`${EN}/f_record.yml`]:
          'title: Record\nscreens:\n  - name: One\n    items:\n      - name: kind\n        type: dropdown\n        label: Kind\n',
      }),
    );

    expect(guide.problems).toEqual([
      {
        file: `${EN}/c_steps.yml`,
        line: 3,
        column: 9,
        code: 'invalid-checklist',
        message: 'list[1].id: must be lowercase-kebab-case (a-z, 0-9, -)',
      },
      {
        file: `${EN}/f_record.yml`,
        line: 6,
        column: 15,
        code: 'invalid-form',
        message:
          'screens[0].items[0].type: type must be one of label, text_input, text_area, single_choice, multiple_choice, date, time, file, consent, safe_contact',
      },
    ]);
  });
});
