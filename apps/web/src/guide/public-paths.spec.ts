import { isPublicPath } from '../security/headers';

describe('the guides’ public paths', () => {
  it('lets caches and search engines keep languages, topics, lessons and help workflows', () => {
    for (const root of ['/guide', '/o/north-line/guide']) {
      for (const path of [
        '',
        '/fr',
        '/pt-BR',
        '/en/online-abuse/respond/beginner',
        '/en/help/harassed',
        '/en/help/harassed/images',
        '/en/helplines',
      ]) {
        expect(isPublicPath(`${root}${path}`)).toBe(true);
      }
    }
  });

  it('keeps searches, helplines asked for something and anything else under a guide private', () => {
    expect(isPublicPath('/guide/en/helplines', '?service=sextortion')).toBe(false);
    expect(isPublicPath('/o/north/guide/en/helplines', '?language=fr')).toBe(false);
    for (const path of [
      '/guide/fr/search',
      '/o/north/guide/fr/search',
      '/guide/en/online-abuse',
      '/guide/en/online-abuse/respond',
      '/guide/en/online-abuse/respond/master',
      '/guide/en/online-abuse/respond/beginner/extra',
      '/guide/en/help',
      '/guide/en/help/harassed/images/more',
      '/guidebook',
      '/guide/',
      '/o/north',
      '/o/North/guide',
    ]) {
      expect(isPublicPath(path)).toBe(false);
    }
  });
});
