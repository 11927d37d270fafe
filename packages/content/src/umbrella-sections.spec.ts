import { loadGuide, guideFromFiles } from './load-guide';
import { lesson, writeTree } from './testing/fixtures';

const both = (relative: string, en: string, fr = en) => ({
  [`en/${relative}`]: en,
  [`fr/${relative}`]: fr,
});
/** A small guide with every section Umbrella has, in both locales. Words are ours. */
const SECTIONS: Record<string, string> = {
  ...both('about/s_about.md', lesson(1, 'About', 'See the [tools](umbrella://tools).\n')),
  ...both('glossary/s_burner.md', lesson(1, 'Burner phone', 'A phone used once.\n')),
  ...both(
    'tools/keys/s_key-manager.md',
    lesson(1, 'A key manager', 'Back to [calls](umbrella://talk/calls/beginner).\n'),
  ),
  ...both('tools/keys/s_key-cards.md', lesson(2, 'Key cards')),
  ...both(
    'talk/calls/beginner/s_calls.md',
    lesson(
      1,
      'Calls',
      'Use a [key manager](umbrella://tools/keys/s_key-manager.md), ask for [help](umbrella://urgent), read [burner](umbrella://glossary/s_burner.md).\n',
    ),
  ),
  ...both('urgent/.category.yml', 'index: 2\ntitle: Urgent help\n'),
  ...both(
    'talk/.category.yml',
    'index: 1\ntitle: Talking\nicon: talk.png\n',
    'index: 1\nname: Parler\n',
  ),
  ...both('talk/calls/.category.yml', 'index: 1\ntitle: Calls\n'),
  ...both('tools/.category.yml', 'index: 3\ntitle: Tools\n'),
  ...both('tools/keys/.category.yml', '{}\n'),
};
const files = (tree: Record<string, string>) =>
  Object.entries(tree).map(([path, text]) => ({ path, text }));
const problemsOf = (tree: Record<string, string>) =>
  guideFromFiles(files(tree)).problems.map((p) => [p.file, p.line, p.code]);

describe("Umbrella's sections outside the topics", () => {
  it('loads about, glossary and tools pages and category titles, with no problem', async () => {
    const guide = await loadGuide(writeTree(SECTIONS));

    expect(guide.problems).toEqual([]);
    expect(guide.listPages('en', 'about').map((p) => p.title)).toEqual(['About']);
    expect(guide.getPage('fr', 'glossary', 'burner')?.title).toBe('Burner phone');
    expect(guide.listPages('en', 'tools', 'keys').map((p) => p.id)).toEqual([
      'key-manager',
      'key-cards',
    ]);
    expect(guide.getCategory('fr', 'talk')).toMatchObject({ title: 'Parler', index: 1 });
    expect(guide.getCategory('en', 'talk')).toMatchObject({ extra: { icon: 'talk.png' } });
    expect(guide.getCategory('en', 'tools/keys')?.title).toBe('keys');
    // Pages are not topics: the topic list readers see is unchanged.
    expect(guide.listTopics('en').map((t) => t.topic)).toEqual(['calls']);
  });

  it('checks the links of tools and about pages, and reports a category that does not exist', () => {
    const tree = {
      ...SECTIONS,
      'fr/tools/keys/s_key-manager.md': lesson(
        1,
        'Clés',
        '[x](umbrella://tools/kys/s_key-cards.md)\n',
      ),
      'fr/about/s_about.md': lesson(1, 'À propos', '[x](umbrella://nowhere)\n'),
    };

    expect(guideFromFiles(files(tree)).problems.map((p) => [p.file, p.code, p.message])).toEqual([
      [
        'fr/about/s_about.md',
        'broken-link',
        'umbrella://nowhere: no category nowhere in locale fr',
      ],
      [
        'fr/tools/keys/s_key-manager.md',
        'broken-link',
        'umbrella://tools/kys/s_key-cards.md: no file tools/kys/s_key-cards.md in locale fr',
      ],
    ]);
  });

  it('reports an about page missing from a locale', () => {
    const { 'fr/about/s_about.md': _dropped, ...tree } = SECTIONS;

    expect(guideFromFiles(files(tree)).problems).toEqual([
      {
        file: 'en/about/s_about.md',
        line: 1,
        code: 'missing-in-locale',
        message: 'no fr version: create fr/about/s_about.md',
      },
    ]);
  });

  it('reports two pages of a tools group with one index, on the second by path', () => {
    const tree = { ...SECTIONS, 'en/tools/keys/s_key-cards.md': lesson(1, 'Key cards') };

    expect(problemsOf(tree)).toEqual([['en/tools/keys/s_key-manager.md', 2, 'duplicate-index']]);
  });

  it('reports two glossary terms whose file names make one id', () => {
    const tree = { ...SECTIONS, 'en/glossary/s_Burner.md': lesson(2, 'Burner') };

    expect(problemsOf(tree)).toEqual([['en/glossary/s_Burner.md', 1, 'duplicate-id']]);
  });
});

