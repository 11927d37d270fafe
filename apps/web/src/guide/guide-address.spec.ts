import { guideAddress } from './guide-address';

describe('guideAddress', () => {
  it('reads the shared guide’s pages, from its language list down', () => {
    expect(guideAddress('/guide')).toEqual({ kind: 'page', segments: [], path: '/guide' });
    expect(guideAddress('/guide/fr/online-abuse/respond/beginner')).toEqual({
      kind: 'page',
      segments: ['fr', 'online-abuse', 'respond', 'beginner'],
      path: '/guide/fr/online-abuse/respond/beginner',
    });
  });

  it('reads an organisation’s guide and its slug', () => {
    expect(guideAddress('/o/north-line/guide/en/help/harassed')).toEqual({
      kind: 'page',
      slug: 'north-line',
      segments: ['en', 'help', 'harassed'],
      path: '/o/north-line/guide/en/help/harassed',
    });
  });

  it('gives every spelling of a page one path, the one it is kept under', () => {
    for (const spelling of [
      '/guide/en/online-abuse/respond/beginner',
      '/guide/%65n/online-abuse/respond/beginner',
      '/guide/e%6E/online-abuse/respond/beginner',
      '/guide/en/online%2Dabuse/respond/beginner',
    ]) {
      expect(guideAddress(spelling)).toMatchObject({
        segments: ['en', 'online-abuse', 'respond', 'beginner'],
        path: '/guide/en/online-abuse/respond/beginner',
      });
    }
    expect(guideAddress('/o/d%65mo/guide/en')).toMatchObject({
      slug: 'demo',
      path: '/o/demo/guide/en',
    });
    // Its own path is the one spelling of itself, so a redirect to it ends there.
    const odd = guideAddress('/guide/en/caf%c3%a9%2fx');
    expect(odd).toMatchObject({ segments: ['en', 'café/x'], path: '/guide/en/caf%C3%A9%2Fx' });
    expect(guideAddress('/guide/en/caf%C3%A9%2Fx')).toEqual(odd);
  });

  it('reads the guide’s assets by name', () => {
    expect(guideAddress('/guide-assets/guide.abc.css')).toEqual({
      kind: 'asset',
      name: 'guide.abc.css',
    });
  });

  it('keeps empty segments, which no page has, and knows a malformed escape for no page', () => {
    expect(guideAddress('/guide/')).toEqual({ kind: 'page', segments: [''], path: '/guide/' });
    expect(guideAddress('/guide/en/%E0%A4%A')).toEqual({ kind: 'unreadable' });
    expect(guideAddress('/o/%E0/guide/en')).toEqual({ kind: 'unreadable' });
  });

  it('leaves every other path alone', () => {
    for (const path of [
      '/',
      '/guidebook',
      '/guide-content',
      '/o/north',
      '/o/north/cases',
      '/x/guide',
    ]) {
      expect(guideAddress(path)).toBeUndefined();
    }
  });
});
