import { defaultGuideDir, loadGuide } from '@cairn/content';
import { guideAddress, type PageAddress } from './guide-address';
import { PageCache } from './page-cache';
import { GuidePaths, SHARED_GUIDE_ROOT } from './paths';
import type { GuideSite } from './site';

const ASSETS = { style: '/guide-assets/guide.css', script: '/guide-assets/guide.js' };
const LESSON = '/guide/en/online-abuse/respond/beginner';

function page(path: string): PageAddress {
  const address = guideAddress(path);
  if (address?.kind !== 'page') throw new Error(`${path} is not a page of the guide`);
  return address;
}

describe('PageCache', () => {
  let site: GuideSite;
  let levels: string[];
  beforeAll(async () => {
    const guide = await loadGuide(defaultGuideDir);
    const paths = new GuidePaths(SHARED_GUIDE_ROOT);
    site = { brand: 'Cairn', paths, guide, helplines: async () => [] };
    levels = [...new Set(guide.lessons.map((lesson) => paths.level(lesson)))];
  });
  const none = new URLSearchParams();

  it('keeps a page once, under its one spelling, and serves it again', async () => {
    const pages = new PageCache(ASSETS, { maxEntries: 100, maxBytes: 1 << 20 });
    const first = await pages.page(site, page(LESSON), none);
    expect(first.status).toBe(200);
    for (const spelling of [LESSON, '/guide/%65n/online-abuse/respond/beginner']) {
      await expect(pages.page(site, page(spelling), none)).resolves.toBe(first);
    }
    expect(pages.usage.entries).toBe(1);
  });

  it('keeps nothing for a flood of addresses that are no page', async () => {
    const pages = new PageCache(ASSETS, { maxEntries: 100, maxBytes: 1 << 20 });
    for (let i = 0; i < 2000; i += 1) {
      const answer = await pages.page(site, page(`/guide/en/online-abuse/nowhere-${i}`), none);
      expect(answer.status).toBe(404);
    }
    await pages.page(site, page('/guide/en/search'), new URLSearchParams({ q: 'block' }));
    expect(pages.usage).toEqual({ entries: 0, bytes: 0 });
  });

  it('holds no more pages and bytes than its limits, however many real pages are read', async () => {
    expect(levels.length).toBeGreaterThan(10);
    const byCount = new PageCache(ASSETS, { maxEntries: 5, maxBytes: 1 << 30 });
    const byBytes = new PageCache(ASSETS, { maxEntries: 1000, maxBytes: 60_000 });
    for (const level of levels) {
      await byCount.page(site, page(level), none);
      await byBytes.page(site, page(level), none);
    }
    expect(byCount.usage.entries).toBe(5);
    expect(byBytes.usage.bytes).toBeLessThanOrEqual(60_000);
    expect(byBytes.usage.entries).toBeGreaterThan(0);
  });

  it('renders a page again for a guide rebuilt since it was kept', async () => {
    const pages = new PageCache(ASSETS, { maxEntries: 100, maxBytes: 1 << 20 });
    const before = await pages.page(site, page(LESSON), none);
    const renamed = { ...site, brand: 'North Line' };
    const after = await pages.page(renamed, page(LESSON), none);
    expect(after).not.toBe(before);
    expect(new TextDecoder().decode('bytes' in after ? after.bytes : undefined)).toContain(
      'North Line',
    );
    expect(pages.usage.entries).toBe(1);
  });
});
