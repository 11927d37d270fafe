import { strToU8, zipSync } from 'fflate';
import { freshVisitors } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { FIXTURE, stackInfo } from './support/stack-info';
import { apiToken } from './support/sign-in';

const { slug: SLUG } = FIXTURE.guideSections.organization;

/**
 * A small guide of our own in the format Umbrella's guide is written in: a category and a
 * topic, a pathway whose step links to a lesson, a form, a glossary term (also in Arabic,
 * Persian and Spanish), an about page and a tools lesson, and a `.category.yml` that titles
 * the category in English.
 */
const FIXTURE_GUIDE: Record<string, string> = {
  'en/safer-phone/.category.yml': 'index: 1\ntitle: Your phone, safer\n',
  'en/safer-phone/lock-screen/beginner/s_set-a-code.md': [
    '---',
    'index: 1',
    'title: Set a code on your phone',
    '---',
    '',
    'Choose a [passcode](umbrella://glossary/s_passcode.md) nobody can guess.',
    'Keep what you note down in [a private notebook](umbrella://tools/notes/s_private-notes.md),',
    'and see the rest of [this category](umbrella://safer-phone).',
    '',
  ].join('\n'),
  'en/pathways/c_first-week.yml': [
    'title: Your first week',
    'list:',
    '  - label: On your phone',
    '  - check: Read [how to set a code](umbrella://safer-phone/lock-screen/beginner) and set one',
    '  - check: Turn off message previews',
    '',
  ].join('\n'),
  'en/forms/f_what-happened.yml': [
    'title: What happened',
    'screens:',
    '  - name: The events',
    '    items:',
    '      - type: text_area',
    '        name: events',
    '        label: Tell what happened, in your words',
    '        hint: Dates help, when you have them.',
    '      - type: single_choice',
    '        name: ongoing',
    '        label: Is it still going on?',
    '        options:',
    '          - label: Yes, still',
    '            value: yes',
    '          - label: No, it stopped',
    '            value: no',
    '',
  ].join('\n'),
  'en/glossary/s_passcode.md':
    '---\nindex: 1\ntitle: Passcode\n---\n\nThe secret number or word that unlocks a phone.\n',
  'en/about/s_this-guide.md':
    '---\nindex: 1\ntitle: Who writes this guide\n---\n\nA small team of helpline workers keeps it up to date.\n',
  'en/tools/notes/s_private-notes.md':
    '---\nindex: 1\ntitle: A private notebook\n---\n\nUse an app that asks for its own code before it opens.\n',
  'ar/glossary/s_passcode.md':
    '---\nindex: 1\ntitle: رمز القفل\n---\n\nالرقم أو الكلمة السرية التي تفتح الهاتف.\n',
  'fa/glossary/s_passcode.md':
    '---\nindex: 1\ntitle: رمز قفل\n---\n\nعدد یا واژه‌ای پنهان که گوشی را باز می‌کند.\n',
  'es/glossary/s_passcode.md':
    '---\nindex: 1\ntitle: Código de bloqueo\n---\n\nEl número o la palabra secreta que abre el teléfono.\n',
};

