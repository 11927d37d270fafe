import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { caughtEmailText, invitationLink } from './support/mail-catcher';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

describe('inviting a colleague', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  // Next's route announcer is an alert too: the form's own is the one inside the form.
  const formAlert = (page: Page) => page.locator('form [role="alert"]');

  it('lets an admin invite a caseworker who then joins and signs in, once', async () => {
    const invitee = `new-${crypto.randomBytes(6).toString('hex')}@e2e.test`;
    const inviteePassword = `${crypto.randomBytes(12).toString('hex')}-pass`;
    const context = await browser.newContext();
    const page = await context.newPage();

    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Staff' })
      .click();
    await page.waitForURL(`${webUrl}/staff`);
    await expect(
      page.getByRole('table', { name: 'Members' }).getByText(FIXTURE.admin.email).count(),
    ).resolves.toBe(1);

    const inviteForm = page.getByRole('region', { name: 'Invite a colleague' });
    await inviteForm.getByLabel('Email').fill(invitee);
    await inviteForm.getByLabel('Role').selectOption('CASEWORKER');
    await inviteForm.getByRole('button', { name: 'Invite' }).click();
    await page.getByText(`Invitation emailed to ${invitee}`).waitFor();
    // With mail set up, the link goes only to the invitee's mailbox, and stays out of the
    // address bar.
    await expect(page.getByLabel('Invitation link').count()).resolves.toBe(0);
    expect(page.url()).toBe(`${webUrl}/staff`);

    // The stack's mail goes to the worker's catcher, which the admin reads in the Mail section.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Mail' })
      .click();
    await page.waitForURL(`${webUrl}/mail`);
    const text = await caughtEmailText(page, webUrl, invitee);
    expect(text).toContain(`invited to join the team of ${FIXTURE.admin.organization.name}`);
    const link = invitationLink(text, webUrl);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${webUrl}/signin`);

    await page.goto(link);
    expect(page.url()).toBe(link);
    await page.getByLabel('Your name').fill('New Caseworker');
    await page.getByLabel('Password', { exact: true }).fill(inviteePassword);
    await page.getByLabel('Confirm password').fill(inviteePassword);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL(`${webUrl}/signin?joined=1`);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain(
      'You have joined',
    );

    await signIn(page, webUrl, invitee, inviteePassword);
    await expect(page.locator('.shell-header .who').textContent()).resolves.toContain(
      'New Caseworker',
    );
    await expect(page.locator('.shell-header .organization').textContent()).resolves.toBe(
      FIXTURE.admin.organization.name,
    );

    // A caseworker sees no staff list.
    await page.goto(`${webUrl}/staff`);
    await expect(page.getByText('Your role cannot see the staff list').count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${webUrl}/signin`);
    await page.goto(link);
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel('Password', { exact: true }).fill(inviteePassword);
    await page.getByLabel('Confirm password').fill(inviteePassword);
    await page.getByRole('button', { name: 'Join' }).click();
    await formAlert(page).waitFor();
    await expect(formAlert(page).textContent()).resolves.toContain('already used');
    await context.close();
  });

  it('speaks French to a French admin and a French invitee, refusals included', async () => {
    const invitee = `fr-${crypto.randomBytes(6).toString('hex')}@e2e.test`;
    const french = {
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    };
    const context = await browser.newContext(french);
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.goto(`${webUrl}/staff`);
    await page.getByRole('table', { name: 'Membres' }).waitFor();
    const inviteForm = page.getByRole('region', { name: 'Inviter un·e collègue' });
    await inviteForm.getByLabel('E-mail').fill(invitee);
    await inviteForm.getByLabel('Rôle').selectOption('CASEWORKER');
    await inviteForm.getByRole('button', { name: 'Inviter' }).click();
    await page.getByText(`Invitation envoyée par e-mail à ${invitee}`).waitFor();
    await page
      .getByRole('row', { name: new RegExp(invitee) })
      .getByText('En attente')
      .waitFor();
    const link = invitationLink(await caughtEmailText(page, webUrl, invitee), webUrl);

    const visitor = await browser.newContext(french);
    const visit = await visitor.newPage();
    await visit.goto(link);
    await visit
      .getByRole('heading', { level: 1, name: 'Rejoindre votre équipe sur Cairn' })
      .waitFor();
    await visit.getByLabel('Votre nom').fill('Nouvelle Intervenante');
    await visit.getByLabel('Mot de passe', { exact: true }).fill('un mot de passe assez long');
    await visit.getByLabel('Confirmer le mot de passe').fill('un autre mot de passe long');
    await visit.getByRole('button', { name: 'Rejoindre' }).click();
    await formAlert(visit).waitFor();
    await expect(formAlert(visit).innerText()).resolves.toContain(
      'Les deux mots de passe diffèrent',
    );
    expect(await visit.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await visitor.close();
    await context.close();
  });

  it('emails the link, without JavaScript, and lets the admin revoke it', async () => {
    const invitee = `new-${crypto.randomBytes(6).toString('hex')}@e2e.test`;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.goto(`${webUrl}/staff`);

    const inviteForm = page.getByRole('region', { name: 'Invite a colleague' });
    await inviteForm.getByLabel('Email').fill(invitee);
    await inviteForm.getByRole('button', { name: 'Invite' }).click();
    await page.getByText(`Invitation emailed to ${invitee}`).waitFor();
    const link = invitationLink(await caughtEmailText(page, webUrl, invitee), webUrl);
    await page.goto(`${webUrl}/staff`);

    // Inviting the admin, already a member, is refused on the form.
    await inviteForm.getByLabel('Email').fill(FIXTURE.admin.email);
    await inviteForm.getByRole('button', { name: 'Invite' }).click();
    await formAlert(page).waitFor();
    await expect(formAlert(page).textContent()).resolves.toContain('already a member');

    await page.getByRole('button', { name: `Revoke the invitation of ${invitee}` }).click();
    await page
      .getByRole('row', { name: new RegExp(invitee) })
      .getByText('Revoked')
      .waitFor();

    const visitor = await browser.newContext({ javaScriptEnabled: false });
    const visit = await visitor.newPage();
    await visit.goto(link);
    await visit.getByLabel('Your name').fill('Too Late');
    await visit.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
    await visit.getByLabel('Confirm password').fill('a-long-enough-password');
    await visit.getByRole('button', { name: 'Join' }).click();
    await formAlert(visit).waitFor();
    await expect(formAlert(visit).textContent()).resolves.toContain('was revoked');
    await visitor.close();
    await context.close();
  });
});
