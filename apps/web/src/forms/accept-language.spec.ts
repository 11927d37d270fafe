import { localeFromAcceptLanguage } from './accept-language';

describe('localeFromAcceptLanguage', () => {
  it('takes the most wanted language the forms speak', () => {
    expect(localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(localeFromAcceptLanguage('de,fr;q=0.5,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('de, fr;q=0.7')).toBe('fr');
  });

  it('falls back to English when none is spoken or none is said', () => {
    expect(localeFromAcceptLanguage('ar,de;q=0.4')).toBe('en');
    expect(localeFromAcceptLanguage(null)).toBe('en');
    expect(localeFromAcceptLanguage('fr;q=0')).toBe('en');
  });
});
