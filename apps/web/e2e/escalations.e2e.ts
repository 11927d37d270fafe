import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };

describe('the escalation rules page', () => {
  const { webUrl, password } = stackInfo();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function signedIn(options: {
    javaScriptEnabled: boolean;
    language?: string;
  }): Promise<BrowserContext> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled,
      viewport: PHONE,
      ...(options.language
        ? { locale: options.language, extraHTTPHeaders: { 'Accept-Language': options.language } }
        : {}),
    });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  it('refuses hours that close before they open, in French, keeping what was typed, on a phone', async () => {
    const context = await signedIn({ javaScriptEnabled: true, language: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    const hours = page.getByRole('region', { name: 'Business hours' });
    await hours.getByLabel('Opens at').fill('18:00');
    await hours.getByLabel('Closes at').fill('09:00');
    await hours.getByRole('button', { name: 'Save business hours' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(summary.innerText()).resolves.toContain(
      "Choisissez une heure de fermeture postérieure à l'heure d'ouverture",
    );
    await expect(hours.getByLabel('Opens at').inputValue()).resolves.toBe('18:00');
    await expect(hours.getByLabel('Closes at').inputValue()).resolves.toBe('09:00');

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('saves a rule and puts someone on call without JavaScript', async () => {
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    const rule = page.getByRole('region', { name: 'No first response' });
    await rule.getByLabel('Turned on').check();
    await rule.getByLabel('Alert after (business hours)').fill('4');
    await rule.getByRole('button', { name: 'Save this rule' }).click();
    await page.getByText('Rule saved.').waitFor();

    await page.goto(`${webUrl}/escalations`);
    const saved = page.getByRole('region', { name: 'No first response' });
    await expect(saved.getByLabel('Alert after (business hours)').inputValue()).resolves.toBe('4');
    await expect(saved.getByLabel('Turned on').isChecked()).resolves.toBe(true);

    const onCall = page.getByRole('region', { name: 'On call' });
    const button = onCall.getByRole('button', { name: /^Put .+ on call$/ }).first();
    const label = (await button.innerText())
      .replace(/^Put /, 'Take ')
      .replace(/ on call$/, ' off call');
    await button.click();
    await page.getByText('Now on call.').waitFor();
    await page.goto(`${webUrl}/escalations`);
    await expect(
      page.getByRole('region', { name: 'On call' }).getByRole('button', { name: label }).count(),
    ).resolves.toBe(1);
    // axe runs in the page, so it is checked in the test with JavaScript above.
    await context.close();
  });
});
