import { AUDIT_ACTIONS } from '@cairn/contracts';
import type { BrowserContext, Locator } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

/** The staff home, the platform directory and the notice templates, read in French. */
describe('the staff home, platform directory and notice templates in French', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext({
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
  });
  afterAll(async () => {
    await context.close();
  });

  async function english(place: Locator, words: readonly string[]): Promise<string[]> {
    const text = await place.innerText();
    return words.filter((word) => text.includes(word));
  }

  it('welcomes French staff in French, around a French queue and navigation', async () => {
    const page = await context.newPage();
    await page.goto(`${webUrl}/dashboard`);
    await page.getByRole('heading', { level: 1, name: /^Bienvenue, / }).waitFor();
    await page.getByRole('heading', { name: /^Mes dossiers ouverts \(\d+\+?\)$/ }).waitFor();
    await page.getByRole('heading', { name: /^Relances à faire \(\d+\+?\)$/ }).waitFor();
    await expect(page.title()).resolves.toBe('Vue d’ensemble · Cairn');
    const nav = page.getByRole('navigation', { name: 'Rubriques' });
    for (const section of [
      'Dossiers',
      'Plateformes',
      'Modèles de notification',
      'E-mails',
      'Équipe',
    ])
      await nav.getByRole('link', { name: section, exact: true }).waitFor();
    await expect(page.locator('header').innerText()).resolves.toContain('Admin');
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await expect(
      english(page.locator('main'), [
        'Welcome',
        'You are signed in',
        'My open cases',
        'Unassigned cases',
        'Follow-ups due',
        'Due on or before',
        'No follow-up is due',
        'Reference',
        'Assignees',
      ]),
    ).resolves.toEqual([]);
    await expect(
      english(nav, ['Cases', 'Platforms', 'Notice templates', 'Mail', 'Staff']),
    ).resolves.toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a platform with French errors, focused, and no English label in the form', async () => {
    const page = await context.newPage();
    await page.goto(`${webUrl}/platforms`);
    await page.getByRole('heading', { level: 1, name: 'Plateformes' }).waitFor();
    const add = page.getByRole('region', { name: 'Ajouter une plateforme' });
    await add.getByRole('radio', { name: 'E-mail' }).check();
    await add
      .getByLabel('Adresse e-mail ou adresse du formulaire de signalement')
      .fill('https://example.org/report');
    await add.getByLabel('Pays de son entité juridique').fill('Irlande');
    await add.getByRole('button', { name: 'Ajouter la plateforme' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('Il y a un problème');
    const said = await summary.innerText();
    expect(said).toContain('Remplissez ce champ');
    expect(said).toContain(
      "Saisissez l'adresse e-mail qui reçoit les signalements, par exemple abuse@exemple.org",
    );
    expect(said).toContain('Utilisez le code pays à deux lettres, par exemple IE ou US');
    await expect(page.title()).resolves.toMatch(/^Erreur : Plateformes/);
    await expect(
      english(add, [
        'Name',
        'Kind of service',
        'How it takes reports',
        'Notices it takes',
        'Social network',
        'Web form',
        'Add the platform',
        'Escalation contact',
        'Up to',
        'Enter the email address',
        'Fill this in',
      ]),
    ).resolves.toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('adds a platform and archives it, saying so in French', async () => {
    const page = await context.newPage();
    const name = `Plateforme ${Date.now().toString(36)}`;
    await page.goto(`${webUrl}/platforms`);
    const add = page.getByRole('region', { name: 'Ajouter une plateforme' });
    await add.getByLabel('Nom', { exact: true }).fill(name);
    await add.getByRole('radio', { name: 'E-mail' }).check();
    await add
      .getByLabel('Adresse e-mail ou adresse du formulaire de signalement')
      .fill('abuse@example.org');
    await add.getByRole('button', { name: 'Ajouter la plateforme' }).click();
    await add.getByText('Plateforme ajoutée.').waitFor();

    await page.goto(`${webUrl}/platforms`);
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByLabel('Archivée : n’est plus proposée pour les nouvelles demandes').check();
    await page.getByRole('button', { name: 'Enregistrer la plateforme' }).click();
    await page.getByText('Plateforme enregistrée.').waitFor();
    await page.goto(`${webUrl}/platforms`);
    await page.getByRole('heading', { level: 2, name: `${name} (archivée)` }).waitFor();
    await page.close();
  });

  it('names in French the element a template leaves out, keeping what was typed', async () => {
    const page = await context.newPage();
    await page.goto(`${webUrl}/takedown-templates`);
    await page.getByRole('heading', { level: 1, name: 'Modèles de notification' }).waitFor();
    await page
      .getByRole('link', {
        name: 'Notification pour atteinte au droit d’auteur (DMCA, 17 U.S.C. 512) — anglais',
      })
      .click();
    await page.getByRole('heading', { name: 'Ce que cette notification doit indiquer' }).waitFor();
    await page.getByLabel('Texte').fill('Hello {{platformName}}');
    await page.getByRole('button', { name: 'Aperçu' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(summary.innerText()).resolves.toContain(
      'Cette notification doit indiquer la signature (17 U.S.C. 512(c)(3)(A)(i)) : ajoutez {{signature}}',
    );
    await expect(page.getByLabel('Texte').inputValue()).resolves.toBe('Hello {{platformName}}');
    const main = page.locator('main');
    await expect(
      english(main, [
        'What this notice must show',
        'All templates',
        'Subject',
        'Values in double braces',
        'Preview',
        'Save the template',
        'This notice must show',
        'There is a problem',
      ]),
    ).resolves.toEqual([]);
    // The template's own text is in the template's language, said so to screen readers.
    await expect(page.getByLabel('Texte').getAttribute('lang')).resolves.toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('words every audit event and the chain’s state in French, never by a code', async () => {
    const page = await context.newPage();
    // The platform added above and the template previewed are among the events.
    await page.goto(`${webUrl}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    await expect(page.locator('main [role="status"]').first().innerText()).resolves.toMatch(
      /^Chaîne (intacte|rompue)/,
    );
    const shown = await page.locator('.audit-events li').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    const codes = shown.flatMap((line) => AUDIT_ACTIONS.filter((action) => line.includes(action)));
    expect(codes).toEqual([]);
    const choices = await page.getByLabel('Quoi').locator('option').allInnerTexts();
    expect(choices.length).toBe(AUDIT_ACTIONS.length + 1);
    expect(choices.filter((choice) => /^[a-z-]+\.[a-z.-]+$/.test(choice))).toEqual([]);
    await page.close();
  });
});
