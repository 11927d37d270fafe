import { defaultGuideDir } from './default-guide-dir';
import { fileItems, formAnswersSchema } from './form-answers';
import { loadGuide, type Guide } from './load-guide';
import { FORM_ITEM_TYPES } from './schemas';

describe("Cairn's own guide", () => {
  let guide: Guide;
  beforeAll(async () => {
    guide = await loadGuide(defaultGuideDir);
  });

  it('has no problems', () => {
    expect(guide.problems).toEqual([]);
  });

  it('is written in English and French, with the same lessons in each', () => {
    const { locales, lessons } = guide;
    const ids = (locale: string) =>
      lessons.filter((l) => l.locale === locale).map((l) => `${l.topic}/${l.id}`);

    expect(locales).toEqual(['en', 'fr']);
    expect(ids('fr')).toEqual(ids('en'));
  });

  it('keeps every lesson between 250 and 600 words', () => {
    for (const lesson of guide.lessons) {
      const words = lesson.body.split(/\s+/).filter(Boolean).length;
      expect({ file: lesson.file, fits: words >= 250 && words <= 600 }).toEqual({
        file: lesson.file,
        fits: true,
      });
    }
  });

  it('lists the online-abuse topics a survivor needs', () => {
    expect(guide.listTopics('fr').map((t) => t.topic)).toEqual([
      'document-evidence',
      'get-help',
      'help-someone',
      'respond',
      'secure-accounts',
      'self-care',
      'sextortion',
    ]);
  });

  it('offers the cut-off-contact steps from the seed lesson, with the same ids in both locales', () => {
    const stepIds = (locale: string) =>
      guide
        .getChecklist(locale, 'cut-off-contact')
        ?.items.flatMap((item) => ('id' in item ? [item.id] : []));
    const required = [
      'no-confrontation',
      'filter-email',
      'block-accounts',
      'tighten-privacy',
      'change-passwords',
      'new-accounts-warn-contacts',
      'cover-webcam',
      'name-alerts',
      'do-not-pay',
    ];

    expect(stepIds('en')).toEqual(expect.arrayContaining(required));
    expect(stepIds('fr')).toEqual(stepIds('en'));
  });

  it('has evidence and account checklists and an incident form in each locale', () => {
    for (const locale of guide.locales) {
      expect(guide.getChecklist(locale, 'document-evidence')).toBeDefined();
      expect(guide.getChecklist(locale, 'secure-accounts')).toBeDefined();
      expect(guide.getForm(locale, 'incident-record')?.screens.length).toBeGreaterThan(0);
    }
  });

  it('ships the incident form as an intake form that feeds a case, the same in each locale', () => {
    const shape = (locale: string) =>
      guide.getForm(locale, 'incident-record')?.screens.flatMap((screen) =>
        screen.items.map((item) => ({
          type: item.type,
          name: 'name' in item ? item.name : undefined,
          case: item.case,
          scope: item.type === 'consent' ? item.scope : undefined,
        })),
      );
    const en = guide.getForm('en', 'incident-record');
    if (!en) throw new Error('no en incident-record form');

    expect(
      shape('en')
        ?.map((item) => item.case)
        .filter(Boolean),
    ).toEqual(['description', 'survivor-name', 'incident-date', 'incident-time']);
    // Every kind of question but a single choice, which it has no need of.
    expect(new Set(shape('en')?.map((item) => item.type))).toEqual(
      new Set(FORM_ITEM_TYPES.filter((type) => type !== 'single_choice')),
    );
    for (const locale of guide.locales) expect(shape(locale)).toEqual(shape('en'));
    expect(fileItems(en).map((item) => item.name)).toEqual(['files']);
    expect(
      formAnswersSchema(en).parse({
        description: 'Someone shares my photos.',
        date: '2026-11-02',
        platforms: ['instagram', 'other'],
        'share-with-platforms': true,
        'safe-contact': { channels: ['SIGNAL'], times: 'after 6pm', details: '', never: '' },
      }),
    ).toBeTruthy();
    expect(formAnswersSchema(en).safeParse({ name: 'Sam' }).error?.issues[0]?.path).toEqual([
      'description',
    ]);
  });

  it('offers the help workflow "I am being harassed online" with the same questions and answers in each locale', () => {
    const shape = (locale: string) =>
      guide.getWorkflow(locale, 'harassed')?.nodes.map((node) => ({
        id: node.id,
        answers: node.answers.map(({ label: _label, hint: _hint, ...leadsTo }) => leadsTo),
      }));

    expect(guide.getWorkflow('en', 'harassed')?.title).toBe('I am being harassed online');
    expect(guide.getWorkflow('fr', 'harassed')?.title).toBe('Je subis du harcèlement en ligne');
    expect(shape('en')?.length).toBeGreaterThanOrEqual(3);
    expect(shape('fr')).toEqual(shape('en'));
  });

  it('leads from the help workflow to other questions, to lessons and to urgent help', () => {
    const answers =
      guide.getWorkflow('en', 'harassed')?.nodes.flatMap((node) => node.answers) ?? [];
    const lessons = answers.flatMap((answer) => ('lesson' in answer ? [answer.lesson] : []));

    expect(answers.some((answer) => 'next' in answer)).toBe(true);
    expect(lessons).toEqual(
      expect.arrayContaining(
        ['sextortion', 'document-evidence', 'secure-accounts', 'self-care', 'respond'].map(
          (topic) => expect.stringContaining(`umbrella://online-abuse/${topic}/`),
        ),
      ),
    );
    expect(answers).toContainEqual(
      expect.objectContaining({ helplines: { service: 'sextortion', urgent: true } }),
    );
  });
});
