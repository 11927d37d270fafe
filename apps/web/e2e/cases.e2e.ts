import crypto from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
const CASE_PATH = /\/cases\/[0-9a-f-]{36}$/;

describe('a caseworker working a case', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function signedIn(options: {
    javaScriptEnabled: boolean;
    /** For axe, which is injected as an inline script. */
    bypassCSP?: boolean;
  }): Promise<BrowserContext> {
    const context = await browser.newContext({ ...options, viewport: LAPTOP });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  const banner = (page: Page) => page.getByRole('region', { name: /^Safe contact/ });
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const caseTab = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name });

  it('opens a case, records its work, moves it on, and finds it again', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const title = `Forum doxxing ${marker}`;
    const context = await signedIn({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();

    await page.goto(`${webUrl}/cases`);
    await page.getByRole('link', { name: 'New case' }).click();
    await page.waitForURL(`${webUrl}/cases/new`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Summary').fill(`Harcèlement en ligne après une rupture (${marker}).`);
    await page.getByLabel('Risk level').selectOption('HIGH');
    await page.getByRole('group', { name: 'Abuse types' }).getByLabel('Harassment').check();
    await page
      .getByRole('group', { name: 'Threats of violence' })
      .getByLabel('Yes', { exact: true })
      .check();
    await page.getByLabel('Name', { exact: true }).fill('Camille');
    await page.getByLabel("Survivor's country").fill('FR');
    // A searchable list: a few letters of the name, the arrow keys, Enter.
    const otherCountry = page.getByRole('combobox', { name: "Other party's country" });
    await otherCountry.pressSequentially('belg');
    await expect(
      page.getByRole('listbox').filter({ visible: true }).getByRole('option').allTextContents(),
    ).resolves.toEqual(['Belgium (BE)']);
    // The open list is named and reachable as the combobox pattern has it.
    await expect(axeViolations(page)).resolves.toEqual([]);
    await otherCountry.press('ArrowDown');
    await expect(otherCountry.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await otherCountry.press('Enter');
    await expect(otherCountry.inputValue()).resolves.toBe('Belgium (BE)');
    await expect(otherCountry.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.getByRole('group', { name: 'Safe channels' }).getByLabel('Signal').check();
    await page.getByLabel('Safe times').fill('Weekdays 9–12');
    await page.getByLabel('Never').fill('Do not call\nDo not leave voicemail');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(CASE_PATH);
    const caseUrl = page.url();

    await expect(page.locator('.case-header h1').textContent()).resolves.toBe(title);
    const reference = (await page.locator('.case-reference').textContent()) ?? '';
    expect(reference).not.toBe('');
    await expect(banner(page).textContent()).resolves.toContain('Camille');
    await expect(banner(page).getByRole('listitem').allTextContents()).resolves.toEqual([
      'Do not call',
      'Do not leave voicemail',
    ]);
    await expect(page.locator('.case-badges').textContent()).resolves.toContain('Cross-border');

    // Readable on a laptop and on a phone, without sideways scrolling.
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize(LAPTOP);

    await caseTab(page, 'Incidents').click();
    await page.waitForURL(`${caseUrl}/incidents`);
    await expect(banner(page).textContent()).resolves.toContain('Do not call');
    await page.getByLabel('Date and time').fill('2026-03-14T21:30');
    // Only the location field of the chosen kind shows.
    await page.getByLabel('Location').selectOption('PLACE');
    await expect(page.getByLabel('Platform').isVisible()).resolves.toBe(false);
    await page.getByLabel('Location').selectOption('PLATFORM');
    await expect(page.getByLabel('Place').isVisible()).resolves.toBe(false);
    await page.getByLabel('Platform').fill('Reddit');
    await page.getByLabel('What happened').fill(`Home address posted in a thread (${marker}).`);
    await page.getByLabel('Other party').fill('handle: u/someone');
    await page.getByRole('button', { name: 'Add incident' }).click();
    await page
      .locator('.record p', { hasText: `Home address posted in a thread (${marker}).` })
      .waitFor();
    await expect(page.locator('.records').textContent()).resolves.toContain('handle: u/someone');
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize(LAPTOP);

    await caseTab(page, 'Contacts').click();
    await page.waitForURL(`${caseUrl}/contacts`);
    const report = page.getByRole('region', { name: 'Record a report' });
    await report.getByLabel('Recipient', { exact: true }).selectOption('PLATFORM');
    await report.getByLabel('Recipient name').fill('Reddit');
    await report.getByLabel('Method').selectOption('WEB_FORM');
    await report.getByLabel('When').fill('2026-03-15T10:00');
    await report.getByLabel('Their reference number').fill(`RD-${marker}`);
    await report.getByRole('button', { name: 'Record report' }).click();
    const reports = page.getByRole('region', { name: 'Reports to third parties' });
    await reports.getByText(`RD-${marker}`).waitFor();

    await caseTab(page, 'Checklist').click();
    await page.waitForURL(`${caseUrl}/checklist`);
    // Each button's name starts with its visible text, then names its step.
    await expect(axeViolations(page)).resolves.toEqual([]);
    const done = page.getByRole('button', { name: /^Done — / }).first();
    const doneName = (await done.textContent()) ?? '';
    await done.click();
    await page.getByRole('button', { name: doneName, exact: true, pressed: true }).waitFor();

    await expect(
      page.locator('.checklist-item.state-done').first().textContent(),
    ).resolves.toContain('Done by');

    await caseTab(page, 'Overview').click();
    await page.waitForURL(caseUrl);
    await expect(
      page.getByLabel('New status').locator('option').allTextContents(),
    ).resolves.toEqual(['Triage', 'Closed']);
    await page.getByLabel('New status').selectOption('TRIAGE');
    await page.getByLabel('Comment').fill('First call done.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.locator('.case-badges', { hasText: 'Triage' }).waitFor();
    await expect(
      page.getByLabel('New status').locator('option').allTextContents(),
    ).resolves.toEqual(['Active', 'Closed']);

    await caseTab(page, 'Timeline').click();
    await page.waitForURL(`${caseUrl}/timeline`);
    await expect(page.locator('.timeline').textContent()).resolves.toContain('New → Triage');

    // Accents folded: "harcelement" finds "Harcèlement".
    await page.goto(`${webUrl}/cases`);
    await page.getByLabel('Search').fill('harcelement');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]q=harcelement/);
    await page.getByRole('link', { name: reference }).waitFor();
    await expect(
      page.getByRole('row', { name: new RegExp(reference) }).textContent(),
    ).resolves.toContain('Triage');

    // The CSV comes through this server, which adds the API token the browser lacks; the
    // button posts the filters on screen.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export these cases as CSV' }).click(),
    ]);
    const file = await download.createReadStream();
    let csv = '';
    for await (const chunk of file) csv += String(chunk);
    expect(csv).toContain(reference);

    // A page on another site cannot start it: not by a link, nor by a form posted from there.
    const viaLink = await page.request.get(`${webUrl}/cases/export?q=harcelement`);
    expect(viaLink.status()).toBe(405);
    const crossSite = await page.request.post(`${webUrl}/cases/export`, {
      headers: { origin: 'https://attacker.example' },
      form: { q: 'harcelement' },
    });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.text()).not.toContain(reference);
    await context.close();
  });

  it('opens a case, adds a note and finds it, all without JavaScript', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/new`);
    await page.getByLabel('Title').fill(`Impersonation ${marker}`);
    await page.getByLabel('Name', { exact: true }).fill('Sam');
    await page.getByLabel('Never').fill('Do not call');
    // Without JavaScript a country is chosen from the plain list.
    await page.getByLabel("Survivor's country").selectOption('FR');
    await page.getByLabel('Safe times').fill('x'.repeat(501));
    await page.getByRole('button', { name: 'Open case' }).click();
    // Refused with a sentence on the field, the form stays filled as sent, the country too.
    await page.locator('form [role="alert"]').waitFor();
    await expect(
      page.locator('#case-survivor-safeContact-safeTimes-error').textContent(),
    ).resolves.toMatch(/500/);
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe(`Impersonation ${marker}`);
    await expect(page.getByLabel('Never').inputValue()).resolves.toBe('Do not call');
    await expect(page.getByLabel("Survivor's country").inputValue()).resolves.toBe('FR');

    await page.getByLabel('Safe times').fill('Evenings');
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForURL(CASE_PATH);
    await expect(banner(page).textContent()).resolves.toContain('Do not call');

    await caseTab(page, 'Notes').click();
    await page.waitForURL(/\/notes$/);
    const note = `Prefers Signal after 18:00 (${marker})`;
    await page.getByLabel('Note', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText(note).waitFor();
    await expect(banner(page).textContent()).resolves.toContain('Do not call');

    await page.goto(`${webUrl}/cases`);
    await page.getByLabel('Search').fill(marker);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`[?&]q=${marker}`));
    await expect(page.locator('.case-table tbody tr').count()).resolves.toBe(1);
    await context.close();
  });

  it('shows a long list of notes a page at a time, the older ones behind a link that needs no JavaScript', async () => {
    const token = await apiToken(apiUrl, FIXTURE.admin.email, password);
    const post = async (path: string, body: object) => {
      const response = await fetch(`${apiUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string };
    };
    const { id } = await post('/cases', { title: 'Long history', survivor: { name: 'Alex' } });
    for (let number = 1; number <= 51; number += 1) {
      await post(`/cases/${id}/notes`, { body: `Note number ${number}` });
    }

    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/${id}/notes`);
    const notes = page.locator('.records .record');
    await expect(notes.count()).resolves.toBe(50);
    await expect(notes.first().textContent()).resolves.toContain('Note number 51');
    await expect(page.getByText('Note number 1', { exact: true }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Show older' }).click();
    await page.waitForURL(/\/notes\?cursor=/);
    await expect(notes.allTextContents()).resolves.toEqual([
      expect.stringContaining('Note number 1'),
    ]);
    await expect(page.getByRole('link', { name: 'Show older' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('finds a case by its reference first, its results on the first screen of a phone', async () => {
    const token = await apiToken(apiUrl, FIXTURE.admin.email, password);
    const open = async (title: string) => {
      const response = await fetch(`${apiUrl}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ title, survivor: { name: 'Sam' } }),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; reference: string };
    };
    const wanted = await open('Fake profile');
    // Newer, so listed before it by default, and its title holds the reference.
    await open(`Follow-up of ${wanted.reference}`);

    const context = await signedIn({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${webUrl}/cases`);
    await page.getByLabel('Search').fill(wanted.reference);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/[?&]q=/);
    const first = page.locator('.case-table tbody tr').first();
    await expect(first.textContent()).resolves.toContain(wanted.reference);
    // Its link is on the first screen, not below filters nobody asked for.
    const box = await first.getByRole('link', { name: wanted.reference }).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });

  it('offers in its menu only sections that are there', async () => {
    const context = await signedIn({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases`);
    const menu = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const hrefs = await menu.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const response = await page.goto(`${webUrl}${href}`);
      expect({ href, status: response?.status() }).toEqual({ href, status: 200 });
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/not available/i);
    }
    await context.close();
  });

  it('shows the not-found page for a case that does not exist', async () => {
    const context = await signedIn({ javaScriptEnabled: true });
    const page = await context.newPage();
    const response = await page.goto(`${webUrl}/cases/${crypto.randomUUID()}`);
    expect(response?.status()).toBe(404);
    const malformed = await page.goto(`${webUrl}/cases/not-a-case/notes`);
    expect(malformed?.status()).toBe(404);
    await context.close();
  });
});
