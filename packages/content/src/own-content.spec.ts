import { defaultGuideDir } from './default-guide-dir';
import { loadGuide, type Guide } from './load-guide';

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
});
