import type { Page } from 'playwright-core';

/**
 * Opens the mail catcher's admin page until an email to `recipient` shows (the worker sends
 * within seconds of the commit), opens it, and answers its text. The page must be signed in
 * as an admin of the organisation that sent it, in either language the staff pages speak.
 */
export async function caughtEmailText(
  page: Page,
  webUrl: string,
  recipient: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${webUrl}/mail/catcher`);
    // By the address alone, which each spec makes unique: the page says "To" in English only.
    const item = page.getByRole('listitem').filter({ hasText: recipient });
    if ((await item.count()) > 0) {
      await item.first().getByRole('link').click();
      await page.waitForURL(new RegExp(`^${webUrl}/mail/catcher/[0-9a-f-]{36}$`));
      return (await page.locator('pre.mail-body').first().textContent()) ?? '';
    }
    if (Date.now() > deadline) throw new Error(`no email to ${recipient} reached the mail catcher`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The invitation link in an invitation email's text. */
export function invitationLink(text: string, webUrl: string): string {
  const match = new RegExp(`${webUrl.replace(/[.:/]/g, '\\$&')}/invite/[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`no invitation link in:\n${text}`);
  return match[0];
}

export interface CaughtEmail {
  headers: string;
  text: string;
  subject: string;
}

/**
 * Asks the API's catcher list, as an admin holding `token`, until the worker has delivered a
 * message matching `match`, and answers it whole. For specs that set their people up through
 * the API rather than the pages.
 */
export async function caughtEmailByApi(
  apiUrl: string,
  token: string,
  match: (item: { to: string[]; subject: string }) => boolean,
  timeoutMs = 30_000,
): Promise<CaughtEmail> {
  const get = async (path: string): Promise<unknown> => {
    const response = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = (await get('/mail/catcher')) as {
      items: { id: string; to: string[]; subject: string }[];
    };
    const found = list.items.find(match);
    if (found) return (await get(`/mail/catcher/${found.id}`)) as CaughtEmail;
    if (Date.now() > deadline) throw new Error('the email never reached the mail catcher');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The token of the invitation link in an invitation email's text. */
export function invitationToken(text: string): string {
  const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no invitation link in:\n${text}`);
  return token;
}
