import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const CASE_PATH = /\/cases\/[0-9a-f-]{36}$/;

describe('correcting a case after it is saved', () => {
  const { webUrl, password } = stackInfo();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const caseTab = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name });
  const timeline = async (page: Page, caseUrl: string) => {
    await caseTab(page, 'Timeline').click();
    await page.waitForURL(`${caseUrl}/timeline`);
    return page.locator('.timeline li p:first-child').allTextContents();
  };

  // The fixture organisation keeps its time in UTC: an incident entered in New York time reads in UTC.
  it.each([true, false])(
    'edits the case, its survivor and a contact, each told as a sentence (JavaScript %s)',
    async (javaScriptEnabled) => {
      const marker = crypto.randomBytes(4).toString('hex');
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, webUrl, FIXTURE.admin.email, password);

      await page.goto(`${webUrl}/cases/new`);
      await page.getByLabel('Title').fill(`Fake profile ${marker}`);
      await page.getByLabel('Name', { exact: true }).fill('Sam');
      await page.getByLabel('Never').fill('Do not call');
      await page.getByRole('button', { name: 'Open case' }).click();
      await page.waitForURL(CASE_PATH);
      const caseUrl = page.url();

      await page.getByRole('link', { name: 'Edit the case' }).click();
      await page.waitForURL(`${caseUrl}/edit`);
      await expect(page.getByLabel('Never').inputValue()).resolves.toBe('Do not call');
      await page.getByLabel('Title').fill(`Impersonation ${marker}`);
      await page.getByLabel('Risk level').selectOption('HIGH');
      await page.getByLabel('Never').fill('Do not call\nDo not write to the work address');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL(caseUrl);
      await expect(page.locator('.case-header h1').textContent()).resolves.toBe(
        `Impersonation ${marker}`,
      );
      await expect(
        page.getByRole('region', { name: /^Safe contact/ }).textContent(),
      ).resolves.toContain('Do not write to the work address');

      await caseTab(page, 'Incidents').click();
      await page.waitForURL(`${caseUrl}/incidents`);
      const add = page.getByRole('region', { name: 'Add an incident' });
      await add.getByLabel('Date and time').fill('2026-11-28T16:30');
      // A list to choose from: searched by typing with JavaScript, a plain select without.
      if (javaScriptEnabled) await add.getByLabel('Time zone').fill('America/New_York');
      else await add.getByLabel('Time zone').selectOption('America/New_York');
      await add.getByLabel('Platform').fill('Instagram');
      await add.getByLabel('What happened').fill(`A copy of the profile (${marker}).`);
      await add.getByRole('button', { name: 'Add incident' }).click();
      await page.locator('.record p', { hasText: `A copy of the profile (${marker}).` }).waitFor();

      // A year long past is more often a typo: asked once, then recorded as sent.
      await add.getByLabel('Date and time').fill('1999-05-01T10:00');
      await add.getByLabel('Platform').fill('MSN');
      await add.getByLabel('What happened').fill(`First messages (${marker}).`);
      await add.getByRole('button', { name: 'Add incident' }).click();
      await add
        .getByText(/more than 20 years ago/)
        .first()
        .waitFor();
      await expect(add.getByLabel('What happened').inputValue()).resolves.toBe(
        `First messages (${marker}).`,
      );
      await add.getByRole('button', { name: 'Add incident' }).click();
      await page.locator('.record p', { hasText: `First messages (${marker}).` }).waitFor();

      await caseTab(page, 'Contacts').click();
      await page.waitForURL(`${caseUrl}/contacts`);
      const report = page.getByRole('region', { name: 'Record a report' });
      await report.getByLabel('Recipient name').fill('Instagram');
      await report.getByLabel('When').fill('2026-11-29T10:00');
      await report.getByRole('button', { name: 'Record report' }).click();
      const reports = page.getByRole('region', { name: 'Reports to third parties' });
      await reports.getByText('Record what came of it').waitFor();
      await reports.getByText('Record what came of it').click();
      await reports.getByLabel('Outcome').fill(`Profile removed (${marker})`);
      await reports.getByRole('button', { name: 'Save' }).click();
      await reports.locator('dd', { hasText: `Profile removed (${marker})` }).waitFor();

      const sentences = await timeline(page, caseUrl);
      expect(sentences).toEqual(
        expect.arrayContaining([
          'Case edited: title, risk, survivor and safe contact (risk now High)',
          'Incident recorded: 28 Nov 2026, 21:30 (UTC), on Instagram',
          'Contact recorded: report to Instagram (platform)',
          'Contact updated: outcome',
        ]),
      );
      // Nothing reads as a raw field dump.
      expect(sentences.join('\n')).not.toMatch(/occurredAt|recipientKind|fields:/);
      await context.close();
    },
  );
});
