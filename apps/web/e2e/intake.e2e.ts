import type { Page } from 'playwright-core';
import { freshVisitors } from './support/browser';
import { caughtEmailByApi } from './support/mail-catcher';
import { axeViolations, watchTraffic } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const { slug: SLUG } = FIXTURE.intake.organization;
const FORM_ID = 'e2e-report';
const OWN_LINE = 'E2E Intake urgent line';
// A 1×1 PNG: a real image the evidence vault hashes like any other.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The organisation's intake form in one language: three screens, every kind of item. */
function formSource(words: {
  title: string;
  about: string;
  name: string;
  safe: string;
  happened: string;
  description: string;
  when: string;
  where: string;
  other: string;
  evidence: string;
  files: string;
  consent: string;
}): string {
  return `title: ${words.title}
screens:
  - name: ${words.about}
    items:
      - name: name
        type: text_input
        label: ${words.name}
        case: survivor-name
      - name: safe
        type: safe_contact
        label: ${words.safe}
  - name: ${words.happened}
    items:
      - name: description
        type: text_area
        label: ${words.description}
        required: true
        case: description
      - name: when
        type: date
        label: ${words.when}
        case: incident-date
      - name: platforms
        type: multiple_choice
        label: ${words.where}
        options:
          - value: instagram
            label: Instagram
          - value: other
            label: ${words.other}
  - name: ${words.evidence}
    items:
      - name: files
        type: file
        label: ${words.files}
      - name: share-platforms
        type: consent
        scope: SHARE_WITH_PLATFORMS
        label: ${words.consent}
`;
}

const FORMS: Record<string, string> = {
  en: formSource({
    title: 'Tell us what happened',
    about: 'About you',
    name: 'What should we call you?',
    safe: 'How can we reach you safely?',
    happened: 'What happened',
    description: 'What happened?',
    when: 'When did it happen?',
    where: 'Where did it happen?',
    other: 'Somewhere else',
    evidence: 'Evidence',
    files: 'Screenshots or other files',
    consent: 'I agree that the helpline may report this to the platforms for me.',
  }),
  fr: formSource({
    title: 'Dites-nous ce qui s’est passé',
    about: 'Vous',
    name: 'Comment devons-nous vous appeler ?',
    safe: 'Comment vous joindre sans danger ?',
    happened: 'Ce qui s’est passé',
    description: 'Que s’est-il passé ?',
    when: 'Quand cela s’est-il passé ?',
    where: 'Où cela s’est-il passé ?',
    other: 'Ailleurs',
    evidence: 'Preuves',
    files: 'Captures d’écran ou autres fichiers',
    consent: 'J’accepte que la ligne d’écoute signale ceci aux plateformes pour moi.',
  }),
  ar: formSource({
    title: 'أخبرنا بما حدث',
    about: 'عنك',
    name: 'بماذا نناديك؟',
    safe: 'كيف نتواصل معك بأمان؟',
    happened: 'ما حدث',
    description: 'ماذا حدث؟',
    when: 'متى حدث ذلك؟',
    where: 'أين حدث ذلك؟',
    other: 'مكان آخر',
    evidence: 'الأدلة',
    files: 'لقطات شاشة أو ملفات أخرى',
    consent: 'أوافق على أن يبلّغ خط المساعدة المنصات بذلك نيابة عني.',
  }),
};

