import crypto from 'node:crypto';
import { blockBrowser } from './support/browser';
import { caughtEmailByApi, invitationToken } from './support/mail-catcher';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

describe('a restricted case on screen', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function api(path: string, body: object, token?: string): Promise<unknown> {
    const response = await fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  /** A caseworker who joined through an invitation, and the restricted case they opened for themselves. */
  async function caseworkerWithRestrictedCase() {
    const admin = (await api('/auth/login', { email: FIXTURE.admin.email, password })) as {
      token: string;
    };
    const email = `restricted-${crypto.randomBytes(4).toString('hex')}@e2e.test`;
    const secret = `${crypto.randomBytes(12).toString('hex')}-pass`;
    await api('/invites', { email, role: 'CASEWORKER' }, admin.token);
    // The stack sends mail, so the invitation's link travels by email, as it would to them.
    const invitation = await caughtEmailByApi(apiUrl, admin.token, (item) =>
      item.to.includes(email),
    );
    await api('/auth/invites/accept', {
      token: invitationToken(invitation.text),
      displayName: 'Casey Worker',
      password: secret,
    });
    const caseworker = (await api('/auth/login', { email, password: secret })) as {
      token: string;
      me: { user: { id: string } };
    };
    const opened = (await api(
      '/cases',
      {
        title: 'Restricted on screen',
        summary: '',
        riskLevel: 'LOW',
        abuseTypes: ['HARASSMENT'],
        platforms: [],
        tags: [],
        restricted: true,
        survivor: {
          name: 'Robin',
          preferredLanguage: 'en',
          safeContact: { channels: ['SIGNAL'], safeTimes: '', never: ['Do not call'], details: '' },
        },
        jurisdiction: { survivorCountry: null, otherPartyCountry: null },
        assigneeIds: [caseworker.me.user.id],
      },
      caseworker.token,
    )) as { id: string };
    return { email, secret, caseId: opened.id };
  }

  it('offers a caseworker no way to assign colleagues to it, and an admin the usual form', async () => {
    const { email, secret, caseId } = await caseworkerWithRestrictedCase();

    const asCaseworker = await browser.newContext({ javaScriptEnabled: false });
    const page = await asCaseworker.newPage();
    await signIn(page, webUrl, email, secret);
    await page.goto(`${webUrl}/cases/${caseId}`);
    await page
      .getByText(
        'This case is restricted: only a supervisor or an admin can change who works on it.',
      )
      .waitFor();
    await expect(page.getByRole('button', { name: 'Save assignees' }).count()).resolves.toBe(0);
    await page.goto(`${webUrl}/cases/new`);
    await page.getByText('A restricted case can be assigned only to you').waitFor();
    await asCaseworker.close();

    const asAdmin = await browser.newContext({ javaScriptEnabled: false });
    const adminPage = await asAdmin.newPage();
    await signIn(adminPage, webUrl, FIXTURE.admin.email, password);
    await adminPage.goto(`${webUrl}/cases/${caseId}`);
    await adminPage.getByRole('button', { name: 'Save assignees' }).waitFor();
    await asAdmin.close();
  });
});
