import type { Page } from 'playwright-core';
import { freshVisitors } from './support/browser';
import { axeViolations, watchTraffic } from './support/public-page-checks';
import { FIXTURE, stackInfo } from './support/stack-info';

const NEUTRAL_SITE = 'https://www.bbc.com/weather';
const { slug: SLUG, name: ORGANIZATION } = FIXTURE.helpGuide.organization;
const OWN_LINE = 'E2E Help Line: listening line';
const OTHER_LINE = 'E2E Help Line: night desk';

describe('finding help through the guide', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const open = freshVisitors();

  /** The organisation's helplines, made through the API as its admin would. */
  async function createHelplines(): Promise<void> {
    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIXTURE.helpGuide.email, password }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const create = async (body: object) => {
      const response = await fetch(`${apiUrl}/content/helplines`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      expect({ status: response.status, body: await response.json() }).toMatchObject({
        status: 201,
      });
    };
    await create({
      name: OWN_LINE,
      description: 'We listen, and act with you.',
      languages: ['en', 'fr'],
      services: ['sextortion', 'intimate-images', 'harassment'],
      regions: ['FR', 'BE'],
      hours: 'Mon–Fri 9:00–18:00',
      timeZone: 'Europe/Paris',
      responseHours: 24,
      takesUrgent: true,
      channels: [
        { kind: 'signal', value: '+33 6 12 34 56 78', secure: true },
        { kind: 'email', value: 'listen@help.e2e.test' },
      ],
      intakeFormId: 'incident-record',
      own: true,
      listed: true,
    });
    await create({
      name: OTHER_LINE,
      languages: ['en'],
      services: ['sextortion', 'legal'],
      regions: ['global'],
      timeZone: 'UTC',
      channels: [{ kind: 'web', value: 'https://night.help.e2e.test/' }],
      listed: true,
    });
  }

  beforeAll(async () => {
    await createHelplines();
  });

  const helplineNames = (page: Page) => page.locator('.helpline h3').allTextContents();

  it('follows the help workflow to a helpline with JavaScript off, every answer a plain link', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/guide/en`);

    const findHelp = page.getByRole('region', { name: 'Find help' });
    await findHelp.getByRole('link', { name: 'I am being harassed online' }).click();
    await page.waitForURL(`${webUrl}/guide/en/help/harassed`);
    await page.getByRole('heading', { level: 2, name: 'Are you in danger right now?' }).waitFor();

    await page
      .getByRole('link', { name: 'Someone is threatening to share intimate images of me' })
      .click();
    await page.waitForURL(`${webUrl}/guide/en/help/harassed/images`);
    await page.getByRole('link', { name: 'To talk to someone who deals with this, today' }).click();
    await page.waitForURL(`${webUrl}/guide/en/helplines?service=sextortion&urgent=1`);

    // The page's language is asked for unless the reader says otherwise; the night desk takes
    // no urgent cases, so only the listening line is left.
    await expect(page.getByRole('combobox', { name: 'Language' }).inputValue()).resolves.toBe('en');
    await expect(page.getByRole('combobox', { name: 'Help with' }).inputValue()).resolves.toBe(
      'sextortion',
    );
    await expect(helplineNames(page)).resolves.toEqual([OWN_LINE]);
    const line = page.getByRole('article', { name: OWN_LINE });
    await expect(line.textContent()).resolves.toContain(`Run by ${ORGANIZATION}`);
    await expect(line.textContent()).resolves.toContain('Mon–Fri 9:00–18:00 (Europe/Paris)');
    await expect(
      line.locator('li', { hasText: 'Signal' }).locator('.secure').textContent(),
    ).resolves.toBe('secure');
    await expect(
      line.getByRole('link', { name: 'listen@help.e2e.test' }).getAttribute('href'),
    ).resolves.toBe('mailto:listen@help.e2e.test');

    // Widening the choice is the same plain GET form.
    await page.getByLabel('Only helplines that take urgent cases').uncheck();
    await page.getByRole('button', { name: 'Show helplines' }).click();
    await page.waitForURL(/\/guide\/en\/helplines\?service=sextortion&language=en&region=$/);
    await expect(helplineNames(page)).resolves.toEqual([OWN_LINE, OTHER_LINE]);
    await page.getByRole('combobox', { name: 'Where you are' }).selectOption('BE');
    await page.getByRole('button', { name: 'Show helplines' }).click();
    await page.waitForURL(/region=BE/);
    await expect(helplineNames(page)).resolves.toEqual([OWN_LINE, OTHER_LINE]);
  });

  it('leads an answer to the lesson it names, in the reader’s language', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/guide/fr/help/harassed/images`);
    await page.getByRole('link', { name: 'Savoir quoi faire, et quoi ne pas faire' }).click();
    await page.waitForURL(`${webUrl}/guide/fr/online-abuse/sextortion/beginner`);
    await page.getByRole('heading', { level: 1, name: 'Sextorsion et images intimes' }).waitFor();
  });

  it('switches language on the same question of the workflow', async () => {
    const page = await open();
    await page.goto(`${webUrl}/guide/en/help/harassed/images`);
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Français' })
      .click();
    await page.waitForURL(`${webUrl}/guide/fr/help/harassed/images`);
    await page
      .getByRole('heading', { level: 2, name: "De quoi avez-vous besoin d'abord ?" })
      .waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
  });

  it('shows the organisation’s guide under its name, its own service first with its form', async () => {
    const page = await open({ javaScriptEnabled: false });
    const response = await page.goto(`${webUrl}/o/${SLUG}/guide/fr`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('header .brand').textContent()).resolves.toBe(ORGANIZATION);

    await page
      .getByRole('region', { name: 'Trouver de l’aide' })
      .getByRole('link', { name: 'Voir toutes les lignes d’écoute' })
      .click();
    await page.waitForURL(`${webUrl}/o/${SLUG}/guide/fr/helplines`);
    // Only this organisation's helplines; both speak French or English, so "any language".
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL(/language=&/);
    await expect(helplineNames(page)).resolves.toEqual([OWN_LINE, OTHER_LINE]);
    const own = page.getByRole('article', { name: OWN_LINE });
    await expect(own.textContent()).resolves.toContain(`Le service de ${ORGANIZATION}`);
    await expect(own.locator('[data-intake-form="incident-record"]').textContent()).resolves.toBe(
      "Relevé d'incident",
    );
  });

  it('offers, under "where you are", the countries the helplines cover, every one for a helpline that serves everyone', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/o/${SLUG}/guide/en/helplines`);
    const where = page.getByRole('combobox', { name: 'Where you are' });
    const offered = await where.locator('option').allTextContents();

    expect(offered).toEqual(expect.arrayContaining(['Any', 'Belgium', 'France', 'Kenya']));
    await where.selectOption({ label: 'Kenya' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('');
    await page.getByRole('button', { name: 'Show helplines' }).click();
    await page.waitForURL(/region=KE/);
    await expect(helplineNames(page)).resolves.toEqual([OTHER_LINE]);
  });

  it('answers an unknown organisation with the guide’s "not found" page', async () => {
    const page = await open({ javaScriptEnabled: false });
    const response = await page.goto(`${webUrl}/o/no-such-organisation/guide/en`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  });

  it('leaves an organisation’s guide by the Escape key, replacing the page in history', async () => {
    const page = await open();
    await page.context().route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>x</title>',
      }),
    );
    await page.goto(`${webUrl}/o/${SLUG}/guide/en/help/harassed`, { waitUntil: 'networkidle' });

    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);
    const navigated = page.waitForEvent('framenavigated');
    await page.evaluate(() => {
      setTimeout(() => history.back(), 0);
    });
    await navigated;
    expect(page.url()).not.toContain('/guide');
  });

  it.each([
    '/guide/en/help/harassed',
    '/guide/fr/help/harassed/images',
    '/guide/en/helplines?service=sextortion&urgent=1',
    '/guide/fr/helplines',
    `/o/${SLUG}/guide/en`,
    `/o/${SLUG}/guide/fr/online-abuse/respond/beginner`,
    `/o/${SLUG}/guide/en/helplines?language=`,
  ])('has no accessibility violations axe-core can find on %s', async (path) => {
    const page = await open({ bypassCSP: true });
    await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);

    expect(violations).toEqual([]);
  });

  it('sets no cookie and loads nothing from another host on any page of a help journey', async () => {
    const page = await open();
    const { hosts, cookies } = watchTraffic(page);

    for (const root of ['/guide', `/o/${SLUG}/guide`]) {
      await page.goto(`${webUrl}${root}`, { waitUntil: 'networkidle' });
      await page.getByRole('link', { name: 'Read the guide in English' }).click();
      await page.waitForURL(`${webUrl}${root}/en`);
      await page.getByRole('link', { name: 'I am being harassed online' }).first().click();
      await page
        .getByRole('link', { name: 'No, but it keeps happening and I want it to stop' })
        .click();
      await page
        .getByRole('link', { name: 'Messages, comments or posts that insult or threaten me' })
        .click();
      await page.getByRole('link', { name: 'Block the person and cut off contact' }).click();
      await page.waitForURL(`${webUrl}${root}/en/online-abuse/respond/beginner#lesson-first-steps`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${webUrl}${root}/en/helplines?service=harassment`, {
        waitUntil: 'networkidle',
      });
    }

    expect([...hosts]).toEqual([new URL(webUrl).host]);
    expect(cookies).toEqual([]);
    await expect(page.context().cookies()).resolves.toEqual([]);
  });

  it('keeps a reader’s helplines query out of caches and search engines, not the workflow, and takes no posts', async () => {
    const workflow = await fetch(`${webUrl}/o/${SLUG}/guide/en/help/harassed`);
    expect(workflow.headers.get('x-robots-tag')).toBeNull();
    expect(workflow.headers.get('set-cookie')).toBeNull();

    const asked = await fetch(`${webUrl}/o/${SLUG}/guide/en/helplines?service=legal`);
    expect(asked.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(asked.headers.get('cache-control')).toBe('no-store, max-age=0');

    // Readers only read: the guide takes nothing sent to it.
    const posted = await fetch(`${webUrl}/o/${SLUG}/guide/en/helplines`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });
});
