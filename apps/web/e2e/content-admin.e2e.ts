import crypto from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { caughtEmailText, invitationLink } from './support/mail-catcher';
import { signedInContext, signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };
const SLUG = FIXTURE.admin.organization.slug;

/** Two default lessons: one edited with JavaScript, one without. */
const SELF_CARE = 'en/online-abuse/self-care/beginner/s_self-care.md';
const HELP_SOMEONE = 'en/online-abuse/help-someone/beginner/s_help-someone.md';

const editUrl = (webUrl: string, path: string) =>
  `${webUrl}/guide-content/edit?${new URLSearchParams({ path })}`;
const publicUrl = (webUrl: string, path: string) =>
  `${webUrl}/o/${SLUG}/guide/${path.split('/').slice(0, 4).join('/')}`;

/** A lesson whose last paragraph carries a marker, and optionally a link to another lesson. */
function lesson(title: string, marker: string, link = 'umbrella://online-abuse/respond'): string {
  return [
    '---',
    'index: 1',
    `title: ${title}`,
    '---',
    '',
    `# ${title}`,
    '',
    `Marker ${marker}: read [the first steps](${link}) too.`,
    '',
  ].join('\n');
}

/** A ZIP of text files, as an editor's archiver would make it. */
function zipOf(files: Record<string, string>): Buffer {
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
  );
}

