import { searchHref, umbrellaHref } from './paths';

describe('umbrellaHref', () => {
  const firstLevel = (category: string, topic: string) =>
    category === 'online-abuse' && topic === 'respond' ? ('beginner' as const) : undefined;

  it('leads a link with a level to that level of the topic in the reader’s locale', () => {
    expect(umbrellaHref('umbrella://online-abuse/respond/advanced', 'fr', firstLevel)).toBe(
      '/guide/fr/online-abuse/respond/advanced',
    );
  });

  it('leads a link to a lesson to its article on the level’s page', () => {
    expect(
      umbrellaHref('umbrella://online-abuse/respond/beginner/report-and-remove', 'en', firstLevel),
    ).toBe('/guide/en/online-abuse/respond/beginner#lesson-report-and-remove');
  });

  it('leads a link without a level to the first level the topic is taught at', () => {
    expect(umbrellaHref('umbrella://online-abuse/respond', 'en', firstLevel)).toBe(
      '/guide/en/online-abuse/respond/beginner',
    );
    expect(umbrellaHref('umbrella://online-abuse/unknown', 'en', firstLevel)).toBeUndefined();
  });

  it('leaves alone what is not an umbrella link', () => {
    expect(umbrellaHref('https://example.org/', 'en', firstLevel)).toBeUndefined();
    expect(umbrellaHref('umbrella://Online/../x', 'en', firstLevel)).toBeUndefined();
  });
});

describe('searchHref', () => {
  it('carries the query encoded', () => {
    expect(searchHref('fr', 'capture d’écran')).toBe(
      '/guide/fr/search?q=capture+d%E2%80%99%C3%A9cran',
    );
    expect(searchHref('fr')).toBe('/guide/fr/search');
  });
});
