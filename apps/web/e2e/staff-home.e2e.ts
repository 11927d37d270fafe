import crypto from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };

describe("the staff app's landing queue and phone layout", () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();
  let context: BrowserContext;
  let token: string;
  let userId: string;

  async function api(
    path: string,
    body?: object,
    method: 'POST' | 'PATCH' = 'POST',
  ): Promise<Record<string, unknown>> {
    const response = await fetch(`${apiUrl}${path}`, {
      method: body ? method : 'GET',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body && JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  }

  beforeAll(async () => {
    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIXTURE.admin.email, password }),
    });
    const session = (await login.json()) as { token: string; me: { user: { id: string } } };
    token = session.token;
    userId = session.me.user.id;
    context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
  });

  async function myCaseWithDueFollowUp(marker: string): Promise<{ id: string; reference: string }> {
    const created = (await api('/cases', {
      title: `Queue ${marker}`,
      summary: 'Threats after a break-up.',
      riskLevel: 'CRITICAL',
      abuseTypes: ['HARASSMENT'],
      assigneeIds: [userId],
      survivor: { name: 'Sam' },
    })) as { id: string; reference: string };
    const contact = await api(`/cases/${created.id}/contacts`, {
      kind: 'REPORT',
      recipientKind: 'PLATFORM',
      recipientName: `Platform ${marker}`,
      method: 'WEB_FORM',
      contactedAt: '2026-01-02T10:00:00Z',
    });
    // A new contact cannot be given a day already past; a follow-up becomes overdue later,
    // as this correction makes it.
    await api(
      `/cases/${created.id}/contacts/${contact.id as string}`,
      { nextFollowUp: '2026-01-09' },
      'PATCH',
    );
    return created;
  }

  it('lists a due follow-up on the landing page, with a link to the case', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const created = await myCaseWithDueFollowUp(marker);
    const page = await context.newPage();
    await page.goto(`${webUrl}/dashboard`);
    const followUps = page.getByRole('region', { name: /^Follow-ups due/ });
    await expect(followUps.textContent()).resolves.toContain(`Platform ${marker}`);
    await expect(followUps.textContent()).resolves.toContain('overdue since');
    const mine = page.getByRole('region', { name: /^My open cases/ });
    await expect(mine.getByRole('link', { name: created.reference }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 375 px phone on every staff page, without sideways scrolling', async () => {
    const created = await myCaseWithDueFollowUp(crypto.randomBytes(4).toString('hex'));
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    const casePaths = [
      '',
      '/incidents',
      '/contacts',
      '/checklist',
      '/consents',
      '/notes',
      '/timeline',
    ];
    const paths = [
      '/dashboard',
      '/cases',
      ...casePaths.map((rest) => `/cases/${created.id}${rest}`),
      '/cases/new',
      '/staff',
      '/audit',
      '/guide-content',
    ];
    const tooWide: string[] = [];
    for (const path of paths) {
      await page.goto(`${webUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) tooWide.push(`${path}: ${width}px`);
      // Nor a column hidden behind a scroll inside the page: a table's box holds all of it.
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.table-scroll')].map(
          (box) => box.scrollWidth - box.clientWidth,
        ),
      );
      if (boxes.some((overflow) => overflow > 0)) tooWide.push(`${path}: a table scrolls sideways`);
    }
    expect(tooWide).toEqual([]);
    for (const path of [`/cases/${created.id}`, `/cases/${created.id}/contacts`]) {
      await page.goto(`${webUrl}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.close();
  });

  it('shows the audit log as sentences, filtered to one case, with the chain status', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const created = await myCaseWithDueFollowUp(marker);
    const page = await context.newPage();
    await page.goto(`${webUrl}/audit`);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /^Chain intact: \d+ events checked\./,
    );
    await page.goto(`${webUrl}/audit?caseId=${created.id}`);
    const events = await page.locator('.audit-events li').allTextContents();
    expect(events.length).toBeGreaterThanOrEqual(2);
    // Every event listed is about this case, named by its reference, in a sentence.
    for (const event of events) expect(event).toContain(`case ${created.reference}`);
    expect(events.join('\n')).toMatch(new RegExp(`opened case ${created.reference}`));
    expect(events.join('\n')).toMatch(new RegExp(`logged a contact on case ${created.reference}`));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('words the audit log in French for French staff, dates included', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const created = await myCaseWithDueFollowUp(marker);
    const french = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await french.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.goto(`${webUrl}/audit?caseId=${created.id}`);
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /^Chaîne intacte : \d+ événements vérifiés\./,
    );
    const events = (await page.locator('.audit-events li').allTextContents()).join('\n');
    expect(events).toContain(`a ouvert le dossier ${created.reference}`);
    expect(events).toContain(`a consigné un contact au dossier ${created.reference}`);
    expect(events).not.toContain('opened case');
    // A French date: the month's abbreviation, not the English one.
    const month = new Intl.DateTimeFormat('fr-FR', { month: 'short' }).format(new Date());
    expect(events).toContain(month);
    await page.getByRole('button', { name: 'Afficher les événements' }).waitFor();
    await french.close();
  });
});
