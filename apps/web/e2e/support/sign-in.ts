import type { Page } from 'playwright-core';

/** Signs in through the sign-in page, as a person would, and waits for the dashboard. */
export async function signIn(
  page: Page,
  webUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${webUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${webUrl}/dashboard`);
}
