import crypto from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { caughtEmailText } from './support/mail-catcher';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };

describe('the outbox and the mail catcher', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
  });
  afterAll(async () => {
    await context.close();
  });

  async function invite(page: Page): Promise<string> {
    const invitee = `mail-${crypto.randomBytes(6).toString('hex')}@e2e.test`;
    await page.goto(`${webUrl}/staff`);
    const form = page.getByRole('region', { name: 'Invite a colleague' });
    await form.getByLabel('Email').fill(invitee);
    await form.getByRole('button', { name: 'Invite' }).click();
    await page.getByText(`Invitation emailed to ${invitee}`).waitFor();
    return invitee;
  }

  it('lists an invitation as sent, with the server’s answer and the hash of what left', async () => {
    const page = await context.newPage();
    const invitee = await invite(page);
    // Sent once the catcher took it.
    await caughtEmailText(page, webUrl, invitee);

    await page.goto(`${webUrl}/mail?status=SENT`);
    const item = page.getByRole('listitem').filter({ hasText: `To ${invitee}` });
    await expect(item.getByText('Sent', { exact: true }).count()).resolves.toBe(1);
    await item.getByRole('link').click();
    await page.waitForURL(new RegExp(`^${webUrl}/mail/[0-9a-f-]{36}$`));
    const details = (await page.locator('.mail-details').textContent()) ?? '';
    expect(details).toContain(invitee);
    expect(details).toMatch(/Mail server’s answer250/);
    expect(details).toMatch(/SHA-256 of the message sent[0-9a-f]{64}/);
    // Sent, so it cannot be sent again from here.
    await expect(page.getByRole('button', { name: 'Send again' }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 375 px phone and passes axe on every mail page', async () => {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    const invitee = await invite(page);
    await caughtEmailText(page, webUrl, invitee);
    const caughtPath = new URL(page.url()).pathname;
    await page.goto(`${webUrl}/mail`);
    await page
      .getByRole('listitem')
      .filter({ hasText: `To ${invitee}` })
      .getByRole('link')
      .click();
    await page.waitForURL(new RegExp(`^${webUrl}/mail/[0-9a-f-]{36}$`));
    const outboxPath = new URL(page.url()).pathname;
    for (const path of [
      '/mail',
      '/mail?status=FAILED',
      outboxPath,
      '/mail/catcher',
      caughtPath,
      '/mail/settings',
    ]) {
      await page.goto(`${webUrl}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, width: Math.min(width, PHONE.width + 1) }).toEqual({
        path,
        width: Math.min(width, PHONE.width),
      });
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.close();
  });

  it('sets the sending address and a DKIM key, refusing a wrong address with what was typed kept', async () => {
    const page = await context.newPage();
    await page.goto(`${webUrl}/mail/settings`);
    await page.getByLabel('Sending address').fill('helpline at e2e');
    await page.getByLabel('Sender name').fill('E2E Helpline');
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(page.getByLabel('Sender name').inputValue()).resolves.toBe('E2E Helpline');

    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    await page.getByLabel('Sending address').fill('helpline@e2e.test');
    await page.getByLabel('Signing domain').fill('e2e.test');
    await page.getByLabel('Selector').fill('cairn2026');
    await page
      .getByLabel('Private key')
      .fill(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await page.getByText('Mail settings saved.').waitFor();

    await page.goto(`${webUrl}/mail/settings`);
    await page.getByText('E2E Helpline <helpline@e2e.test>').waitFor();
    await page.getByText('cairn2026._domainkey.e2e.test').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Back as the other specs expect it: the deployment's address, no signature.
    await page.getByLabel('Sending address').fill('');
    await page.getByLabel('Sender name').fill('');
    await page.getByLabel('Stop signing emails and forget the stored key').check();
    await page.getByRole('button', { name: 'Save mail settings' }).click();
    await page.getByText('Mail settings saved.').waitFor();
    await page.goto(`${webUrl}/mail/settings`);
    await page.getByText('Emails are not signed.', { exact: false }).waitFor();
    await page.close();
  });

  describe('in French', () => {
    let french: BrowserContext;

    beforeAll(async () => {
      french = await browser.newContext({
        locale: 'fr-FR',
        extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
      });
      const page = await french.newPage();
      await signIn(page, webUrl, FIXTURE.admin.email, password);
      await page.close();
    });
    afterAll(async () => {
      await french.close();
    });

    /** The English words of a page that a French admin must not meet. */
    async function englishIn(page: Page, words: readonly string[]): Promise<string[]> {
      const text = await page.locator('main').innerText();
      return words.filter((word) => text.includes(word));
    }

    it('refuses wrong settings with the French error summary, focused, and French field errors', async () => {
      const page = await french.newPage();
      await page.goto(`${webUrl}/mail/settings`);
      await page.getByRole('heading', { level: 1, name: 'Réglages d’envoi' }).waitFor();
      await page.getByLabel('Adresse d’envoi').fill('helpline at e2e');
      await page.getByLabel('Nom de l’expéditeur').fill('Ligne E2E');
      await page.getByLabel('Domaine de signature').fill('not a domain');
      await page.getByLabel('Sélecteur').fill('cairn2026');
      await page.getByLabel('Clé privée').fill('not a key');
      await page.getByRole('button', { name: 'Enregistrer les réglages d’envoi' }).click();

      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await expect(summary.getByRole('heading').innerText()).resolves.toBe('Il y a un problème');
      const said = await summary.innerText();
      expect(said).toContain('Saisissez une adresse e-mail, par exemple nom@exemple.org');
      expect(said).toContain('Saisissez un nom de domaine, par exemple ecoute.exemple.org');
      await expect(page.title()).resolves.toMatch(/^Erreur : Réglages d’envoi/);
      await expect(page.getByLabel('Nom de l’expéditeur').inputValue()).resolves.toBe('Ligne E2E');
      await expect(
        englishIn(page, [
          'There is a problem',
          'Mail settings',
          'Sending address',
          'Sender name',
          'Signing domain',
          'Private key',
          'Save mail settings',
          'Enter an email address',
          'Enter a domain name',
          'Back to the outbox',
        ]),
      ).resolves.toEqual([]);
      await expect(page.locator('main [lang="fr"]').count()).resolves.toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);

      // A key the API refuses is said in French as well.
      await page.getByLabel('Adresse d’envoi').fill('');
      await page.getByLabel('Domaine de signature').fill('e2e.test');
      await page.getByRole('button', { name: 'Enregistrer les réglages d’envoi' }).click();
      await page
        .locator('.error-summary')
        .getByText('Collez une clé privée au format PEM (BEGIN PRIVATE KEY)')
        .waitFor();
      await page.close();
    });

    it('shows the outbox, an email and the mail catcher in French, dates included', async () => {
      const page = await french.newPage();
      await page.goto(`${webUrl}/mail`);
      await page.getByRole('heading', { level: 1, name: 'E-mails' }).waitFor();
      const filters = page.getByRole('navigation', { name: 'Filtrer par statut' });
      await filters.getByRole('link', { name: /^Tous \(\d+\)$/ }).waitFor();
      await filters.getByRole('link', { name: /^Envoyé \(\d+\)$/ }).waitFor();
      const first = page.locator('.mail-list > li').first();
      await expect(first.locator('.mail-meta').first().innerText()).resolves.toMatch(
        /^À .+ · mis en file/,
      );
      // Medium dates as France writes them: "30 nov. 2026, 19:03".
      await expect(first.locator('time').first().innerText()).resolves.toMatch(
        /^\d{1,2} [a-zéû]+\.? \d{4}( à|,) \d{2}:\d{2}$/,
      );
      await expect(
        englishIn(page, [
          'Mail catcher',
          'Mail settings',
          'Waiting to be sent',
          'All (',
          'queued',
          'Older emails',
        ]),
      ).resolves.toEqual([]);

      await first.getByRole('link').first().click();
      await page.waitForURL(new RegExp(`^${webUrl}/mail/[0-9a-f-]{36}$`));
      await page.getByText('Tous les e-mails').waitFor();
      await expect(
        englishIn(page, ['All emails', 'Send again', 'Mail server’s answer', 'Sent again']),
      ).resolves.toEqual([]);
      const terms = await page.locator('.mail-details dt').allInnerTexts();
      expect(terms).toEqual(expect.arrayContaining(['De', 'À', 'Mis en file', 'Tentatives']));
      expect(
        terms.filter((term) => ['From', 'To', 'Queued', 'Sent', 'Attempts'].includes(term)),
      ).toEqual([]);

      await page.goto(`${webUrl}/mail/catcher`);
      await page.getByRole('heading', { level: 1, name: 'Collecteur d’e-mails' }).waitFor();
      await expect(
        englishIn(page, ['Mail catcher', 'With no mail server', 'All emails']),
      ).resolves.toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