describe('the public guide’s sections, on an organisation’s own guide', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const open = freshVisitors();
  const guide = `${webUrl}/o/${SLUG}/guide`;

  beforeAll(async () => {
    const token = await apiToken(apiUrl, FIXTURE.guideSections.email, password);
    const archive = zipSync(
      Object.fromEntries(
        Object.entries(FIXTURE_GUIDE).map(([path, text]) => [path, strToU8(text)]),
      ),
    );
    const imported = await fetch(`${apiUrl}/content/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        archiveBase64: Buffer.from(archive).toString('base64'),
        publish: true,
      }),
    });
    const body = (await imported.json()) as { problems: unknown[] };
    expect({ status: imported.status, problems: body.problems }).toMatchObject({ status: 201 });
    // Its helpline takes the guide's form: only then is it one to fill in and send.
    const helpline = await fetch(`${apiUrl}/content/helplines`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: 'E2E Sections line',
        languages: ['en'],
        services: ['harassment'],
        regions: ['FR'],
        timeZone: 'Europe/Paris',
        channels: [{ kind: 'email', value: 'sections@e2e.test' }],
        intakeFormId: 'what-happened',
        own: true,
      }),
    });
    expect(helpline.status).toBe(201);
  });

  it('names each language in its own language and direction on the organisation’s guide', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(guide);
    const links = page.locator('.guide-language-list a');
    const seen = await links.evaluateAll((all) =>
      all.map((link) => ({
        text: link.textContent?.trim(),
        lang: link.getAttribute('lang'),
        dir: link.getAttribute('dir'),
      })),
    );

    expect(seen).toEqual(
      expect.arrayContaining([
        { text: 'Read the guide in English', lang: 'en', dir: 'ltr' },
        { text: 'Lire le guide en français', lang: 'fr', dir: 'ltr' },
        { text: 'العربية', lang: 'ar', dir: 'rtl' },
        { text: 'فارسی', lang: 'fa', dir: 'rtl' },
        { text: 'Español', lang: 'es', dir: 'ltr' },
      ]),
    );
    expect(seen).toHaveLength(5);
  });

  it('lists the glossary’s terms and shows a term', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${guide}/en`);
    await page
      .getByRole('region', { name: 'More in this guide' })
      .getByRole('link', { name: 'Glossary' })
      .click();
    await page.waitForURL(`${guide}/en/glossary`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Glossary');

    await page.getByRole('link', { name: 'Passcode' }).click();
    await page.waitForURL(`${guide}/en/glossary/passcode`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'The secret number or word that unlocks a phone.',
    );
  });

  it('leads a lesson’s links to the glossary term, the tools lesson and the category', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${guide}/en/safer-phone/lock-screen/beginner`);
    const lesson = page.locator('article');
    await expect(lesson.getByRole('link', { name: 'passcode' }).getAttribute('href')).resolves.toBe(
      `/o/${SLUG}/guide/en/glossary/passcode`,
    );
    await expect(
      lesson.getByRole('link', { name: 'this category' }).getAttribute('href'),
    ).resolves.toBe(`/o/${SLUG}/guide/en/safer-phone`);

    await lesson.getByRole('link', { name: 'a private notebook' }).click();
    await page.waitForURL(`${guide}/en/tools/notes/private-notes`);
    await expect(page.locator('h1').textContent()).resolves.toBe('A private notebook');
    await expect(
      page.getByRole('navigation', { name: 'You are here' }).textContent(),
    ).resolves.toContain('Notes');
  });

  it('shows a category titled by its .category.yml, and leads to it from the guide’s first page', async () => {
    const page = await open({ javaScriptEnabled: false });
    const response = await page.goto(`${guide}/en/safer-phone`);
    expect(response?.status()).toBe(200);

    await expect(page.locator('h1').textContent()).resolves.toBe('Your phone, safer');
    await expect(
      page.getByRole('link', { name: 'Set a code on your phone' }).getAttribute('href'),
    ).resolves.toBe(`/o/${SLUG}/guide/en/safer-phone/lock-screen/beginner`);
    await page.goto(`${guide}/en`);
    await expect(
      page.getByRole('link', { name: 'Your phone, safer' }).getAttribute('href'),
    ).resolves.toBe(`/o/${SLUG}/guide/en/safer-phone`);
  });

  it('renders a link inside a pathway’s checklist step as a link, not as Markdown', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${guide}/en/pathways`);
    const list = page.locator('.guide-checklist');

    await expect(list.textContent()).resolves.not.toContain('umbrella://');
    await expect(
      list.getByRole('link', { name: 'how to set a code' }).getAttribute('href'),
    ).resolves.toBe(`/o/${SLUG}/guide/en/safer-phone/lock-screen/beginner`);
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Your first week');
  });

  it('leads from a category to its form, to fill in and send to the organisation', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${guide}/en/forms`);
    await page.getByRole('link', { name: 'What happened' }).click();
    // An organisation receives its guide's forms: the fillable page asks about danger first.
    await page.waitForURL(`${guide}/en/forms/what-happened`);
    await page.getByRole('heading', { level: 2, name: 'Are you in immediate danger?' }).waitFor();
    await page.getByLabel('No, not right now').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'The events' }).waitFor();
    await expect(page.locator('main form[method="post"]').count()).resolves.toBe(1);
  });

  it('shows a form of the shared guide to read, its screens and items, marked as not sendable', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/guide/en/form/incident-record`);

    await expect(page.getByRole('note').textContent()).resolves.toContain(
      'This form cannot be sent from here yet',
    );
    await expect(page.locator('h2').count()).resolves.toBeGreaterThan(0);
    // Nothing to fill in, nothing to send.
    await expect(page.locator('main form, main input, main textarea').count()).resolves.toBe(0);
    // The fillable spelling is sent to the one the shared guide has.
    await page.goto(`${webUrl}/guide/en/forms/incident-record`);
    expect(page.url()).toBe(`${webUrl}/guide/en/form/incident-record`);
  });

  it('shows an Arabic page right to left', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${guide}/ar/glossary/passcode`);

    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('rtl');
    await expect(page.locator('.guide').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('h1').textContent()).resolves.toBe('رمز القفل');
  });

  it.each([
    '/en/glossary',
    '/en/glossary/passcode',
    '/en/about',
    '/en/tools',
    '/en/tools/notes/private-notes',
    '/en/safer-phone',
    '/en/pathways',
    '/en/forms/what-happened',
    '/en/forms/what-happened?danger=yes&region=FR',
    '/ar/glossary/passcode',
    '/en/leaving-quickly',
    '',
  ])(
    'has no accessibility violations axe-core can find, nor a sideways scroll at 375 px, on %s',
    async (path) => {
      const page = await open({ bypassCSP: true, viewport: { width: 375, height: 740 } });
      const response = await page.goto(`${guide}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);

      await expect(axeViolations(page)).resolves.toEqual([]);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).resolves.toBe(true);
    },
  );
});
