import { GuidePaths, SHARED_GUIDE_ROOT, organizationGuideRoot } from './paths';

const shared = new GuidePaths(SHARED_GUIDE_ROOT);

describe('GuidePaths.umbrella', () => {
  const firstLevel = (category: string, topic: string) =>
    category === 'online-abuse' && topic === 'respond' ? ('beginner' as const) : undefined;

  it('leads a link with a level to that level of the topic in the reader’s locale', () => {
    expect(shared.umbrella('umbrella://online-abuse/respond/advanced', 'fr', firstLevel)).toBe(
      '/guide/fr/online-abuse/respond/advanced',
    );
  });

  it('leads a link to a lesson to its article on the level’s page', () => {
    expect(
      shared.umbrella(
        'umbrella://online-abuse/respond/beginner/report-and-remove',
        'en',
        firstLevel,
      ),
    ).toBe('/guide/en/online-abuse/respond/beginner#lesson-report-and-remove');
  });

  it('leads a link without a level to the first level the topic is taught at', () => {
    expect(shared.umbrella('umbrella://online-abuse/respond', 'en', firstLevel)).toBe(
      '/guide/en/online-abuse/respond/beginner',
    );
    expect(shared.umbrella('umbrella://online-abuse/unknown', 'en', firstLevel)).toBeUndefined();
  });

  it('leads a link to a category, a section or a file to the page that shows it', () => {
    const to = (href: string) => shared.umbrella(href, 'fr', firstLevel);
    expect(to('umbrella://online-abuse')).toBe('/guide/fr/online-abuse');
    expect(to('umbrella://glossary')).toBe('/guide/fr/glossary');
    expect(to('umbrella://glossary/s_Two-Factor.md')).toBe('/guide/fr/glossary/two-factor');
    expect(to('umbrella://about/s_who.md')).toBe('/guide/fr/about/who');
    expect(to('umbrella://tools/pgp')).toBe('/guide/fr/tools/pgp');
    expect(to('umbrella://tools/pgp/s_keys.md')).toBe('/guide/fr/tools/pgp/keys');
    expect(to('umbrella://forms/f_incident.yml')).toBe('/guide/fr/form/incident');
    expect(to('umbrella://pathways/c_first_days.yml')).toBe(
      '/guide/fr/pathways#checklist-first-days',
    );
    expect(to('umbrella://online-abuse/respond/beginner/s_report-and-remove.md')).toBe(
      '/guide/fr/online-abuse/respond/beginner#lesson-report-and-remove',
    );
  });

  it('leaves alone what is not an umbrella link', () => {
    expect(shared.umbrella('https://example.org/', 'en', firstLevel)).toBeUndefined();
    expect(shared.umbrella('umbrella://Online/../x', 'en', firstLevel)).toBeUndefined();
  });

  it('stays inside an organisation’s guide', () => {
    const own = new GuidePaths(organizationGuideRoot('north'));
    expect(own.umbrella('umbrella://online-abuse/respond', 'en', firstLevel)).toBe(
      '/o/north/guide/en/online-abuse/respond/beginner',
    );
  });
});

describe('GuidePaths', () => {
  it('carries a search query encoded', () => {
    expect(shared.search('fr', 'capture d’écran')).toBe(
      '/guide/fr/search?q=capture+d%E2%80%99%C3%A9cran',
    );
    expect(shared.search('fr')).toBe('/guide/fr/search');
  });

  it('gives a workflow’s first question the workflow’s own address', () => {
    expect(shared.workflow('en', 'harassed')).toBe('/guide/en/help/harassed');
    expect(shared.workflow('en', 'harassed', 'threats')).toBe('/guide/en/help/harassed/threats');
  });

  it('puts only the parts of a helpline filter that are set in the address', () => {
    expect(shared.helplines('fr')).toBe('/guide/fr/helplines');
    expect(shared.helplines('fr', { service: 'sextortion', language: 'fr', urgent: true })).toBe(
      '/guide/fr/helplines?service=sextortion&language=fr&urgent=1',
    );
  });
});
