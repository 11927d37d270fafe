import { stackInfo } from './support/stack-info';

const unescape = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The sign-in form as the page serves it: its fields, the server action's own included. */
async function signInForm(webUrl: string): Promise<FormData> {
  const html = await (await fetch(`${webUrl}/signin`)).text();
  const form = new FormData();
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g,
  ))
    form.append(name!, unescape(value ?? ''));
  form.append('email', 'nobody@example.org');
  form.append('password', 'not the password');
  return form;
}

describe('request bodies', () => {
  const { webUrl } = stackInfo();

  it('lets an anonymous server action run on a small body, and refuses a 2 MB one before it runs', async () => {
    const small = await signInForm(webUrl);
    const ran = await fetch(`${webUrl}/signin`, {
      method: 'POST',
      body: small,
      headers: { origin: webUrl },
    });
    expect(await ran.text()).toContain('That email and password do not match an account');

    const large = await signInForm(webUrl);
    large.append('filler', 'x'.repeat(2 * 1024 * 1024));
    const refused = await fetch(`${webUrl}/signin`, {
      method: 'POST',
      body: large,
      headers: { origin: webUrl },
    });
    // Next reports its body limit on a form post as a server error; the action never runs.
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await refused.text()).not.toContain('That email and password do not match an account');
  });

  it('refuses an anonymous guide upload before reading it', async () => {
    const form = new FormData();
    form.append('archive', new Blob([new Uint8Array(2 * 1024 * 1024)]), 'guide.zip');
    const refused = await fetch(`${webUrl}/guide-content/import/upload`, {
      method: 'POST',
      body: form,
      headers: { origin: webUrl, accept: 'application/json' },
    });
    expect(refused.status).toBe(401);
  });
});
