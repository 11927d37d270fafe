import { blockBrowser } from './support/browser';
import { stackInfo } from './support/stack-info';

const NEUTRAL_SITE = 'https://www.bbc.com/weather';

describe('public home page', () => {
  const { webUrl } = stackInfo();
  const browser = blockBrowser();

  it('sets no cookie and loads nothing from another host', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => {
      hosts.add(new URL(request.url()).host);
    });

    const response = await page.goto(webUrl, { waitUntil: 'networkidle' });

    expect(response?.headers()['set-cookie']).toBeUndefined();
    await expect(context.cookies()).resolves.toEqual([]);
    expect([...hosts]).toEqual([new URL(webUrl).host]);
    await context.close();
  });

  it('carries security headers', async () => {
    const response = await fetch(webUrl);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('has a quick exit that works as a plain link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(webUrl);
    await expect(page.getByRole('link', { name: /Quick exit/ }).getAttribute('href')).resolves.toBe(
      NEUTRAL_SITE,
    );
    await context.close();
  });

  it('leaves for the neutral site, replacing this page in history, when Escape is pressed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The neutral site is outside the test's world: answer for it here, not from the network.
    await context.route(`${NEUTRAL_SITE}**`, (route) =>
      route.fulfill({ status: 200, body: 'weather' }),
    );
    await page.goto(webUrl, { waitUntil: 'networkidle' });

    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_SITE);

    await page.goBack();
    expect(page.url()).not.toBe(`${webUrl}/`);
    await context.close();
  });
  it('reaches the guide’s ways to find help in one click, and promises no form to come', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(webUrl);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/will be here/);

    await page.getByRole('link', { name: 'Find help', exact: true }).click();
    await page.waitForURL(`${webUrl}/guide/en#find-help`);
    const findHelp = page.getByRole('region', { name: 'Find help' });
    await expect(
      findHelp.getByRole('link', { name: 'I am being harassed online' }).isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });
});
