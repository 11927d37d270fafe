import type { Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { FIXTURE, stackInfo } from './support/stack-info';

const SECTIONS = [
  'Cases',
  'Guide content',
  'Platforms',
  'Notice templates',
  'Escalation rules',
  'Audit',
  'Mail',
  // The fixture admin's organisation runs the test deployment (OPERATOR_ORG_SLUG).
  'Job queues',
  'Staff',
];

describe('staff sign-in', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function submitSignIn(page: Page, email: string, secret: string): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(secret);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function signIn(page: Page, email: string, secret: string): Promise<void> {
    await page.goto(`${webUrl}/signin`);
    await submitSignIn(page, email, secret);
  }

  /** Submits and waits for the refusal: React empties the form once the action has answered. */
  async function submitRefused(page: Page, email: string, secret: string): Promise<string | null> {
    await submitSignIn(page, email, secret);
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#password')?.value === '',
    );
    return formAlert(page).textContent();
  }

  // Next's route announcer is an alert too: the form's own is the one inside the form.
  const formAlert = (page: Page) => page.locator('form [role="alert"]');
  const organizationShown = (page: Page) =>
    page.locator('.shell-header .organization').textContent();

  it('signs the admin in to a shell that names their organisation', async () => {
    const page = await browser.newPage();
    await signIn(page, FIXTURE.admin.email, password);
    await page.waitForURL(`${webUrl}/dashboard`);
    await expect(organizationShown(page)).resolves.toBe(FIXTURE.admin.organization.name);
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link').allTextContents(),
    ).resolves.toEqual(SECTIONS);
    await page.close();
  });

  it('keeps a wrong password on the sign-in page with an explanation', async () => {
    const page = await browser.newPage();
    await page.goto(`${webUrl}/signin`);
    await expect(submitRefused(page, FIXTURE.admin.email, `${password}-wrong`)).resolves.toContain(
      'email and password do not match',
    );
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(FIXTURE.admin.email);
    await page.close();
  });

  it('refuses a wrong password in French to a French browser, the summary taking the focus', async () => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto(`${webUrl}/signin`);
    await expect(page.title()).resolves.toMatch(/^Connexion/);
    await expect(page.locator('main').getAttribute('lang')).resolves.toBe('fr');
    await page.getByRole('heading', { level: 1, name: 'Se connecter à Cairn' }).waitFor();
    await page.getByLabel('E-mail').fill(FIXTURE.admin.email);
    await page.getByLabel('Mot de passe').fill(`${password}-wrong`);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#password')?.value === '',
    );
    const summary = formAlert(page);
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('Il y a un problème');
    await expect(summary.innerText()).resolves.toContain(
      'Cet e-mail et ce mot de passe ne correspondent à aucun compte.',
    );
    await expect(summary.innerText()).resolves.not.toContain('do not match');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(page.title()).resolves.toMatch(/^Erreur : Connexion/);
    await context.close();
  });

  it('signs in without JavaScript, through the plain HTML form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, FIXTURE.admin.email, password);
    await page.waitForURL(`${webUrl}/dashboard`);
    await expect(organizationShown(page)).resolves.toBe(FIXTURE.admin.organization.name);
    await context.close();
  });

  it('lets a member of two organisations choose one, and signs them in to it', async () => {
    const { email, organizations } = FIXTURE.twoOrganizations;
    const page = await browser.newPage();
    await page.goto(`${webUrl}/signin`);
    await expect(submitRefused(page, email, password)).resolves.toContain('Choose one');
    const choice = page.getByRole('group', { name: 'Organisation' });
    await expect(choice.getByRole('radio').count()).resolves.toBe(organizations.length);

    await choice.getByLabel(organizations[1].name).check();
    await submitSignIn(page, email, password);
    await page.waitForURL(`${webUrl}/dashboard`);
    await expect(organizationShown(page)).resolves.toBe(organizations[1].name);
    await page.close();
  });

  it('says when repeated failures have locked the account', async () => {
    const page = await browser.newPage();
    await page.goto(`${webUrl}/signin`);
    // The API locks an account at its LOGIN_MAX_FAILURES-th wrong password (5 by default).
    for (let attempt = 1; attempt < 5; attempt += 1) {
      await expect(
        submitRefused(page, FIXTURE.toLock.email, `${password}-wrong`),
      ).resolves.toContain('do not match');
    }
    await expect(submitRefused(page, FIXTURE.toLock.email, `${password}-wrong`)).resolves.toContain(
      'This account is locked',
    );
    await expect(submitRefused(page, FIXTURE.toLock.email, password)).resolves.toContain(
      'This account is locked',
    );
    await page.close();
  });

  it('signs out, after which staff pages send the visitor to sign in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, FIXTURE.admin.email, password);
    await page.waitForURL(`${webUrl}/dashboard`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${webUrl}/signin`);

    await page.goto(`${webUrl}/cases`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await context.close();
  });

  it('never lets the session cookie or the API token reach browser JavaScript', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, FIXTURE.admin.email, password);
    await page.waitForURL(`${webUrl}/dashboard`);

    const sessionCookie = (await context.cookies()).find(({ name }) =>
      name.endsWith('next-auth.session-token'),
    );
    expect(sessionCookie?.httpOnly).toBe(true);
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).json());
    expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
    expect(Object.keys(session.user).sort()).toEqual(['email', 'name']);
    await context.close();
  });

  it("passes the browser's address on to the API, whose audit log records it", async () => {
    // Stands in for a proxy in front of the web app, which names the browser it served.
    const browserAddress = '198.51.100.23';
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': browserAddress },
    });
    const page = await context.newPage();
    await signIn(page, FIXTURE.admin.email, password);
    await page.waitForURL(`${webUrl}/dashboard`);
    await context.close();

    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIXTURE.admin.email, password }),
    });
    const { token } = (await login.json()) as { token: string };
    const audit = await fetch(`${apiUrl}/audit?action=auth.login&limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    // Chained events, and those still waiting for the worker to chain them.
    const { items, pending } = (await audit.json()) as Record<
      'items' | 'pending',
      { ip: string | null }[]
    >;
    expect([...pending, ...items].map(({ ip }) => ip)).toContain(browserAddress);
  });
});
