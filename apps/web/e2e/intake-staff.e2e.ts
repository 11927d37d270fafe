import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formVersion } from '@cairn/content';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { REPO_ROOT } from './support/paths';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };
const SLUG = FIXTURE.admin.organization.slug;
const FORM_ID = 'incident-record';
/** The shared guide's intake form, which the organisation's helpline names. */
const FORM_SOURCE = readFileSync(
  path.join(
    REPO_ROOT,
    'packages/content/content/en/online-abuse/document-evidence/beginner/f_incident-record.yml',
  ),
  'utf8',
);

describe('a case sent through the intake form, as the helpline works it', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();
  let staff: string;
  let caseId: string;
  let reference: string;
  let firstCode: string;
  let timeZone: string;

  const api = (route: string, init: RequestInit = {}) =>
    fetch(`${apiUrl}${route}`, {
      ...init,
      headers: { authorization: `Bearer ${staff}`, ...(init.headers ?? {}) },
    });

  /** What a survivor's browser sends with scripts off: no proof of work, so not verified. */
  async function submitIntake(
    marker: string,
  ): Promise<{ reference: string; followUpCode: string }> {
    const form = new FormData();
    form.append('_locale', 'en');
    form.append('_version', formVersion(FORM_SOURCE));
    form.append('_key', crypto.randomBytes(18).toString('base64url'));
    form.append('_danger', 'yes');
    form.append('_country', 'FR');
    form.append('_website', '');
    form.append('description', `Photos of me shared in a group chat ${marker}.`);
    form.append('name', 'Robin');
    form.append('date', '2026-11-20');
    form.append('time', '21:30');
    form.append('platforms', 'instagram');
    form.append('platforms', 'telegram');
    form.append('share-with-platforms', 'true');
    form.append('safe-contact.channels', 'EMAIL');
    form.append('safe-contact.times', 'Weekdays after 18:00');
    form.append('safe-contact.details', 'robin@example.org');
    form.append('safe-contact.never', `Never call the home phone ${marker}`);
    form.append(
      'files',
      new Blob(['chat export: the group and its messages\n'], { type: 'text/plain' }),
      'group-chat.txt',
    );
    const response = await fetch(`${apiUrl}/public/intake/${SLUG}/forms/${FORM_ID}/submissions`, {
      method: 'POST',
      body: form,
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect({ status: response.status, body }).toMatchObject({
      status: 201,
      body: { verified: false },
    });
    return body as { reference: string; followUpCode: string };
  }

  /** The survivor's follow-up session, opened with the reference and a code. */
  const openFollowUp = (code: string) =>
    fetch(`${apiUrl}/public/follow-up/${SLUG}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference, code }),
    });

  async function signedIn(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, ...options });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIXTURE.admin.email, password }),
    });
    const session = (await login.json()) as {
      token: string;
      me: { organization: { timeZone: string } };
    };
    staff = session.token;
    timeZone = session.me.organization.timeZone;
    // The organisation's helpline names the intake form, which is what opens it to survivors.
    const helpline = await api('/content/helplines', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'E2E intake line',
        languages: ['en', 'fr'],
        services: ['harassment'],
        regions: ['FR'],
        timeZone: 'Europe/Paris',
        channels: [{ kind: 'email', value: 'intake@e2e.test' }],
        intakeFormId: FORM_ID,
        own: true,
      }),
    });
    expect(helpline.status).toBe(201);

    const marker = crypto.randomBytes(4).toString('hex');
    const receipt = await submitIntake(marker);
    reference = receipt.reference;
    firstCode = receipt.followUpCode;
    const list = (await (await api(`/cases?q=${encodeURIComponent(reference)}`)).json()) as {
      items: { id: string; reference: string }[];
    };
    const found = list.items.find((item) => item.reference === reference);
    if (!found) throw new Error(`case ${reference} is not in the list`);
    caseId = found.id;
  });

  it('shows where the case came from, unverified, with the safe-contact rules and the answers', async () => {
    const context = await signedIn({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases?q=${encodeURIComponent(reference)}`);
    const row = page.getByRole('row', { name: new RegExp(reference) });
    // Triage from the list: where it came from, and that nobody has verified it.
    await expect(row.textContent()).resolves.toMatch(/Intake form.*Not verified/s);
    await row.getByRole('link', { name: reference }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}`);

    const header = page.locator('.case-header');
    await expect(header.textContent()).resolves.toMatch(/Intake form.*Not verified/s);
    const banner = page.getByRole('region', { name: /Safe contact/ });
    await expect(banner.textContent()).resolves.toContain('Never call the home phone');

    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Intake' })
      .click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/intake`);
    const answers = page.getByRole('region', { name: 'What the survivor sent' });
    await answers.getByText('What happened?', { exact: true }).waitFor();
    await expect(answers.textContent()).resolves.toContain('Photos of me shared in a group chat');
    await expect(answers.textContent()).resolves.toMatch(/Anti-spam check\s*Not done/);
    await answers.getByRole('link', { name: 'group-chat.txt' }).waitFor();

    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await context.close();
  });

  it('gives the survivor a new code, shown once, that replaces the old one (no JavaScript)', async () => {
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/${caseId}/intake`);
    await page.getByRole('button', { name: 'Make a new code' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'New follow-up code:' });
    await shown.waitFor();
    const code = (await shown.locator('code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}$/);
    await expect(shown.textContent()).resolves.toContain('shown this once');

    expect((await openFollowUp(firstCode)).status).toBe(401);
    expect((await openFollowUp(code)).status).toBe(201);
    // Shown once: the page drawn again has no code on it.
    await page.goto(`${webUrl}/cases/${caseId}/intake`);
    await expect(page.getByText(code).count()).resolves.toBe(0);
    await context.close();
  });

  it("holds the thread with the survivor: a message shared, and the survivor's answer", async () => {
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/${caseId}/messages`);
    await page.getByText('No message yet.').waitFor();

    // Refused when empty, with the summary first and the field named.
    await page.getByRole('button', { name: 'Share with the survivor' }).click();
    await page.getByRole('alert').waitFor();
    const shared = 'We have your screenshots and will write again on Monday.';
    await page.getByRole('textbox', { name: 'Message' }).fill(shared);
    await page.getByRole('button', { name: 'Share with the survivor' }).click();
    await page.getByText('Message shared.').waitFor();

    // The survivor reads it on their side and answers.
    const code = (
      (await (
        await fetch(`${apiUrl}/cases/${caseId}/follow-up-code`, {
          method: 'POST',
          headers: { authorization: `Bearer ${staff}` },
        })
      ).json()) as { code: string }
    ).code;
    const session = (await (await openFollowUp(code)).json()) as { token: string };
    const survivor = { authorization: `Bearer ${session.token}` };
    const view = (await (
      await fetch(`${apiUrl}/public/follow-up/${SLUG}`, { headers: survivor })
    ).json()) as { messages: { from: string; text: string }[] };
    expect(view.messages).toEqual([expect.objectContaining({ from: 'HELPLINE', text: shared })]);
    const answer = await fetch(`${apiUrl}/public/follow-up/${SLUG}/messages`, {
      method: 'POST',
      headers: { ...survivor, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Thank you. Please only email me.' }),
    });
    expect(answer.status).toBe(201);

    await page.goto(`${webUrl}/cases/${caseId}/messages`);
    const thread = page
      .getByRole('region', { name: 'Messages with the survivor' })
      .getByRole('listitem');
    await expect(thread.allTextContents()).resolves.toEqual([
      expect.stringMatching(/for the helpline, .*We have your screenshots/s),
      expect.stringMatching(/^Survivor, .*Thank you\. Please only email me\./s),
    ]);
    // Times as the helpline speaks of them: in the organisation's time zone.
    await expect(page.locator('main').textContent()).resolves.toContain(`Times in ${timeZone}.`);
    await context.close();
  });

  it('speaks French to a caseworker whose browser asks for it, on a phone', async () => {
    const context = await signedIn({
      javaScriptEnabled: true,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' },
      viewport: PHONE,
    });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases?q=${encodeURIComponent(reference)}`);
    await expect(
      page.getByRole('row', { name: new RegExp(reference) }).textContent(),
    ).resolves.toMatch(/Formulaire d'accueil.*Non vérifié/s);
    await page.goto(`${webUrl}/cases/${caseId}/messages`);
    await page.getByRole('heading', { name: 'Messages avec la victime' }).waitFor();
    await expect(page.locator('.case-header').textContent()).resolves.toMatch(
      /Formulaire d'accueil.*Non vérifié/s,
    );
    const banner = page.getByRole('region', { name: /^Contact sans danger/ });
    await expect(banner.textContent()).resolves.toMatch(/Jamais :.*Never call the home phone/s);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.goto(`${webUrl}/cases/${caseId}/intake`);
    await page
      .getByRole('heading', { name: 'Donner un nouveau code de suivi à la victime' })
      .waitFor();
    await expect(fitsWidth(page)).resolves.toBe(true);
    await context.close();
  });
});
