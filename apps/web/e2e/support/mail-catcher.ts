import type { Page } from 'playwright-core';

/**
 * Opens the mail catcher's admin page until an email to `recipient` shows (the worker sends
 * within seconds of the commit), opens it, and answers its text. The page must be signed in
 * as an admin of the organisation that sent it.
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
    const item = page.getByRole('listitem').filter({ hasText: `To ${recipient}` });
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
