import type { Page } from 'playwright-core';
import { freshVisitors } from './support/browser';
import { stackInfo } from './support/stack-info';

const NEUTRAL_SITE = 'https://www.bbc.com/weather';
// The guide's longest lesson page: its last line is far below a phone's screen.
const LONGEST_LESSON = '/guide/en/online-abuse/get-help/beginner';

describe('leaving the public guide quickly', () => {
  const { webUrl } = stackInfo();
  const open = freshVisitors();

  /** The neutral site is outside the test's world: a local blank page stands in for it. */
  async function standInForNeutralSite(page: Page): Promise<void> {
    await page.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>x</title>',
      }),
    );
  }

  async function goBack(page: Page): Promise<void> {
    const navigated = page.waitForEvent('framenavigated');
    // Later, not inside evaluate: the navigation would cut its answer off.
    await page.evaluate(() => {
      setTimeout(() => history.back(), 0);
    });
    await navigated;
  }

  it('keeps a visit of three guide pages to one history entry, so Back after quick exit does not reach the guide', async () => {
    const page = await open();
    await standInForNeutralSite(page);
    await page.goto(`${webUrl}/`, { waitUntil: 'networkidle' });
    await page.goto(`${webUrl}/guide/en`, { waitUntil: 'networkidle' });
    const entries = await page.evaluate(() => history.length);

    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('evidence');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${webUrl}/guide/en/search?q=evidence`);
    await page.waitForLoadState('networkidle');
    await page.locator('.guide-results a').first().click();
    await page.waitForURL(/\/guide\/en\/online-abuse\//);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.getByRole('link', { name: /Quick exit/ }).click();
    await page.waitForURL(NEUTRAL_SITE);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await goBack(page);

    expect(page.url()).toBe(`${webUrl}/`);
  });

  it('keeps the quick exit in view at the end of the longest lesson on a 375 px screen, first for Tab', async () => {
    const page = await open({ viewport: { width: 375, height: 667 } });
    await page.goto(`${webUrl}${LONGEST_LESSON}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 1000);

    const box = await page.getByRole('link', { name: /Quick exit/ }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(375);

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'quick-exit',
    );
  });

  it('does not leave when Escape is pressed in the search box, and leaves when pressed elsewhere', async () => {
    const page = await open();
    await standInForNeutralSite(page);
    await page.goto(`${webUrl}/guide/en`, { waitUntil: 'networkidle' });

    const search = page.getByRole('searchbox', { name: 'Search the guide' });
    await search.fill('evidence');
    await search.press('Escape');
    // A navigation, had one started, would have been committed by the time this answers.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(page.url()).toBe(`${webUrl}/guide/en`);

    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);
  });

  it('says in English and French what quick exit cannot erase', async () => {
    const page = await open({ javaScriptEnabled: false });
    for (const [locale, link, text] of [
      ['en', /what quick exit cannot hide/, /history/],
      ['fr', /ce que la sortie rapide ne peut pas effacer/, /historique/],
    ] as const) {
      await page.goto(`${webUrl}/guide/${locale}`);
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(`${webUrl}/guide/${locale}/leaving-quickly`);
      await expect(page.locator('main').textContent()).resolves.toMatch(text);
    }
  });
});