describe('.category.yml indexes', () => {
  it('reports sibling categories sharing an index once, on the translation that drifted, and keeps both', () => {
    const tree = { ...SECTIONS, 'fr/urgent/.category.yml': 'title: Urgence\nindex: 1\n' };
    const guide = guideFromFiles(files(tree));

    expect(guide.problems).toEqual([
      {
        file: 'fr/urgent/.category.yml',
        line: 2,
        code: 'duplicate-index',
        message: 'index 1 is also used by fr/talk/.category.yml: the en version has index 2',
      },
    ]);
    expect(guide.getCategory('fr', 'urgent')?.index).toBe(1);
    expect(guide.getCategory('fr', 'talk')?.index).toBe(1);
  });

  it('reports a clash every locale shares on the later folder, in each locale', () => {
    const tree = { ...SECTIONS, ...both('urgent/.category.yml', 'index: 1\ntitle: U\n') };

    expect(problemsOf(tree)).toEqual([
      ['en/urgent/.category.yml', 1, 'duplicate-index'],
      ['fr/urgent/.category.yml', 1, 'duplicate-index'],
    ]);
  });

  it('reports a .category.yml a locale lacks, naming the file to create', () => {
    const { 'fr/talk/calls/.category.yml': _dropped, ...tree } = SECTIONS;

    expect(guideFromFiles(files(tree)).problems).toEqual([
      {
        file: 'en/talk/calls/.category.yml',
        line: 1,
        code: 'missing-in-locale',
        message: 'no fr version: create fr/talk/calls/.category.yml',
      },
    ]);
  });

  it('reports a .category.yml that is not a mapping of title and index', () => {
    const tree = { ...SECTIONS, 'en/talk/.category.yml': 'title: Talking\nindex: first\n' };

    expect(problemsOf(tree)).toEqual([['en/talk/.category.yml', 2, 'invalid-category']]);
  });
});

describe('forms and checklists across locales', () => {
  const form = (name: string, label: string) =>
    [
      'title: Notes',
      'screens:',
      '- title: First',
      '  items:',
      `  - name: ${name}`,
      '    type: text_area',
      ...(label ? [`    label: ${label}`] : []),
      '',
    ].join('\n');

  it('reports a form item a translation left without its label, on that item', () => {
    const tree = both('forms/f_notes.yml', form('details', 'Details'), form('details', ''));

    expect(guideFromFiles(files(tree)).problems).toEqual([
      {
        file: 'fr/forms/f_notes.yml',
        line: 5,
        code: 'missing-in-locale',
        message:
          'this item has no label, but its en version has one: add its translation as label:',
      },
    ]);
  });

  it('does not compare labels item by item on a screen whose translation has another length', () => {
    const longer = form('details', 'Details').replace(
      'screens:\n- title: First\n  items:\n',
      'screens:\n- title: First\n  items:\n  - name: intro\n    type: label\n    label: Hello\n',
    );
    const tree = both('forms/f_notes.yml', longer, form('details', ''));

    expect(guideFromFiles(files(tree)).problems).toEqual([]);
  });

  it('reports a form whose field names were translated once, on the translation', () => {
    const tree = both('forms/f_notes.yml', form('mail', 'Mail'), form('courriel', 'Courriel'));

    expect(guideFromFiles(files(tree)).problems).toEqual([
      {
        file: 'fr/forms/f_notes.yml',
        line: 5,
        code: 'translated-key',
        message:
          '"courriel" is not in en/forms/f_notes.yml, which has "mail" instead: field names, option values and item settings (type, required, case, scope) are the same in every locale, so keep them as en writes them',
      },
    ]);
  });

  it('reports a translation that changes what an item asks: its type, required, role', () => {
    const en = form('mail', 'Mail').replace(
      '    type: text_area\n',
      '    type: text_area\n    required: true\n    case: description\n',
    );
    const fr = form('mail', 'Courriel').replace('    type: text_area\n', '    type: date\n');
    const tree = both('forms/f_notes.yml', en, fr);

    expect(guideFromFiles(files(tree)).problems).toEqual([
      {
        file: 'fr/forms/f_notes.yml',
        line: 5,
        code: 'translated-key',
        message:
          '"mail (type date)" is not in en/forms/f_notes.yml, which has "mail (type text_area)", "mail (required)", "mail (case description)" instead: field names, option values and item settings (type, required, case, scope) are the same in every locale, so keep them as en writes them',
      },
    ]);
  });

  it('reads a quoted step whose next lines are not indented, as Umbrella’s readers do', () => {
    const text = [
      'title: Basics',
      'list:',
      '- check: "Lock your [phone](umbrella://talk/calls/beginner)',
      'and your laptop"',
      '- check: "Then rest"',
      '',
    ].join('\n');
    const guide = guideFromFiles(files({ ...SECTIONS, ...both('pathways/c_basics.yml', text) }));

    expect(guide.problems).toEqual([]);
    expect(guide.getChecklist('fr', 'basics')?.items).toEqual([
      { id: 'step-1', check: 'Lock your [phone](umbrella://talk/calls/beginner) and your laptop' },
      { id: 'step-2', check: 'Then rest' },
    ]);
  });

  it('reports only the real YAML mistake in such a file, on its line as written', () => {
    const text = 'list:\n- check: "Lock your phone\nand your laptop"\n- check: Mute: them\n';

    expect(problemsOf({ 'en/pathways/c_basics.yml': text })).toEqual([
      ['en/pathways/c_basics.yml', 4, 'invalid-checklist'],
    ]);
  });
});
