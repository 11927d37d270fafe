import { blockBrowser } from './support/browser';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

describe("the job queues' dashboard", () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  it("takes an admin of the deployment's operator from the staff menu to every queue", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const refusedScripts: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy.*script/i.test(message.text()))
        refusedScripts.push(message.text());
    });
    const otherHosts = new Set<string>();
    page.on('requestfinished', (request) => {
      const { origin } = new URL(request.url());
      if (origin !== webUrl) otherHosts.add(origin);
    });

    await signIn(page, webUrl, FIXTURE.admin.email, password);
    const menu = page.getByRole('navigation', { name: 'Sections' });
    await menu.getByRole('link', { name: 'Job queues' }).click();
    await page.waitForURL(`${webUrl}/admin/queues`);

    // bull-board's own scripts run under the route's policy and list the queues' names.
    await page.getByText('maintenance', { exact: true }).first().waitFor();
    await expect(page.getByText('mail', { exact: true }).count()).resolves.toBeGreaterThan(0);
    const answer = await page.request.get(`${webUrl}/admin/queues/api/queues`);
    expect(answer.status()).toBe(200);
    const policy = answer.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(refusedScripts).toEqual([]);
    // Its page asks for web fonts from another host; the policy keeps the browser from going.
    expect([...otherHosts]).toEqual([]);
    await context.close();
  });

  it('neither shows nor serves it to an admin of any other organisation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.helpGuide.email, password);
    const menu = page.getByRole('navigation', { name: 'Sections' });
    await menu.getByRole('link', { name: 'Staff' }).waitFor();
    await expect(menu.getByRole('link', { name: 'Job queues' }).count()).resolves.toBe(0);

    const visit = await page.goto(`${webUrl}/admin/queues`);
    expect(visit?.status()).toBe(404);
    const data = await page.request.get(`${webUrl}/admin/queues/api/queues`);
    expect(data.status()).toBe(404);
    const retry = await page.request.put(`${webUrl}/admin/queues/api/queues/mail/retry/failed`, {
      headers: { origin: webUrl },
    });
    expect(retry.status()).toBe(404);
    await context.close();
  });
});
