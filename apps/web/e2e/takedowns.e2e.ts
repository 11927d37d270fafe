import crypto from 'node:crypto';
import net from 'node:net';
import type { Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { caughtEmailByApi, invitationToken } from './support/mail-catcher';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, inboundSmtpPort, stackInfo } from './support/stack-info';

/**
 * A takedown from the caseworker's screen to the platform's inbox and back: composed,
 * previewed, approved by a second person, sent by the worker, and the platform's reply shown
 * on the case.
 */
describe('a takedown request on screen', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function api(method: string, path: string, token?: string, body?: object) {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  }

  /** Waits for the worker to deliver a message matching `match` to the mail catcher. */
  const caught = (token: string, match: (item: { to: string[]; subject: string }) => boolean) =>
    caughtEmailByApi(apiUrl, token, match);

  /** A supervisor who joined through the invitation email, as a second person to approve. */
  async function supervisor(adminToken: string) {
    const email = `approver-${crypto.randomBytes(4).toString('hex')}@e2e.test`;
    const secret = `${crypto.randomBytes(12).toString('hex')}-pass`;
    await api('POST', '/invites', adminToken, { email, role: 'SUPERVISOR' });
    const invitation = await caught(adminToken, (item) => item.to.includes(email));
    const inviteToken = invitationToken(invitation.text);
    await api('POST', '/auth/invites/accept', undefined, {
      token: inviteToken,
      displayName: 'Sam Supervisor',
      password: secret,
    });
    return { email, secret };
  }

  /** Speaks SMTP to the worker's reply listener, as the platform's mail server would. */
  function smtpSend(port: number, to: string, message: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const answers: string[] = [];
      const steps = [
        'EHLO platform.example',
        'MAIL FROM:<legal@platform.example>',
        `RCPT TO:<${to}>`,
        'DATA',
        `${message.replace(/\n/g, '\r\n')}\r\n.`,
        'QUIT',
      ];
      let buffer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        // One answer is complete when its last line has a space after the code.
        while (/^\d{3} .*\r\n/m.test(buffer)) {
          const end = buffer.search(/^\d{3} .*\r\n/m);
          const line = buffer.slice(end).split('\r\n')[0]!;
          buffer = buffer.slice(end + line.length + 2);
          answers.push(line);
          // A refusal ends the session: nothing more is said but goodbye.
          if (/^[45]/.test(line) && steps[0] !== 'QUIT') steps.splice(0, steps.length, 'QUIT');
          const next = steps.shift();
          if (next) socket.write(`${next}\r\n`);
          else socket.end();
        }
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(answers));
    });
  }

  async function signedInPage(
    email: string,
    secret: string,
    options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
  ): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
    const page = await context.newPage();
    await signIn(page, webUrl, email, secret);
    return page;
  }

  it('is composed and previewed, approved by a second person, sent, and its reply shows on the case', async () => {
    const admin = (await api('POST', '/auth/login', undefined, {
      email: FIXTURE.admin.email,
      password,
    })) as { token: string };
    const marker = crypto.randomBytes(3).toString('hex');
    const platformName = `Example Social ${marker}`;
    await api('POST', '/platforms', admin.token, {
      name: platformName,
      kind: 'SOCIAL_NETWORK',
      reportChannel: 'EMAIL',
      reportAddress: `abuse-${marker}@social.example`,
      noticeTypes: ['NCII_REMOVAL'],
    });
    const opened = (await api('POST', '/cases', admin.token, {
      title: `Images shared ${marker}`,
      summary: '',
      riskLevel: 'HIGH',
      abuseTypes: ['HARASSMENT'],
      platforms: [],
      tags: [],
      survivor: {
        name: 'Robin',
        preferredLanguage: 'en',
        safeContact: { channels: ['SIGNAL'], safeTimes: '', never: [], details: '+44 7000 000000' },
      },
      jurisdiction: { survivorCountry: null, otherPartyCountry: null },
    })) as { id: string };
    await api('POST', `/cases/${opened.id}/consents`, admin.token, {
      scope: 'SHARE_WITH_PLATFORMS',
      givenAt: '2026-01-01T10:00:00Z',
    });
    const approver = await supervisor(admin.token);

    // The admin writes the request on a phone-sized screen.
    const page = await signedInPage(FIXTURE.admin.email, password);
    await page.goto(`${webUrl}/cases/${opened.id}/takedowns`);
    await page.getByLabel('Platform or service').selectOption({ label: platformName });
    await page.getByLabel('Kind of notice').selectOption('NCII_REMOVAL');
    await page
      .getByLabel('Addresses (URLs) of the content')
      .fill(`https://social.example/p/${marker}`);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(new RegExp(`/cases/${opened.id}/takedowns/[0-9a-f-]{36}$`));
    // Without an explanation the notice says what it still needs.
    await page.getByText('The notice cannot be sent yet').waitFor();
    await page.getByLabel('Why it must be removed').fill('Intimate images shared without consent.');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await page.reload();
    const notice = page.locator('.notice-body');
    await expect(notice.textContent()).resolves.toContain(`https://social.example/p/${marker}`);
    await expect(notice.textContent()).resolves.not.toContain('+44');
    const takedownUrl = page.url();
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByText('Waiting for a supervisor or an admin to approve it').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);

    // A second person approves, and the worker sends it.
    const second = await signedInPage(approver.email, approver.secret);
    await second.goto(takedownUrl);
    await second.getByRole('button', { name: 'Approve and send' }).click();
    await second.getByRole('heading', { name: 'Mail' }).waitFor();
    const sent = await caught(admin.token, (item) =>
      item.to.includes(`abuse-${marker}@social.example`),
    );
    expect(sent.text).toContain(`https://social.example/p/${marker}`);
    const replyTo = /^reply-to:\s*<?([^\s<>]+)>?/im.exec(sent.headers)?.[1];
    const messageId = /^message-id:\s*(\S+)/im.exec(sent.headers)?.[1];
    expect(replyTo).toMatch(/^reply\+[a-z2-7]{32}@/);

    // The platform answers the reply address; an unknown one is refused at RCPT.
    const refused = await smtpSend(
      inboundSmtpPort(),
      replyTo!.replace(/\+[a-z2-7]{32}@/, `+${'a'.repeat(32)}@`),
      'Subject: x\n\nx',
    );
    expect(refused.some((line) => line.startsWith('550'))).toBe(true);
    const answers = await smtpSend(
      inboundSmtpPort(),
      replyTo!,
      `From: legal@social.example\nTo: ${replyTo}\nSubject: Removed ${marker}\nIn-Reply-To: ${messageId}\nMessage-ID: <r-${marker}@social.example>\n\nWe removed the content.`,
    );
    expect(answers.filter((line) => line.startsWith('250')).length).toBeGreaterThanOrEqual(3);

    await page.goto(`${webUrl}/cases/${opened.id}/takedowns`);
    await page.getByText('A platform replied to a takedown request').waitFor();
    await page.goto(takedownUrl);
    await page.getByText(`Removed ${marker}`).waitFor();
    await expect(page.getByText('Acknowledged').first().textContent()).resolves.toBeTruthy();
    await page.context().close();
    await second.context().close();
  });

  it('sends the one warning to the other party from the case, in French, and refuses a second naming the rule', async () => {
    const admin = (await api('POST', '/auth/login', undefined, {
      email: FIXTURE.admin.email,
      password,
    })) as { token: string };
    const marker = crypto.randomBytes(3).toString('hex');
    const otherParty = `them-${marker}@other-party.example`;
    const opened = (await api('POST', '/cases', admin.token, {
      title: `Threats ${marker}`,
      summary: '',
      riskLevel: 'MEDIUM',
      abuseTypes: ['HARASSMENT'],
      platforms: [],
      tags: [],
      survivor: {
        name: 'Robin',
        preferredLanguage: 'fr',
        safeContact: { channels: ['SIGNAL'], safeTimes: '', never: [], details: '+44 7000 000001' },
      },
      jurisdiction: { survivorCountry: null, otherPartyCountry: null },
    })) as { id: string };
    const approver = await supervisor(admin.token);

    const page = await signedInPage(FIXTURE.admin.email, password);
    await page.context().setExtraHTTPHeaders({ 'accept-language': 'fr-FR,fr;q=0.9' });
    await page.goto(`${webUrl}/cases/${opened.id}/takedowns`);
    await page.getByRole('heading', { name: 'Demandes de retrait et lettres' }).waitFor();
    const letterForm = page
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Enregistrer la lettre en brouillon' }) });
    await letterForm.getByLabel('L’avertissement unique à l’autre partie').check();
    await letterForm.getByLabel('Français').check();
    await letterForm.getByLabel('Adresse électronique du destinataire').fill('pas une adresse');
    await letterForm
      .getByLabel('Ce que dit la lettre')
      .fill(`Vos messages doivent cesser ${marker}.`);
    await letterForm.getByRole('button', { name: 'Enregistrer la lettre en brouillon' }).click();
    // Refused: the summary takes the focus, and what was typed is still there.
    await page.locator('.error-summary').waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('error-summary')),
    ).resolves.toBe(true);
    await expect(
      page.getByLabel('Adresse électronique du destinataire').inputValue(),
    ).resolves.toBe('pas une adresse');
    await expect(page.getByLabel('Ce que dit la lettre').inputValue()).resolves.toBe(
      `Vos messages doivent cesser ${marker}.`,
    );
    await page.getByLabel('Adresse électronique du destinataire').fill(otherParty);
    await page.getByRole('button', { name: 'Enregistrer la lettre en brouillon' }).click();
    await page.waitForURL(new RegExp(`/cases/${opened.id}/takedowns/[0-9a-f-]{36}$`));
    const letterUrl = page.url();

    // The exact email: the French template, the caseworker's words, nothing of the survivor.
    await page
      .getByRole('heading', { name: 'Le courriel, exactement tel qu’il sera envoyé' })
      .waitFor();
    const notice = page.locator('.notice-body');
    await expect(notice.textContent()).resolves.toContain(
      'Ceci est le seul avertissement que vous recevrez.',
    );
    await expect(notice.textContent()).resolves.toContain(`Vos messages doivent cesser ${marker}.`);
    await expect(notice.textContent()).resolves.not.toContain('+44');
    await page.getByRole('button', { name: 'Soumettre pour approbation' }).click();
    await page.getByText('En attente de l’approbation').waitFor();

    const second = await signedInPage(approver.email, approver.secret);
    await second.goto(letterUrl);
    await second.getByRole('button', { name: 'Approve and send' }).click();
    await second.getByRole('heading', { name: 'Mail' }).waitFor();
    const sent = await caught(admin.token, (item) => item.to.includes(otherParty));
    expect(sent.subject).toBe('Cessez de contacter cette personne');
    expect(sent.text).toContain(`Vos messages doivent cesser ${marker}.`);
    expect(/^reply-to:\s*<?([^\s<>]+)>?/im.exec(sent.headers)?.[1]).toMatch(
      /^reply\+[a-z2-7]{32}@/,
    );
    const contacts = (await api('GET', `/cases/${opened.id}/contacts`, admin.token)) as {
      items: { kind: string }[];
    };
    expect(contacts.items.map((item) => item.kind)).toEqual(['WARNING']);

    // A second warning on the case is refused, and the summary names the rule, in French.
    await page.goto(`${webUrl}/cases/${opened.id}/takedowns`);
    await page.getByLabel('L’avertissement unique à l’autre partie').check();
    await page.getByLabel('Adresse électronique du destinataire').fill(otherParty);
    await page.getByLabel('Ce que dit la lettre').fill('Encore.');
    await page.getByRole('button', { name: 'Enregistrer la lettre en brouillon' }).click();
    const refusal = page.locator('.error-summary');
    await refusal.getByText('la règle de l’avertissement unique').waitFor();
    await expect(refusal.textContent()).resolves.not.toMatch(/one-warning|warning/i);
    await expect(page.getByLabel('Ce que dit la lettre').inputValue()).resolves.toBe('Encore.');
    await page.context().close();
    await second.context().close();
  });

  it('composes without JavaScript, names what a DMCA notice lacks, and its pages pass axe at 375 px', async () => {
    const marker = crypto.randomBytes(3).toString('hex');
    const admin = (await api('POST', '/auth/login', undefined, {
      email: FIXTURE.admin.email,
      password,
    })) as { token: string };
    const platform = (await api('POST', '/platforms', admin.token, {
      name: `Example Host ${marker}`,
      kind: 'HOST',
      reportChannel: 'EMAIL',
      reportAddress: `dmca-${marker}@host.example`,
      noticeTypes: ['COPYRIGHT_DMCA'],
    })) as { id: string };
    const opened = (await api('POST', '/cases', admin.token, {
      title: `Copied photos ${marker}`,
      summary: '',
      riskLevel: 'LOW',
      abuseTypes: ['HARASSMENT'],
      platforms: [],
      tags: [],
      survivor: {
        name: 'Robin',
        preferredLanguage: 'en',
        safeContact: { channels: ['SIGNAL'], safeTimes: '', never: [], details: '' },
      },
      jurisdiction: { survivorCountry: null, otherPartyCountry: null },
    })) as { id: string };

    const page = await signedInPage(FIXTURE.admin.email, password, { javaScriptEnabled: false });
    await page.goto(`${webUrl}/cases/${opened.id}/takedowns`);
    await page.getByLabel('Platform or service').selectOption(platform.id);
    await page.getByLabel('Kind of notice').selectOption('COPYRIGHT_DMCA');
    await page.getByLabel('Addresses (URLs) of the content').fill('not an address');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    // Refused: the summary names the field and what was typed is still there.
    await page.locator('.error-summary').waitFor();
    await expect(page.getByLabel('Addresses (URLs) of the content').inputValue()).resolves.toBe(
      'not an address',
    );
    await page.getByLabel('Addresses (URLs) of the content').fill(`https://host.example/${marker}`);
    await page.getByLabel('The copyrighted work').fill('Photographs the survivor took');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(new RegExp(`/cases/${opened.id}/takedowns/[0-9a-f-]{36}$`));
    await page.getByText('The notice needs the signature (17 U.S.C. 512(c)(3)(A)(i))').waitFor();
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    // The step's refusal is one sentence naming every missing element with its provision.
    await page
      .locator('.error-summary')
      .getByText('it still needs the signature (17 U.S.C. 512(c)(3)(A)(i))')
      .waitFor();
    const takedownUrl = page.url();
    await page.context().close();

    const checked = await signedInPage(FIXTURE.admin.email, password, { bypassCSP: true });
    const templates = (await api('GET', '/takedown-templates', admin.token)) as {
      items: { id: string }[];
    };
    for (const path of [
      `/cases/${opened.id}/takedowns`,
      takedownUrl.slice(webUrl.length),
      '/platforms',
      `/platforms/${platform.id}`,
      '/takedown-templates',
      `/takedown-templates/${templates.items[0]!.id}`,
    ]) {
      await checked.goto(`${webUrl}${path}`);
      await expect(axeViolations(checked).then((found) => ({ path, found }))).resolves.toEqual({
        path,
        found: [],
      });
      const width = await checked.evaluate(() => document.documentElement.scrollWidth);
      expect({ path, width }).toEqual({ path, width: 375 });
    }
    await checked.context().close();
  });
});