describe('an admin editing the guide', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  const asAdmin = (options: BrowserContextOptions) =>
    signedInContext(browser, webUrl, FIXTURE.admin.email, password, options);

  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const source = (page: Page) => page.getByLabel('Text', { exact: true });
  const checks = (page: Page) => page.getByRole('region', { name: 'Check' });
  const done = (page: Page) => page.locator('.form-done');

  /**
   * What a reader of the organisation's public guide sees on the lesson's page, once it
   * `shows` what was just published: a web server may serve a guide up to two seconds
   * after it last asked whether it changed (README, the public guide), so this reads again
   * for up to 3 s.
   */
  async function readerText(path: string, shows: (text: string) => boolean): Promise<string> {
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const page = await reader.newPage();
    const deadline = Date.now() + 3000;
    let text = '';
    for (;;) {
      const response = await page.goto(publicUrl(webUrl, path));
      expect(response?.status()).toBe(200);
      text = (await page.locator('main').textContent()) ?? '';
      if (shows(text) || Date.now() > deadline) break;
      await page.waitForTimeout(200);
    }
    await reader.close();
    return text;
  }

  it('edits a shared lesson with a live check and preview, publishes, and rolls back', async () => {
    const first = crypto.randomBytes(4).toString('hex');
    const second = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({ javaScriptEnabled: true });
    const page = await context.newPage();

    await page.goto(`${webUrl}/dashboard`);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Guide content' })
      .click();
    await page.waitForURL(`${webUrl}/guide-content`);
    await page.getByLabel('Language').selectOption('en');
    await page.getByLabel('Kind').selectOption('lesson');
    // The list is paged: a large guide shows the lesson once searched for.
    await page.getByLabel('Search by title or path').fill('looking after');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/locale=en/);
    await page.getByRole('link', { name: 'Looking after yourself' }).click();
    await page.waitForURL(editUrl(webUrl, SELF_CARE));
    // The shared text, ready to be overridden.
    await expect(source(page).inputValue()).resolves.toContain('# Looking after yourself');
    await expect(page.getByText('Shared.', { exact: false }).count()).resolves.toBeGreaterThan(0);

    // A link to a topic that does not exist: the check names its line as it is typed.
    const broken = lesson('Looking after yourself', first, 'umbrella://online-abuse/nowhere');
    await source(page).fill(broken);
    const problem = checks(page).getByRole('button', { name: /^Line 8: / });
    await problem.waitFor();
    await problem.click();
    const caret = await source(page).evaluate((field) => {
      const textarea = field as HTMLTextAreaElement;
      return textarea.value.slice(0, textarea.selectionStart).split('\n').length;
    });
    expect(caret).toBe(8);
    // Fixed, the check says so, and the preview shows the new text.
    await source(page).fill(lesson('Looking after yourself', first));
    await checks(page).getByText('No problems found.').waitFor();
    await expect(page.getByRole('region', { name: 'Preview' }).textContent()).resolves.toContain(
      `Marker ${first}`,
    );

    await page.getByRole('button', { name: 'Save draft' }).click();
    await done(page).filter({ hasText: 'Draft saved' }).waitFor();
    await expect(
      page
        .getByRole('link', { name: 'View the published page on your guide' })
        .getAttribute('href'),
    ).resolves.toBe(new URL(publicUrl(webUrl, SELF_CARE)).pathname);
    await page.getByLabel('Note for the history (optional)').fill('Our own words');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await done(page).filter({ hasText: 'Published as revision 1.' }).waitFor();
    expect(await readerText(SELF_CARE, (text) => text.includes(`Marker ${first}`))).toContain(
      `Marker ${first}`,
    );

    await source(page).fill(lesson('Looking after yourself', second));
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await done(page).filter({ hasText: 'Published as revision 2.' }).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByRole('listitem').first().textContent()).resolves.toContain(
      'Revision 2 (published)',
    );
    await expect(history.textContent()).resolves.toContain('Note: Our own words');
    expect(await readerText(SELF_CARE, (text) => text.includes(`Marker ${second}`))).toContain(
      `Marker ${second}`,
    );

    await history.getByRole('link', { name: 'View revision 1' }).click();
    await page.getByText(`Marker ${first}`).first().waitFor();
    await page.getByRole('button', { name: 'Roll back to revision 1' }).click();
    await page.waitForURL(/restored=3/);
    await done(page).filter({ hasText: 'revision 1 is published again, as revision 3' }).waitFor();
    const restored = await readerText(SELF_CARE, (text) => !text.includes(`Marker ${second}`));
    expect(restored).toContain(`Marker ${first}`);
    expect(restored).not.toContain(`Marker ${second}`);

    // The list says the lesson is overridden, at which revision; nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.goto(`${webUrl}/guide-content?locale=en`);
    const item = page.getByRole('listitem').filter({ hasText: SELF_CARE });
    await expect(item.textContent()).resolves.toMatch(/Overridden.*Revision 3/);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await context.close();
    // The longest walk here: three publications, each read back by a reader.
  }, 120_000);

  it('refuses to publish a broken link and publishes the fix, without JavaScript', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(editUrl(webUrl, HELP_SOMEONE));

    await source(page).fill(lesson('Helping someone', marker, 'umbrella://online-abuse/nowhere'));
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('form [role="alert"]').filter({ hasText: 'Not published' }).waitFor();
    await expect(checks(page).textContent()).resolves.toMatch(/Line 8: /);
    // What was typed is kept, as a draft.
    await expect(source(page).inputValue()).resolves.toContain(`Marker ${marker}`);

    await source(page).fill(lesson('Helping someone', marker));
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await done(page).filter({ hasText: 'Published as revision 1.' }).waitFor();
    expect(await readerText(HELP_SOMEONE, (text) => text.includes(`Marker ${marker}`))).toContain(
      `Marker ${marker}`,
    );

    // A draft thrown away leaves the published text in the editor.
    await source(page).fill(lesson('Helping someone', `${marker}-draft`));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await done(page).filter({ hasText: 'Draft saved' }).waitFor();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await done(page).filter({ hasText: 'Draft discarded.' }).waitFor();
    await expect(source(page).inputValue()).resolves.toContain(`Marker ${marker}:`);

    // Reverted, readers get the shared lesson back.
    await page.getByRole('button', { name: 'Revert to shared text' }).click();
    await done(page).filter({ hasText: 'readers see the shared text' }).waitFor();
    const reverted = await readerText(HELP_SOMEONE, (text) => !text.includes(`Marker ${marker}`));
    expect(reverted).not.toContain(`Marker ${marker}`);
    expect(reverted).toContain('Listen first');
    await context.close();
  });

  it('shows supervisors the guide without a way to change it, and caseworkers nothing', async () => {
    const admin = await asAdmin({ javaScriptEnabled: true });
    const page = await admin.newPage();
    const people: Record<'SUPERVISOR' | 'CASEWORKER', { email: string; link: string }> = {
      SUPERVISOR: { email: '', link: '' },
      CASEWORKER: { email: '', link: '' },
    };
    for (const role of ['SUPERVISOR', 'CASEWORKER'] as const) {
      const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@e2e.test`;
      await page.goto(`${webUrl}/staff`);
      const invite = page.getByRole('region', { name: 'Invite a colleague' });
      await invite.getByLabel('Email').fill(email);
      await invite.getByLabel('Role').selectOption(role);
      await invite.getByRole('button', { name: 'Invite' }).click();
      // The stack sends mail: the link reaches the colleague by email, read in the catcher.
      const link = invitationLink(await caughtEmailText(page, webUrl, email), webUrl);
      people[role] = { email, link };
    }
    await admin.close();

    const secret = `${crypto.randomBytes(12).toString('hex')}-pass`;
    for (const role of ['SUPERVISOR', 'CASEWORKER'] as const) {
      const context = await browser.newContext();
      const visit = await context.newPage();
      await visit.goto(people[role].link);
      await visit.getByLabel('Your name').fill(`A ${role.toLowerCase()}`);
      await visit.getByLabel('Password', { exact: true }).fill(secret);
      await visit.getByLabel('Confirm password').fill(secret);
      await visit.getByRole('button', { name: 'Join' }).click();
      await visit.waitForURL(`${webUrl}/signin?joined=1`);
      await signIn(visit, webUrl, people[role].email, secret);
      const navEntry = visit
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Guide content' });

      if (role === 'SUPERVISOR') {
        await navEntry.click();
        await visit.waitForURL(`${webUrl}/guide-content`);
        await expect(visit.getByRole('link', { name: 'New lesson' }).count()).resolves.toBe(0);
        await visit.goto(editUrl(webUrl, SELF_CARE));
        await expect(visit.locator('pre').first().textContent()).resolves.toContain(
          'title: Looking after yourself',
        );
        await visit
          .getByRole('region', { name: 'Preview' })
          .getByRole('heading', { name: 'Looking after yourself' })
          .waitFor();
        for (const button of ['Publish', 'Save draft', 'Check now', 'Revert to shared text'])
          await expect(visit.getByRole('button', { name: button }).count()).resolves.toBe(0);
        await visit.goto(`${webUrl}/guide-content/import`);
        await visit.getByText("Your role cannot change the guide's content.").waitFor();
      } else {
        await expect(navEntry.count()).resolves.toBe(0);
        await visit.goto(`${webUrl}/guide-content`);
        await visit.getByText("Your role cannot see the guide's content.").waitFor();
      }
      await context.close();
    }
    // Two invitations accepted and two sign-ins.
  }, 120_000);

  it('adds, changes and deletes a helpline without JavaScript, errors on the field', async () => {
    const name = `Ligne ${crypto.randomBytes(4).toString('hex')}`;
    const context = await asAdmin({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/helplines`);
    const add = page.getByRole('region', { name: 'Add a helpline' });
    await add.getByLabel('Name').fill(name);
    await add.getByLabel('Languages').fill('fr, en');
    await add.getByLabel('Harassment').check();
    await add.getByLabel('Regions').fill('France');
    await add.getByLabel('Number, address or link').fill('+33 1 00 00 00 00');
    await add.getByRole('button', { name: 'Add helpline' }).click();
    await page.locator('#new-helpline-regions-error').waitFor();
    // The form keeps what was typed.
    await expect(add.getByLabel('Name').inputValue()).resolves.toBe(name);

    await add.getByLabel('Regions').fill('FR, BE');
    await add.getByRole('button', { name: 'Add helpline' }).click();
    await page.getByText('Helpline added.').waitFor();
    const listed = page.getByRole('region', { name: 'Your helplines' });
    await expect(listed.textContent()).resolves.toContain('Phone: +33 1 00 00 00 00');

    await listed.getByRole('link', { name: `Edit ${name}` }).click();
    // The helpline's channel, and a spare row to add another.
    const spare = page.getByRole('group', { name: 'Channel 2 (new)' });
    await spare.getByLabel('Kind').selectOption('signal');
    await spare.getByLabel('Number, address or link').fill('+33 6 00 00 00 00');
    await spare.getByLabel('Secure: safe from').check();
    await page.getByRole('button', { name: 'Save helpline' }).click();
    await page.waitForURL(`${webUrl}/guide-content/helplines`);
    await expect(listed.textContent()).resolves.toContain('Signal: +33 6 00 00 00 00 · secure');

    await listed.getByRole('link', { name: `Edit ${name}` }).click();
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page.waitForURL(`${webUrl}/guide-content/helplines`);
    await expect(page.getByText(name).count()).resolves.toBe(0);
    await context.close();
  });

  it('says the new lesson and new form pages, and their refusals, in French to French staff', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({
      javaScriptEnabled: true,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    const focused = () => page.evaluate(() => document.activeElement?.className ?? '');

    await page.goto(`${webUrl}/guide-content/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Nothing on the page is marked as English any more: it is all in the reader's language.
    await expect(page.locator('main [lang="en"]').count()).resolves.toBe(0);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByLabel('Sujet').fill('respond');
    await page.getByLabel('Identifiant de la leçon').fill('Pas Un Identifiant');
    await page.getByLabel('Titre').fill(`Près de chez vous ${marker}`);
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(focused()).resolves.toContain('error-summary');
    await expect(summary.textContent()).resolves.toContain('Il y a un problème');
    await summary
      .getByRole('link', { name: /^Saisissez l’identifiant de la leçon en lettres minuscules/ })
      .waitFor();
    await page.getByLabel('Identifiant de la leçon').fill(`pres-${marker}`);
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(editUrl(webUrl, `en/online-abuse/respond/beginner/s_pres-${marker}.md`));
    // The editor it opens on speaks French around the lesson, whose own text is English.
    const lessonText = page.getByLabel('Texte', { exact: true });
    await expect(lessonText.getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('heading', { level: 2, name: 'Vérification' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page
      .locator('.form-done')
      .filter({ hasText: 'Brouillon enregistré. Les lecteurs et lectrices n’en voient rien' })
      .waitFor();
    const editor = await page.locator('main').innerText();
    for (const english of ['Save draft', 'Check now', 'Publish', 'History', 'Draft saved']) {
      expect({ english, found: editor.includes(english) }).toEqual({ english, found: false });
    }

    await page.goto(`${webUrl}/guide-content/new-form`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Only the field for the English title is in English: what is typed there is.
    await expect(
      page.locator('main [lang="en"]').evaluateAll((found) => found.map((node) => node.id)),
    ).resolves.toEqual(['form-editor-title-en']);
    await page.getByRole('button', { name: 'Créer le formulaire' }).click();
    await summary.waitFor();
    await expect(focused()).resolves.toContain('error-summary');
    await expect(summary.textContent()).resolves.toContain('Saisissez le titre en anglais');
    await expect(summary.textContent()).resolves.toContain('Saisissez le titre en français');
    const text = await page.locator('main').innerText();
    for (const english of ['Category', 'Form id', 'Title in', 'Create the form', 'Enter the']) {
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    }
    await context.close();
  }, 90_000);

  it('says the import form, its refusal and each problem in French to French staff', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({
      javaScriptEnabled: false,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/import`);
    const bad = `en/online-abuse/respond/beginner/s_mauvais-${marker}.md`;
    await page.getByLabel('Guide zippé').setInputFiles({
      name: 'mauvais.zip',
      mimeType: 'application/zip',
      buffer: zipOf({ [bad]: '---\nindex: 9\ntitre: Mauvais\n---\n\nTexte.\n' }),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    const refused = page.getByRole('region', { name: 'Rien n’a été importé' });
    await refused.waitFor();
    const said = await refused.innerText();
    expect(said).toContain(`${bad}, ligne 3`);
    // `titre` is no key of a lesson's header: said by its kind, in French.
    expect(said).toMatch(
      /L’en-tête en haut du fichier a un champ que le guide n’utilise pas|L’en-tête entre les lignes --- en haut du fichier n’est pas valide/,
    );
    // The checker's own detail is English, and marked so; nothing else on the page is.
    const details = page.locator('main [lang="en"]');
    await expect(details.count()).resolves.toBeGreaterThan(0);
    await expect(refused.locator('[lang="en"]').count()).resolves.toBe(await details.count());
    const text = await page.locator('main').innerText();
    for (const english of ['Zipped guide', 'Nothing was imported', 'Publish at once', 'line 3']) {
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    }
    await context.close();
  });

  it('says the helplines page and its form in French to French staff', async () => {
    const name = `Ligne ${crypto.randomBytes(4).toString('hex')}`;
    const context = await asAdmin({
      javaScriptEnabled: false,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/helplines`);
    await page.getByRole('heading', { level: 1, name: 'Lignes d’écoute' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Contenu du guide' })
      .getByRole('link', { name: 'Fichiers' })
      .waitFor();
    const add = page.getByRole('region', { name: 'Ajouter une ligne d’écoute' });
    await add.getByLabel('Nom', { exact: true }).fill(name);
    await add.getByLabel('Langues', { exact: true }).fill('fr');
    await add.getByLabel('Harcèlement').check();
    await add.getByLabel('Régions', { exact: true }).fill('FR');
    await add.getByLabel('Numéro, adresse ou lien').fill('+33 1 00 00 00 01');
    await add.getByRole('button', { name: 'Ajouter cette ligne d’écoute' }).click();
    await page.getByText('Ligne d’écoute ajoutée.').waitFor();
    const listed = page.getByRole('region', { name: 'Vos lignes d’écoute' });
    await expect(listed.textContent()).resolves.toContain('Téléphone\u00a0: +33 1 00 00 00 01');
    await expect(listed.textContent()).resolves.toContain('Harcèlement · Langues : fr');
    const text = await page.locator('main').innerText();
    for (const english of ['Add a helpline', 'Your helplines', 'Opening hours', 'Phone:']) {
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    }
    await listed.getByRole('link', { name: `Modifier ${name}` }).click();
    await page.getByRole('button', { name: `Supprimer ${name}` }).click();
    await page.waitForURL(`${webUrl}/guide-content/helplines`);
    await context.close();
  });

  it('imports a zipped guide without JavaScript, listing problems with file and line', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/import`);
    const archive = page.getByLabel('Zipped guide');

    const bad = `en/online-abuse/respond/beginner/s_bad-${marker}.md`;
    await archive.setInputFiles({
      name: 'bad.zip',
      mimeType: 'application/zip',
      buffer: zipOf({ [bad]: '---\nindex: 9\ntitre: Mauvais\n---\n\nTexte.\n' }),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const refused = page.getByRole('region', { name: 'Nothing was imported' });
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain(`${bad}, line 3`);

    const good = `en/online-abuse/respond/beginner/s_local-${marker}.md`;
    await page.getByLabel('Zipped guide').setInputFiles({
      name: 'good.zip',
      mimeType: 'application/zip',
      buffer: zipOf({
        [good]: `---\nindex: 9\ntitle: Local ${marker}\n---\n\nNear you.\n`,
        // A file the importer skips, making the upload larger than a server action's usual 1 MB.
        '.DS_Store': 'x'.repeat(2 * 1024 * 1024),
      }),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const result = page.getByRole('region', { name: 'Imported' });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('1 lesson');
    await expect(result.textContent()).resolves.toContain('1 file is a draft');

    // The list is paged: searching finds the file however large the guide has grown.
    await page.goto(`${webUrl}/guide-content?locale=en&kind=lesson&q=${marker}`);
    const item = page.getByRole('listitem').filter({ hasText: good });
    await expect(item.textContent()).resolves.toMatch(/Own.*Not published.*Draft/);
    await context.close();
  });

  it('imports a large zipped guide with JavaScript too, staying on the page', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/import`);
    await page.getByLabel('Zipped guide').setInputFiles({
      name: 'large.zip',
      mimeType: 'application/zip',
      buffer: zipOf({
        [`en/online-abuse/respond/beginner/s_large-${marker}.md`]: `---\nindex: 9\ntitle: Large ${marker}\n---\n\nText.\n`,
        '.DS_Store': crypto.randomBytes(3 * 1024 * 1024).toString('base64'),
      }),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const result = page.getByRole('region', { name: 'Imported' });
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('Imported large.zip: 1 lesson');
    // Still the import page, now naming the import it followed, so a reload shows it again.
    expect(new URL(page.url()).pathname).toBe('/guide-content/import');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Imported' }).textContent()).resolves.toContain(
      'Imported large.zip: 1 lesson',
    );
    await context.close();
  });

  it("starts an organisation's own lesson as a draft and publishes it", async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await asAdmin({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content`);
    await page
      .getByRole('navigation', { name: 'Guide content' })
      .getByRole('link', { name: 'New lesson' })
      .click();
    await page.getByLabel('Language').selectOption('en');
    await page.getByLabel('Topic').fill('respond');
    await page.getByLabel('Lesson id').fill(`local-${marker}`);
    await page.getByLabel('Title').fill(`Support near you ${marker}`);
    await page.getByRole('button', { name: 'Create the draft' }).click();
    const path = `en/online-abuse/respond/beginner/s_local-${marker}.md`;
    await page.waitForURL(editUrl(webUrl, path));
    await expect(source(page).inputValue()).resolves.toContain(
      `title: "Support near you ${marker}"`,
    );
    await expect(page.locator('dl').textContent()).resolves.toContain('Own.');

    await source(page).fill(
      `---\nindex: 3\ntitle: Support near you ${marker}\n---\n\nMarker ${marker}: call us.\n`,
    );
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await done(page).filter({ hasText: 'Published as revision 1.' }).waitFor();
    const own = `Marker ${marker}: call us.`;
    expect(await readerText(path, (text) => text.includes(own))).toContain(own);
    await context.close();
  });
});
