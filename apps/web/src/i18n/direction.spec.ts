import { textDirection } from './direction';

describe('textDirection', () => {
  it('writes Arabic, Persian and Hebrew right to left, region or not', () => {
    for (const locale of ['ar', 'fa', 'he', 'ar-EG', 'fa-IR', 'ur_PK']) {
      expect(textDirection(locale)).toBe('rtl');
    }
  });

  it('writes English, French and unknown languages left to right', () => {
    for (const locale of ['en', 'fr', 'fr-CA', 'es', 'xx', '']) {
      expect(textDirection(locale)).toBe('ltr');
    }
  });
});
