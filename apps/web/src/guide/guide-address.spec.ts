import { guideAddress } from './guide-address';

describe('guideAddress', () => {
  it('reads the shared guide’s pages, from its language list down', () => {
    expect(guideAddress('/guide')).toEqual({ kind: 'page', segments: [] });
    expect(guideAddress('/guide/fr/online-abuse/respond/beginner')).toEqual({
      kind: 'page',
      segments: ['fr', 'online-abuse', 'respond', 'beginner'],
    });
  });

  it('reads an organisation’s guide and its slug', () => {
    expect(guideAddress('/o/north-line/guide/en/help/harassed')).toEqual({
      kind: 'page',
      slug: 'north-line',
      segments: ['en', 'help', 'harassed'],
    });
  });

  it('reads the guide’s assets by name', () => {
    expect(guideAddress('/guide-assets/guide.abc.css')).toEqual({
      kind: 'asset',
      name: 'guide.abc.css',
    });
  });

  it('keeps empty and undecodable segments, which no page has', () => {
    expect(guideAddress('/guide/')).toEqual({ kind: 'page', segments: [''] });
    expect(guideAddress('/guide/en/%E0%A4%A')).toEqual({
      kind: 'page',
      segments: ['en', '%E0%A4%A'],
    });
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
