import { documentLocale } from './document-locale';

describe('documentLocale', () => {
  it('takes the guide’s locale and its direction from the path', () => {
    expect(documentLocale('/guide/fr/online-abuse/respond/beginner')).toEqual({
      lang: 'fr',
      dir: 'ltr',
    });
    expect(documentLocale('/guide/ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(documentLocale('/guide/fa/search')).toEqual({ lang: 'fa', dir: 'rtl' });
  });

  it('is English for the language list and every other page', () => {
    for (const path of ['/', '/guide', '/guidebook/fr', '/cases']) {
      expect(documentLocale(path)).toEqual({ lang: 'en', dir: 'ltr' });
    }
  });
});
