import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * Signs in through the sign-in page, as a person would, and waits for the dashboard. The
 * fields are found by id, as the page speaks the browser's language (en or fr).
 */
export async function signIn(
  page: Page,
  webUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${webUrl}/signin`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${webUrl}/dashboard`);
}

/**
 * A new browser context (its own cookies) already signed in as the person, for specs that
 * open several pages as them with different settings (JavaScript, language, headers).
 */
export async function signedInContext(
  browser: Pick<Browser, 'newContext'>,
  webUrl: string,
  email: string,
  password: string,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, webUrl, email, password);
  await page.close();
  return context;
}

/** A session token straight from the API, for a spec's setup that no person would click through. */
export async function apiToken(apiUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${email} refused: ${login.status}`);
  return ((await login.json()) as { token: string }).token;
}