describe('survivor intake and follow-up', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const webHost = new URL(webUrl).host;
  const open = freshVisitors();
  let token = '';
  /** Receipts of the submissions made so far, with what was typed, for the later checks. */
  const sent: { reference: string; code: string; typed: string[]; danger: boolean }[] = [];

  async function api(path: string, init: { method?: string; body?: unknown } = {}) {
    const response = await fetch(`${apiUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  beforeAll(async () => {
    token = await apiToken(apiUrl, FIXTURE.intake.email, password);
    for (const [locale, source] of Object.entries(FORMS)) {
      const path = `${locale}/online-abuse/f_${FORM_ID}.yml`;
      const draft = await api('/content/drafts', { method: 'PUT', body: { path, source } });
      expect({ locale, ...draft }).toMatchObject({ locale, status: 200 });
      const published = await api('/content/publish', { method: 'POST', body: { path } });
      expect({ locale, ok: published.status < 300, body: published.body }).toMatchObject({
        locale,
        ok: true,
      });
    }
    expect(
      await api('/content/helplines', {
        method: 'POST',
        body: {
          name: OWN_LINE,
          languages: ['en', 'fr', 'ar'],
          services: ['harassment'],
          regions: ['FR', 'MA'],
          timeZone: 'Europe/Paris',
          takesUrgent: true,
          channels: [{ kind: 'phone', value: '+33 1 23 45 67 89' }],
          intakeFormId: FORM_ID,
          own: true,
          listed: false,
        },
      }),
    ).toMatchObject({ status: 201 });
  });

  const formUrl = (locale: string) => `${webUrl}/o/${SLUG}/guide/${locale}/forms/${FORM_ID}`;

  async function noSideways(page: Page): Promise<void> {
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).resolves.toBe(true);
  }

  /**
   * axe on what a page without JavaScript shows: axe needs a script, so the page's markup is
   * checked in a second page of the same origin (its stylesheet applies) with scripts blocked.
   */
  async function axeWithoutScripts(page: Page) {
    const checker = await open({ bypassCSP: true, viewport: page.viewportSize() ?? undefined });
    await checker.route(/\/guide-assets\/.*\.js$/, (route) => route.abort());
    await checker.goto(`${webUrl}/o/${SLUG}/guide/en`);
    await checker.setContent(await page.content());
    return axeViolations(checker);
  }

  async function receiptOf(page: Page): Promise<{ reference: string; code: string }> {
    const reference = (await page.locator('[data-reference]').textContent())?.trim() ?? '';
    const code = (await page.locator('[data-follow-up-code]').textContent())?.trim() ?? '';
    expect(reference).not.toBe('');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    return { reference, code };
  }

  it('is linked from the helpline card, and the read-only spelling leads to it', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/o/${SLUG}/guide/en/helplines`);
    await page
      .getByRole('article', { name: OWN_LINE })
      .getByRole('link', { name: 'Tell us what happened' })
      .click();
    await page.waitForURL(formUrl('en'));
    const redirected = await page.goto(`${webUrl}/o/${SLUG}/guide/en/form/${FORM_ID}`);
    expect(redirected?.url()).toBe(formUrl('en'));
  });

  it('shows a form none of its helplines takes to be read only, saying so and how to reach the helpline', async () => {
    // The shared guide's incident record is in this organisation's guide, but its helpline
    // takes another form: nothing here may invite answers the API would refuse.
    const notTaken = (locale: string) =>
      `${webUrl}/o/${SLUG}/guide/${locale}/forms/incident-record`;
    const expected = {
      en: {
        title: 'Incident record',
        sentence: 'This organisation does not take this form online',
        question: 'What happened?',
        reach: 'How to reach the helpline',
      },
      fr: {
        title: "Relevé d'incident",
        sentence: 'Cet organisme ne reçoit pas ce formulaire en ligne',
        question: "Que s'est-il passé ?",
        reach: 'Comment contacter la ligne d’écoute',
      },
    };
    for (const [locale, words] of Object.entries(expected)) {
      const page = await open({ javaScriptEnabled: false });
      const response = await page.goto(notTaken(locale));
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
      await expect(page.getByRole('note').textContent()).resolves.toContain(words.sentence);
      await page.getByText(words.question).waitFor();
      // No danger question first, no field, no button: a printable list of its questions.
      await expect(
        page.locator('main form, main input, main textarea, main select').count(),
      ).resolves.toBe(0);
      await expect(page.locator('main button').count()).resolves.toBe(0);
      const reach = page.getByRole('region', { name: words.reach });
      await expect(reach.getByText(OWN_LINE).count()).resolves.toBe(1);
      await expect(
        reach.getByRole('link', { name: '+33 1 23 45 67 89' }).getAttribute('href'),
      ).resolves.toMatch(/^tel:/);
      await expect(axeWithoutScripts(page)).resolves.toEqual([]);
      await page.close();
    }
    // Its helpline's own form is still the one to fill in.
    const page = await open({ javaScriptEnabled: false });
    await page.goto(formUrl('en'));
    await expect(page.locator('main form').count()).resolves.toBe(1);
    await page.close();
  });

  it('takes a form with JavaScript off: one long page, errors by their fields, every answer kept, a file', async () => {
    const page = await open({
      javaScriptEnabled: false,
      bypassCSP: true,
      viewport: { width: 375, height: 800 },
    });
    const traffic = watchTraffic(page);
    await page.goto(formUrl('en'));

    // The danger question comes first, as a GET form.
    await page.getByRole('heading', { level: 2, name: 'Are you in immediate danger?' }).waitFor();
    await page.getByLabel('No, not right now').check();
    await page.getByLabel('Where are you?').selectOption('FR');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${formUrl('en')}?danger=no&region=FR`);

    // One long page: every screen in view at once.
    for (const screen of ['About you', 'What happened', 'Evidence'])
      await expect(page.getByRole('heading', { level: 2, name: screen }).isVisible()).resolves.toBe(
        true,
      );
    await expect(axeWithoutScripts(page)).resolves.toEqual([]);
    await noSideways(page);

    // The honeypot is out of sight, out of the tab order, and hidden from screen readers.
    const honeypot = page.locator('input[name="_website"]');
    await expect(honeypot.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(honeypot.getAttribute('autocomplete')).resolves.toBe('off');
    await expect(page.locator('.intake-honeypot').getAttribute('aria-hidden')).resolves.toBe(
      'true',
    );

    const name = `Sam ${Date.now()}`;
    await page.getByLabel('What should we call you?').fill(name);
    await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
    await page.getByLabel('When is it safe to contact you?').fill('Weekday mornings');
    await page.getByLabel('Instagram').check();
    await page.getByLabel('Screenshots or other files').setInputFiles({
      name: 'screenshot.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    // The required description is left out: the page comes back with the error and the answers.
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('intake-error-summary')),
    ).resolves.toBe(true);
    await expect(page.locator('.intake-error-summary a').first().textContent()).resolves.toBe(
      'Answer this question',
    );
    await expect(page.getByLabel('What should we call you?').inputValue()).resolves.toBe(name);
    await expect(
      page.getByRole('checkbox', { name: 'Email', exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect(page.getByLabel('When is it safe to contact you?').inputValue()).resolves.toBe(
      'Weekday mornings',
    );
    await expect(page.getByLabel('Instagram').isChecked()).resolves.toBe(true);
    await expect(
      page.getByText('Your files were not kept: choose them again.').isVisible(),
    ).resolves.toBe(true);
    await expect(axeWithoutScripts(page)).resolves.toEqual([]);

    const description = `They posted my address ${Date.now()}`;
    await page.getByLabel('What happened?').fill(description);
    await page.getByLabel('When did it happen?').fill('2026-11-20');
    await page.getByLabel('Screenshots or other files').setInputFiles({
      name: 'screenshot.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your form has been sent' }).waitFor();
    const receipt = await receiptOf(page);
    await expect(
      page.getByText('This is the only time the code is shown.').isVisible(),
    ).resolves.toBe(true);
    await expect(axeWithoutScripts(page)).resolves.toEqual([]);
    await noSideways(page);
    sent.push({ ...receipt, typed: [name, description, 'Weekday mornings'], danger: false });

    expect(traffic.cookies).toEqual([]);
    expect([...traffic.hosts]).toEqual([webHost]);
  });

  it('goes step by step in French with JavaScript, danger first, then sends with a progress bar', async () => {
    const page = await open({ locale: 'fr-FR' });
    const traffic = watchTraffic(page);
    await page.goto(formUrl('fr'), { waitUntil: 'networkidle' });
    const historyLength = await page.evaluate(() => history.length);

    await page.getByLabel('Oui, je suis en danger maintenant').check();
    await page.getByLabel('Où êtes-vous ?').selectOption('FR');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.waitForURL(`${formUrl('fr')}?danger=yes&region=FR`);
    // The visit stays one entry in the history, as in the guide.
    await expect(page.evaluate(() => history.length)).resolves.toBe(historyLength);

    // The emergency numbers for France, and the organisation's urgent line, come first.
    const emergency = page.getByRole('region', { name: 'Appelez à l’aide maintenant' });
    await expect(
      emergency.getByRole('link', { name: '112', exact: true }).getAttribute('href'),
    ).resolves.toBe('tel:112');
    await expect(
      emergency.getByRole('link', { name: '17', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(emergency.textContent()).resolves.toContain(OWN_LINE);

    await page.getByText('Étape 1 sur 3').waitFor();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Ce qui s’est passé' }).isVisible(),
    ).resolves.toBe(false);
    const name = `Camille ${Date.now()}`;
    await page.getByLabel('Comment devons-nous vous appeler ?').fill(name);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Étape 2 sur 3').waitFor();
    // The page checks what the server would: the description is required.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
    await expect(page.title()).resolves.toMatch(/^Erreur : /);
    const description = `Il a publié mes photos ${Date.now()}`;
    await page.getByLabel('Que s’est-il passé ?').fill(description);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Étape 3 sur 3').waitFor();
    await page.getByLabel('Captures d’écran ou autres fichiers').setInputFiles({
      name: 'capture.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page
      .getByLabel('J’accepte que la ligne d’écoute signale ceci aux plateformes pour moi.')
      .check();
    await page.getByRole('button', { name: 'Envoyer' }).click();

    await page.getByRole('heading', { level: 1, name: 'Votre formulaire a été envoyé' }).waitFor({
      timeout: 60_000,
    });
    await expect(page.locator('progress').count()).resolves.toBe(0);
    const receipt = await receiptOf(page);
    sent.push({ ...receipt, typed: [name, description], danger: true });
    expect(traffic.cookies).toEqual([]);
    expect([...traffic.hosts]).toEqual([webHost]);
  }, 120_000);

  it('reads right to left in Arabic and sends', async () => {
    const page = await open({ bypassCSP: true });
    await page.goto(`${formUrl('ar')}?danger=no`, { waitUntil: 'networkidle' });
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expect(page.locator('.guide').getAttribute('dir')).resolves.toBe('rtl');
    await page.getByText('الخطوة 1 من 3').waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: 'التالي' }).click();
    const description = `نشر صوري ${Date.now()}`;
    await page.getByLabel('ماذا حدث؟').fill(description);
    await page.getByRole('button', { name: 'التالي' }).click();
    await page.getByRole('button', { name: 'إرسال' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'أُرسلت استمارتك' })
      .waitFor({ timeout: 60_000 });
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    const receipt = await receiptOf(page);
    sent.push({ ...receipt, typed: [description], danger: false });
  }, 120_000);

  it('follows the case up with the reference and code, adds a message and a file, and ends the session', async () => {
    const [first] = sent;
    if (!first) throw new Error('the form test sent nothing');
    const page = await open({ bypassCSP: true, viewport: { width: 375, height: 800 } });
    await page.goto(`${webUrl}/o/${SLUG}/follow-up`);
    await expect(page.context().cookies()).resolves.toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.getByLabel('Your case reference').fill(first.reference);
    await page.getByLabel('Your follow-up code').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'See my case' }).click();
    await page
      .getByText('The reference or the code is not right. Check them and try again.')
      .first()
      .waitFor();
    await expect(page.getByLabel('Your case reference').inputValue()).resolves.toBe(
      first.reference,
    );
    await expect(page.context().cookies()).resolves.toEqual([]);

    await page.getByLabel('Your follow-up code').fill(first.code.toLowerCase());
    await page.getByRole('button', { name: 'See my case' }).click();
    await page.getByText('Received: no one has started on it yet').waitFor();
    const [cookie, ...others] = await page.context().cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'cairn_follow_up',
      httpOnly: true,
      sameSite: 'Strict',
      path: `/o/${SLUG}/follow-up`,
      expires: -1,
    });
    await expect(axeViolations(page)).resolves.toEqual([]);
    await noSideways(page);

    await page
      .getByRole('textbox', { name: 'Send a message to the helpline' })
      .fill('I have more screenshots.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.getByText('Your message has been sent.').waitFor();
    await expect(page.locator('.follow-up-message').last().textContent()).resolves.toContain(
      'I have more screenshots.',
    );

    await page.getByRole('region', { name: 'Add files' }).getByLabel('Add files').setInputFiles({
      name: 'more.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByRole('button', { name: 'Send files' }).click();
    await page.getByText('The helpline received 1 file.').waitFor();
    await page.getByText('2 files sent').waitFor();

    await page.getByRole('button', { name: 'End this session' }).click();
    await page.getByText('Your session has ended.').waitFor();
    await expect(page.context().cookies()).resolves.toEqual([]);
  });

  it('shows the cases to the caseworker, the evidence hashed, and tells them by an email with no survivor detail', async () => {
    const page = await open();
    await signIn(page, webUrl, FIXTURE.intake.email, password);
    await page.goto(`${webUrl}/cases`);
    for (const { reference } of sent) await page.getByText(reference).first().waitFor();

    const list = (await api('/cases?limit=50')).body as {
      items: { id: string; reference: string; riskLevel: string; source?: string }[];
    };
    for (const { reference, danger } of sent) {
      const found = list.items.find((item) => item.reference === reference);
      expect(found).toMatchObject({ source: 'INTAKE', ...(danger && { riskLevel: 'CRITICAL' }) });
    }
    const first = list.items.find((item) => item.reference === sent[0]?.reference);
    const evidence = (await api(`/cases/${first?.id}/evidence`)).body as {
      items: { sha256: string | null }[];
    };
    expect(evidence.items.length).toBeGreaterThanOrEqual(1);
    for (const item of evidence.items) expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);

    const email = await caughtEmailByApi(apiUrl, token, (item) =>
      item.to.includes(FIXTURE.intake.email),
    );
    const whole = `${email.subject}\n${email.headers}\n${email.text}`;
    for (const { typed } of sent) for (const text of typed) expect(whole).not.toContain(text);
  });
});
