import crypto from 'node:crypto';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signedInContext } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };
const SLUG = FIXTURE.admin.organization.slug;
const PLACE = 'online-abuse/document-evidence/beginner';

describe('an admin building an intake form visually', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  const asAdmin = (options: BrowserContextOptions) =>
    // axe is injected as an inline script, which the pages' CSP rightly refuses.
    signedInContext(browser, webUrl, FIXTURE.admin.email, password, {
      ...options,
      bypassCSP: true,
    });

  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const done = (page: Page) => page.locator('.form-done');
  const field = (page: Page, name: string) => page.locator(`#form-editor-${name}`);

  /** Opens the item editor for a new item of `type`, from the "add" control of `screen`. */
  async function addItem(page: Page, screen: number, type: string): Promise<void> {
    await page.locator(`#add-item-${screen}`).selectOption(type);
    await page
      .locator(`form:has(#add-item-${screen})`)
      .getByRole('button', { name: 'Add' })
      .click();
    await page.waitForURL(/add=1/);
  }

  /**
   * What a reader of the organisation's guide sees on the form's page once it `shows` what
   * was published: a web server may serve a guide for up to two seconds after it last asked
   * whether it changed, so this reads again for up to 3 s.
   */
  async function readerText(locale: string, id: string, shows: string): Promise<string> {
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const page = await reader.newPage();
    const deadline = Date.now() + 3000;
    let text = '';
    for (;;) {
      // No helpline takes the new form yet: its page lists every item to be read.
      const response = await page.goto(`${webUrl}/o/${SLUG}/guide/${locale}/forms/${id}`);
      text = response?.ok() ? ((await page.locator('main').textContent()) ?? '') : '';
      if (text.includes(shows) || Date.now() > deadline) break;
      await page.waitForTimeout(200);
    }
    await reader.close();
    return text;
  }

  it('creates a form in every language, words and orders its items, and publishes it, without JavaScript', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const id = `tell-us-${marker}`;
    const context = await asAdmin({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${webUrl}/guide-content`);
    await page
      .getByRole('navigation', { name: 'Guide content' })
      .getByRole('link', { name: 'New form' })
      .click();
    await page.getByLabel('Topic').fill('document-evidence');
    await page.getByLabel('Form id').fill(id);
    await page.getByLabel('Title in English').fill(`Tell us ${marker}`);
    await page.getByLabel('Title in French').fill(`Dites-nous ${marker}`);
    await page.getByRole('button', { name: 'Create the form' }).click();
    await page.waitForURL(/\/guide-content\/form\?/);
    await done(page).filter({ hasText: 'Form created as a draft in every language' }).waitFor();

    // The first question, worded in one language only: refused, the field named, nothing lost.
    await page.getByRole('link', { name: /^Edit item 1 of screen 1/ }).click();
    await field(page, 'label-en').fill('What happened?');
    await page.getByRole('button', { name: 'Save the item' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      'Enter the label in French too, or leave it empty in every language',
    );
    await expect(
      summary.getByRole('link', { name: /label in French/ }).getAttribute('href'),
    ).resolves.toBe('#form-editor-label-fr');
    await expect(field(page, 'label-en').inputValue()).resolves.toBe('What happened?');
    await field(page, 'label-fr').fill("Que s'est-il passé ?");
    await page.getByRole('button', { name: 'Save the item' }).click();
    await done(page).filter({ hasText: 'Item saved' }).waitFor();

    // A choice, its options worded in both languages.
    await addItem(page, 0, 'single_choice');
    await field(page, 'name').fill('seen');
    await field(page, 'label-en').fill(`Have others seen it ${marker}?`);
    await field(page, 'label-fr').fill(`D'autres l'ont-ils vu ${marker} ?`);
    for (const [row, value, en, fr] of [
      [0, 'yes', 'Yes', 'Oui'],
      [1, 'no', 'No', 'Non'],
    ] as const) {
      await field(page, `option-value-${row}`).fill(value);
      await field(page, `option-label-en-${row}`).fill(en);
      await field(page, `option-label-fr-${row}`).fill(fr);
    }
    await page.getByRole('button', { name: 'Add the item' }).click();
    await done(page).filter({ hasText: 'Item saved' }).waitFor();

    // A consent, on a screen of its own.
    await addItem(page, 1, 'consent');
    await field(page, 'name').fill('share');
    await field(page, 'scope').selectOption('SHARE_WITH_PLATFORMS');
    await field(page, 'screen-en').fill('What we may do');
    await field(page, 'screen-fr').fill('Ce que nous pouvons faire');
    await field(page, 'label-en').fill('You may show what I send to the platforms.');
    await field(page, 'label-fr').fill("Vous pouvez montrer ce que j'envoie aux plateformes.");
    await page.getByRole('button', { name: 'Add the item' }).click();
    await done(page).filter({ hasText: 'Item saved' }).waitFor();

    // The choice goes first.
    await page.getByRole('button', { name: /^Move up: item 2 of screen 1/ }).click();
    await done(page).filter({ hasText: 'Item moved' }).waitFor();
    const firstScreen = page.locator('#item-0-0');
    await expect(firstScreen.textContent()).resolves.toContain(`Have others seen it ${marker}?`);
    await expect(
      page.getByRole('heading', { name: 'Screen 2: What we may do' }).count(),
    ).resolves.toBe(1);

    await page.getByRole('button', { name: 'Publish the form' }).click();
    await done(page).filter({ hasText: 'Published in English and French.' }).waitFor();

    const en = await readerText('en', id, `Have others seen it ${marker}?`);
    expect(en).toContain(`Tell us ${marker}`);
    expect(en.indexOf(`Have others seen it ${marker}?`)).toBeLessThan(en.indexOf('What happened?'));
    expect(en).toContain('You may show what I send to the platforms.');
    const fr = await readerText('fr', id, `D'autres l'ont-ils vu ${marker} ?`);
    expect(fr).toContain('Ce que nous pouvons faire');
    expect(fr).toContain('Non');

    // The YAML view is still there, with the text the visual editor wrote.
    await page.goto(
      `${webUrl}/guide-content/edit?${new URLSearchParams({ path: `fr/${PLACE}/f_${id}.yml` })}`,
    );
    await expect(page.getByLabel('Text', { exact: true }).inputValue()).resolves.toContain(
      'scope: SHARE_WITH_PLATFORMS',
    );
    await context.close();
  }, 120_000);

  it('is accessible, fits a phone and works alike with JavaScript', async () => {
    const context = await asAdmin({ javaScriptEnabled: true });
    const page = await context.newPage();
    const path = `en/${PLACE}/f_incident-record.yml`;
    const editor = `${webUrl}/guide-content/form?${new URLSearchParams({ path })}`;

    for (const url of [
      editor,
      `${editor}&screen=1&item=2`,
      `${editor}&screen=0&add=1&type=consent`,
    ]) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect({ url, violations: await axeViolations(page) }).toEqual({ url, violations: [] });
      await page.setViewportSize(PHONE);
      await expect(fitsWidth(page)).resolves.toBe(true);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    // The shared form's items, each language's words side by side.
    await page.goto(editor);
    await expect(page.locator('#item-1-2').textContent()).resolves.toContain('Où cela');

    // With scripts, the same forms: a new form's one item cannot be removed, and says so.
    const id = `scripted-${crypto.randomBytes(4).toString('hex')}`;
    await page.goto(`${webUrl}/guide-content/new-form`);
    await page.getByRole('button', { name: 'Create the form' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      'error-summary',
    );
    await expect(summary.textContent()).resolves.toContain('Enter the title in French');
    await page.getByLabel('Topic').fill('document-evidence');
    await page.getByLabel('Form id').fill(id);
    await page.getByLabel('Title in English').fill('Scripted');
    await page.getByLabel('Title in French').fill('Scripté');
    await page.getByRole('button', { name: 'Create the form' }).click();
    await page.waitForURL(/\/guide-content\/form\?/);
    await page.getByRole('button', { name: /^Remove: item 1 of screen 1/ }).click();
    await page.getByRole('alert').filter({ hasText: 'A form needs at least one item' }).waitFor();
    await page.getByRole('link', { name: /^Edit item 1 of screen 1/ }).click();
    await field(page, 'label-en').fill('What happened?');
    await field(page, 'label-fr').fill("Qu'est-il arrivé ?");
    await page.getByRole('button', { name: 'Save the item' }).click();
    await done(page).filter({ hasText: 'Item saved' }).waitFor();
    await expect(page.locator('#item-0-0').textContent()).resolves.toContain("Qu'est-il arrivé ?");
    await context.close();
  }, 120_000);

  it('speaks French to a French admin around the form’s own words, refusals and all', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const id = `dites-${marker}`;
    const context = await asAdmin({
      javaScriptEnabled: true,
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    const langOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => node.closest('[lang]')?.getAttribute('lang'));

    await page.goto(`${webUrl}/guide-content/new-form`);
    await page.getByLabel('Sujet').fill('document-evidence');
    await page.getByLabel('Identifiant du formulaire').fill(id);
    await page.getByLabel('Titre en anglais').fill(`Tell us ${marker}`);
    await page.getByLabel('Titre en français').fill(`Dites-nous ${marker}`);
    await page.getByRole('button', { name: 'Créer le formulaire' }).click();
    await page.waitForURL(/\/guide-content\/form\?/);
    await done(page)
      .filter({ hasText: 'Formulaire créé en brouillon dans chaque langue' })
      .waitFor();

    // The page is French; the form's own words are marked with their language.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toBe(`Tell us ${marker} : éditeur visuel`);
    await expect(heading.locator('[lang="en"]').textContent()).resolves.toBe(`Tell us ${marker}`);
    await expect(langOf('#title-heading')).resolves.toBe('fr');
    await expect(field(page, 'title-en').getAttribute('lang')).resolves.toBe('en');
    await expect(field(page, 'title-fr').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.getByLabel('Titre en anglais').inputValue()).resolves.toBe(
      `Tell us ${marker}`,
    );
    await expect(axeViolations(page)).resolves.toEqual([]);
    const overview = await page.locator('main').innerText();
    for (const english of [
      'Save the',
      'Screen 1',
      'Move ',
      'Remove',
      'Publish',
      'Readers',
      'No text in',
    ]) {
      expect({ english, found: overview.includes(english) }).toEqual({ english, found: false });
    }
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The one item cannot go: said in French, where the button is.
    await page.getByRole('button', { name: /^Retirer : élément 1 de l’écran 1/ }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Un formulaire a besoin d’au moins un élément' })
      .waitFor();

    // Worded in English only: the French summary takes the focus and names the French field.
    await page.getByRole('link', { name: /^Modifier l’élément 1 de l’écran 1/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Élément 1 de l’écran 1' }).waitFor();
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel('Question en anglais').fill('What happened?');
    await page.getByRole('button', { name: 'Enregistrer l’élément' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      'error-summary',
    );
    await expect(page.title()).resolves.toMatch(/^Erreur : /);
    await expect(summary.textContent()).resolves.toContain('Il y a un problème');
    await expect(summary.textContent()).resolves.toContain(
      'Vérifiez les champs signalés ci-dessous.',
    );
    const link = summary.getByRole('link', {
      name: 'Saisissez aussi la question en français, ou laissez-la vide dans toutes les langues',
    });
    await expect(link.getAttribute('href')).resolves.toBe('#form-editor-label-fr');
    await expect(field(page, 'label-fr').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(page, 'label-fr').getAttribute('lang')).resolves.toBe('fr');
    await expect(field(page, 'label-en').inputValue()).resolves.toBe('What happened?');
    await expect(axeViolations(page)).resolves.toEqual([]);
    const editor = await page.locator('main').innerText();
    for (const english of [
      'Settings',
      'Name of the answer',
      'Question in',
      'Save the item',
      'Enter the',
    ]) {
      expect({ english, found: editor.includes(english) }).toEqual({ english, found: false });
    }
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Worded in both: saved, said in French, and each language's words shown in their own.
    await page.getByLabel('Question en français').fill('Que s’est-il passé ?');
    await page.getByRole('button', { name: 'Enregistrer l’élément' }).click();
    await done(page)
      .filter({ hasText: 'Élément enregistré en brouillon dans chaque langue.' })
      .waitFor();
    const item = page.locator('#item-0-0');
    await expect(item.locator('[lang="fr"][dir="auto"]').textContent()).resolves.toContain(
      'Que s’est-il passé ?',
    );
    await expect(item.locator('[lang="en"][dir="auto"]').textContent()).resolves.toContain(
      'What happened?',
    );
    await expect(item.locator('.visually-hidden').first().getAttribute('lang')).resolves.toBe('fr');

    // A note past its limit: nothing is published, the summary says why in French.
    const note = page.getByLabel('Note pour l’historique (facultatif)');
    await note.fill('n'.repeat(501));
    await page.getByRole('button', { name: 'Publier le formulaire' }).click();
    await summary
      .getByRole('link', { name: /^Raccourcissez ce texte à 500 caractères au plus/ })
      .waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      'error-summary',
    );
    await note.fill('Première version');
    await page.getByRole('button', { name: 'Publier le formulaire' }).click();
    await done(page).filter({ hasText: 'Publié en anglais et français.' }).waitFor();
    await context.close();
  }, 120_000);
});
