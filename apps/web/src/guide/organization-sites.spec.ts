import { OrganizationSites } from './organization-sites';

/** An API with one organisation, `north`, whose published guide is `content` at `version`. */
function api() {
  const state = { version: 1, content: 'first', versions: 0, loads: 0 };
  return {
    state,
    version: jest.fn(async (slug: string) => {
      state.versions += 1;
      return slug === 'north' ? String(state.version) : undefined;
    }),
    load: jest.fn(async (slug: string) => {
      state.loads += 1;
      return slug === 'north'
        ? { version: String(state.version), site: `${state.content} guide` }
        : undefined;
    }),
  };
}

function sites(source: ReturnType<typeof api>, clock: { now: number }, maxEntries = 10) {
  return new OrganizationSites<string>({
    freshMs: 1000,
    staleMs: 2000,
    maxEntries,
    version: source.version,
    load: source.load,
    now: () => clock.now,
  });
}

describe('OrganizationSites', () => {
  it('serves a guide it just built without asking the API again', async () => {
    const source = api();
    const guides = sites(source, { now: 0 });
    await expect(guides.get('north')).resolves.toBe('first guide');
    for (let i = 0; i < 100; i += 1) await guides.get('north');
    expect(source.state).toMatchObject({ loads: 1, versions: 0 });
  });

  it('asks only the version once the guide is no longer fresh, and fetches it only when it changed', async () => {
    const source = api();
    const clock = { now: 0 };
    const guides = sites(source, clock);
    await guides.get('north');

    clock.now = 2000;
    await expect(guides.get('north')).resolves.toBe('first guide');
    await guides.get('north');
    expect(source.state).toMatchObject({ loads: 1, versions: 1 });

    source.state.version = 2;
    source.state.content = 'published';
    clock.now = 2500;
    // Still fresh: a publication shows once the last check is `freshMs` old.
    await expect(guides.get('north')).resolves.toBe('first guide');
    clock.now = 4000;
    await expect(guides.get('north')).resolves.toBe('published guide');
    expect(source.state).toMatchObject({ loads: 2, versions: 2 });
  });

  it('serves the guide it has while it asks, until `staleMs` after the last check', async () => {
    const source = api();
    const clock = { now: 0 };
    const guides = sites(source, clock);
    await guides.get('north');
    source.state.version = 2;
    source.state.content = 'published';

    clock.now = 1999;
    await expect(guides.get('north')).resolves.toBe('first guide');
    // The question it started has been answered meanwhile: the next reader has the change.
    await new Promise((resolve) => setImmediate(resolve));
    await expect(guides.get('north')).resolves.toBe('published guide');
    expect(source.state).toMatchObject({ loads: 2, versions: 1 });
  });

  it('shares one question between readers who come together', async () => {
    const source = api();
    const clock = { now: 0 };
    const guides = sites(source, clock);
    await Promise.all(Array.from({ length: 20 }, () => guides.get('north')));
    expect(source.state.loads).toBe(1);
    clock.now = 5000;
    await Promise.all(Array.from({ length: 20 }, () => guides.get('north')));
    expect(source.state.versions).toBe(1);
  });

  it('knows no guide for an unknown slug, and forgets one whose organisation is gone', async () => {
    const source = api();
    const clock = { now: 0 };
    const guides = sites(source, clock);
    await expect(guides.get('south')).resolves.toBeUndefined();
    await guides.get('north');
    source.version.mockResolvedValueOnce(undefined);
    clock.now = 2000;
    await expect(guides.get('north')).resolves.toBeUndefined();
    await expect(guides.get('north')).resolves.toBe('first guide');
    expect(source.load.mock.calls.filter(([slug]) => slug === 'north')).toHaveLength(2);
  });

  it('keeps a failed question from sticking: the next reader asks again', async () => {
    const source = api();
    const clock = { now: 0 };
    const guides = sites(source, clock);
    await guides.get('north');
    source.version.mockRejectedValueOnce(new Error('API down'));
    clock.now = 1000;
    // Within `staleMs`, the failure costs the reader nothing; after it, the reader sees it.
    await expect(guides.get('north')).resolves.toBe('first guide');
    await new Promise((resolve) => setImmediate(resolve));
    source.version.mockRejectedValueOnce(new Error('API down'));
    clock.now = 2000;
    await expect(guides.get('north')).rejects.toThrow('API down');
    await expect(guides.get('north')).resolves.toBe('first guide');
  });

  it('keeps the guides of a bounded number of organisations', async () => {
    const source = api();
    source.load.mockImplementation(async (slug: string) => ({ version: '1', site: slug }));
    const guides = sites(source, { now: 0 }, 2);
    for (const slug of ['a', 'b', 'c', 'a']) await guides.get(slug);
    // `a` was forgotten to make room for `c`, and built again.
    expect(source.load.mock.calls.map(([slug]) => slug)).toEqual(['a', 'b', 'c', 'a']);
  });
});
