import { isPublicPath } from '../security/headers';

describe('the guide’s public paths', () => {
  it('lets caches and search engines keep the language list, topics and lessons', () => {
    for (const path of [
      '/guide',
      '/guide/fr',
      '/guide/pt-BR',
      '/guide/en/online-abuse/respond/beginner',
    ]) {
      expect(isPublicPath(path)).toBe(true);
    }
  });

  it('keeps searches and anything else under /guide private', () => {
    for (const path of [
      '/guide/fr/search',
      '/guide/en/online-abuse',
      '/guide/en/online-abuse/respond',
      '/guide/en/online-abuse/respond/master',
      '/guide/en/online-abuse/respond/beginner/extra',
      '/guidebook',
      '/guide/',
    ]) {
      expect(isPublicPath(path)).toBe(false);
    }
  });
});
