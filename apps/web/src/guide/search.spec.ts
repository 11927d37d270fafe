import { defaultGuideDir, loadGuide, type Guide } from '@cairn/content';
import { plainText, queryTerms, searchLessons } from './search';

describe('searchLessons', () => {
  let guide: Guide;
  beforeAll(async () => {
    guide = await loadGuide(defaultGuideDir);
  });
  const lessonsIn = (locale: string) => guide.lessons.filter((l) => l.locale === locale);

  it('finds a French lesson from a word typed without accents or capitals', () => {
    const hits = searchLessons(lessonsIn('fr'), 'ECRAN');
    expect(hits.length).toBeGreaterThan(0);
    const [first] = hits;
    expect(first?.snippet.match).toBe('écran');
    expect(first?.snippet.before).toMatch(/d.$/);
  });

  it('needs every word of the query', () => {
    expect(searchLessons(lessonsIn('fr'), 'ecran zzzunknownzzz')).toEqual([]);
    expect(searchLessons(lessonsIn('fr'), '   ')).toEqual([]);
  });

  it('lists lessons whose title matches before those that only mention the words', () => {
    const hits = searchLessons(lessonsIn('en'), 'sextortion');
    expect(hits[0]?.lesson.topic).toBe('sextortion');
  });

  it('searches only the lessons it is given', () => {
    expect(searchLessons(lessonsIn('en'), 'écran')).toEqual([]);
  });
});

describe('queryTerms', () => {
  it('folds case and accents and drops punctuation and repeats', () => {
    expect(queryTerms('Écran, écran… PREUVES!')).toEqual(['ecran', 'preuves']);
  });
});

describe('plainText', () => {
  it('keeps a link’s words and drops its target and the Markdown marks', () => {
    expect(plainText('## Title\n\n- **Keep** [this](umbrella://a/b) `code`')).toBe(
      'Title Keep this code',
    );
  });
});
