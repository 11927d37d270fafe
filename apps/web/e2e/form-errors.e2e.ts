import type { BrowserContext, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

/** Words of a parser, not of a caseworker. */
const DEVELOPER_WORDING = /expected|received|undefined|invalid|>=|<=|Too small|must be/i;

describe('a refused form tells a caseworker what to fix', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function signedIn(options: {
    javaScriptEnabled: boolean;
    language?: string;
  }): Promise<BrowserContext> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled,
      ...(options.language
        ? { locale: options.language, extraHTTPHeaders: { 'Accept-Language': options.language } }
        : {}),
    });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  const summary = (page: Page) => page.locator('.error-summary');

  /** The summary's links, each with the field it points at. */
  async function summaryLinks(page: Page) {
    const links = summary(page).getByRole('link');
    const found: { href: string; text: string }[] = [];
    for (let index = 0; index < (await links.count()); index += 1) {
      const link = links.nth(index);
      found.push({ href: (await link.getAttribute('href')) ?? '', text: await link.innerText() });
    }
    return found;
  }

  it('moves the focus to a summary linking to each field, in plain sentences', async () => {
    const context = await signedIn({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/new`);
    await page.getByRole('button', { name: 'Open case' }).click();

    await summary(page).waitFor();
    await expect(summary(page).getByRole('heading').innerText()).resolves.toBe(
      'There is a problem',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    const links = await summaryLinks(page);
    expect(links).toEqual(
      expect.arrayContaining([
        { href: '#case-title', text: 'Fill this in' },
        { href: '#case-survivor-name', text: 'Fill this in' },
      ]),
    );
    for (const link of links) {
      expect(link.text).not.toMatch(DEVELOPER_WORDING);
      await expect(page.locator(link.href).count()).resolves.toBe(1);
    }
    expect(await page.title()).toBe('Error: New case · Cairn');

    await summary(page).getByRole('link', { name: 'Fill this in' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-title');
    await context.close();
  });

  it('says the same in French to a French-speaking caseworker', async () => {
    const context = await signedIn({ javaScriptEnabled: true, language: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/new`);
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();

    await summary(page).waitFor();
    await expect(summary(page).getByRole('heading').innerText()).resolves.toBe(
      'Il y a un problème',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await summaryLinks(page)).toEqual(
      expect.arrayContaining([
        { href: '#case-title', text: 'Remplissez ce champ' },
        { href: '#case-survivor-name', text: 'Remplissez ce champ' },
      ]),
    );
    await expect(page.locator('#case-title-error').innerText()).resolves.toBe(
      'Remplissez ce champ',
    );
    expect(await page.title()).toBe('Erreur : Nouveau dossier · Cairn');

    // Once opened, the case's timeline tells its story in French too.
    await page.getByLabel('Titre').fill('Harcèlement sur un forum');
    await page.getByLabel('Nom', { exact: true }).fill('Camille');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/timeline`);
    await expect(page.locator('#timeline-heading').innerText()).resolves.toBe('Chronologie');
    await expect(page.locator('.timeline li p:first-child').first().innerText()).resolves.toMatch(
      /^Dossier ouvert : /,
    );
    await context.close();
  });

  it('without JavaScript, keeps what was typed and puts the summary first', async () => {
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/new`);
    const longTitle = 'T'.repeat(205);
    await page.getByLabel('Title').fill(longTitle);
    await page.getByLabel('Summary').fill('Messages every night since March.');
    await page.getByRole('button', { name: 'Open case' }).click();
    await summary(page).waitFor();

    // The page's title says it first, as with JavaScript.
    expect(await page.title()).toBe('Error: New case · Cairn');
    // Nothing was cut short: the whole title is back, with the limit said and the refusal.
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(longTitle);
    await expect(page.getByLabel('Summary').inputValue()).resolves.toBe(
      'Messages every night since March.',
    );
    await expect(page.locator('#case-title-hint').innerText()).resolves.toContain(
      'Up to 200 characters',
    );
    await expect(page.locator('#case-title-error').innerText()).resolves.toMatch(
      /^Shorten this to at most 200 characters/,
    );
    // The summary comes before every field of the form.
    const summaryFirst = await page.evaluate(() => {
      const box = document.querySelector('.error-summary');
      const firstField = document.querySelector('form input:not([type=hidden]), form textarea');
      return Boolean(
        box &&
        firstField &&
        box.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(summaryFirst).toBe(true);
    // The next page is titled as usual: the refusal is not carried over.
    await page.goto(`${webUrl}/cases/new`);
    expect(await page.title()).toBe('New case · Cairn');
    await context.close();
  });
});
