import type { Page } from 'playwright-core';
import { freshVisitors } from './support/browser';
import { axeViolations, watchTraffic } from './support/public-page-checks';
import { stackInfo } from './support/stack-info';

const NEUTRAL_SITE = 'https://www.bbc.com/weather';
const LESSON_EN = '/guide/en/online-abuse/respond/beginner';
const LESSON_FR = '/guide/fr/online-abuse/respond/beginner';
const STEP = 'Block them on every social media account and messaging app.';
const REMEMBER = 'Remember my ticks on this device';

describe('public guide', () => {
  const { webUrl } = stackInfo();
  const open = freshVisitors();

  /** Waits until the guide's script has set the checklist up: it shows the remember control then. */
  async function checklistReady(page: Page): Promise<void> {
    await page.getByRole('checkbox', { name: REMEMBER }).waitFor();
  }

  it('reads a lesson with JavaScript off: text, one h1, the checklist as a list, a quick exit', async () => {
    const page = await open({ javaScriptEnabled: false });
    const response = await page.goto(`${webUrl}${LESSON_EN}`);

    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([
      'Responding to online abuse',
    ]);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Reporting abuse and removing content' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('checkbox', { name: STEP }).isVisible()).resolves.toBe(true);
    // Remembering needs JavaScript, so it is not offered without it.
    await expect(page.getByRole('checkbox', { name: REMEMBER }).count()).resolves.toBe(0);
    await expect(page.locator('.guide').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('link', { name: /Quick exit/ }).getAttribute('href')).resolves.toBe(
      NEUTRAL_SITE,
    );
  });

  it('leaves by quick exit and Back does not bring the guide back', async () => {
    const page = await open();
    // The neutral site is outside the test's world: a local blank page stands in for it.
    await page.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>x</title>',
      }),
    );
    await page.goto(`${webUrl}${LESSON_FR}`, { waitUntil: 'networkidle' });

    await page.getByRole('link', { name: /Sortie rapide/ }).click();
    await page.waitForURL(NEUTRAL_SITE);
    const navigated = page.waitForEvent('framenavigated');
    // Later, not inside evaluate: the navigation would cut its answer off.
    await page.evaluate(() => {
      setTimeout(() => history.back(), 0);
    });
    await navigated;

    expect(page.url()).not.toContain('/guide');
  });

  it('switches from English to French on the same lesson, and marks the page French', async () => {
    const page = await open();
    await page.goto(`${webUrl}${LESSON_EN}`, { waitUntil: 'networkidle' });

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Français' })
      .click();
    await page.waitForURL(`${webUrl}${LESSON_FR}`);

    await page.getByRole('heading', { level: 1, name: 'Réagir aux violences en ligne' }).waitFor();
    await expect(page.locator('.guide').getAttribute('lang')).resolves.toBe('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('ltr');
    await expect(
      page
        .getByRole('navigation', { name: 'Langue' })
        .getByRole('link', { name: 'English' })
        .getAttribute('href'),
    ).resolves.toBe(LESSON_EN);
  });

  it('keeps ticks on the device only after the reader opts in, and forgets them on request', async () => {
    const page = await open();
    await page.goto(`${webUrl}${LESSON_EN}`, { waitUntil: 'networkidle' });
    await checklistReady(page);
    const step = page.getByRole('checkbox', { name: STEP });
    const stored = () => page.evaluate(() => ({ ...window.localStorage }));

    await step.check();
    await expect(stored()).resolves.toEqual({});

    await page.getByRole('checkbox', { name: REMEMBER }).check();
    await expect(stored()).resolves.toEqual({
      'cairn.guide.ticks.online-abuse/respond/beginner/cut-off-contact': JSON.stringify([
        'block-accounts',
      ]),
    });

    await page.reload({ waitUntil: 'networkidle' });
    await checklistReady(page);
    await expect(step.isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: REMEMBER }).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Forget my ticks' }).click();
    await expect(step.isChecked()).resolves.toBe(false);
    await expect(stored()).resolves.toEqual({});

    await page.reload({ waitUntil: 'networkidle' });
    await checklistReady(page);
    await expect(step.isChecked()).resolves.toBe(false);
  });

  it('finds a French lesson from a word typed without its accent', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/guide/fr`);

    await page.getByRole('searchbox', { name: 'Rechercher dans le guide' }).fill('ecran');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(`${webUrl}/guide/fr/search?q=ecran`);

    const results = page.locator('.guide-results');
    await expect(
      results.getByRole('link', { name: 'Rassembler des preuves' }).getAttribute('href'),
    ).resolves.toBe('/guide/fr/online-abuse/document-evidence/beginner#lesson-document-evidence');
    await expect(results.locator('mark').first().textContent()).resolves.toBe('écran');
  });

  it.each(['/guide', '/guide/en', LESSON_EN, LESSON_FR, '/guide/fr/search?q=ecran'])(
    'has no accessibility violations axe-core can find on %s',
    async (path) => {
      const page = await open({ bypassCSP: true });
      await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
      const violations = await axeViolations(page);

      expect(violations).toEqual([]);
    },
  );

  it('sets no cookie and loads nothing from another host while a reader goes through the guide', async () => {
    const page = await open();
    const { hosts, cookies } = watchTraffic(page);

    await page.goto(`${webUrl}/guide`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Lire le guide en français' }).click();
    await page.waitForURL(`${webUrl}/guide/fr`);
    await page.getByRole('link', { name: 'Réagir aux violences en ligne' }).click();
    await page.waitForURL(`${webUrl}${LESSON_FR}`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${webUrl}/guide/fr/search?q=preuves`, { waitUntil: 'networkidle' });

    expect([...hosts]).toEqual([new URL(webUrl).host]);
    expect(cookies).toEqual([]);
    await expect(page.context().cookies()).resolves.toEqual([]);
  });

  it('sends any other spelling of a page to its one address, so that it is kept once', async () => {
    for (const spelling of [
      '/guide/%65n/online-abuse/respond/beginner',
      '/guide/e%6E/online%2Dabuse/respond/beginner',
    ]) {
      const answer = await fetch(`${webUrl}${spelling}?from=x`, { redirect: 'manual' });
      expect(answer.status).toBe(308);
      expect(new URL(answer.headers.get('location') ?? '', webUrl).toString()).toBe(
        `${webUrl}${LESSON_EN}?from=x`,
      );
    }
    const unreadable = await fetch(`${webUrl}/guide/en/%E0%A4%A`, { redirect: 'manual' });
    expect(unreadable.status).toBe(404);
    await expect(unreadable.text()).resolves.toContain('<main');
  });

  it('lets search engines index the lessons but not a reader’s searches', async () => {
    const lesson = await fetch(`${webUrl}${LESSON_EN}`);
    expect(lesson.headers.get('x-robots-tag')).toBeNull();
    expect(lesson.headers.get('set-cookie')).toBeNull();

    const search = await fetch(`${webUrl}/guide/en/search?q=evidence`);
    expect(search.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(search.headers.get('cache-control')).toBe('no-store, max-age=0');
    expect(search.headers.get('set-cookie')).toBeNull();
  });
});
