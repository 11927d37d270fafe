import crypto from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const CASE_PATH = /\/cases\/[0-9a-f-]{36}$/;

describe('correcting a case after it is saved', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  const caseTab = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name });
  const timeline = async (page: Page, caseUrl: string) => {
    await caseTab(page, 'Timeline').click();
    await page.waitForURL(`${caseUrl}/timeline`);
    return page.locator('.timeline li p:first-child').allTextContents();
  };

  // The fixture organisation keeps its time in UTC: an incident entered in New York time reads in UTC.
  it.each([true, false])(
    'edits the case, its survivor and a contact, each told as a sentence (JavaScript %s)',
    async (javaScriptEnabled) => {
      const marker = crypto.randomBytes(4).toString('hex');
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, webUrl, FIXTURE.admin.email, password);

      await page.goto(`${webUrl}/cases/new`);
      await page.getByLabel('Title').fill(`Fake profile ${marker}`);
      await page.getByLabel('Name', { exact: true }).fill('Sam');
      await page.getByLabel('Never').fill('Do not call');
      await page.getByRole('button', { name: 'Open case' }).click();
      await page.waitForURL(CASE_PATH);
      const caseUrl = page.url();

      await page.getByRole('link', { name: 'Edit the case' }).click();
      await page.waitForURL(`${caseUrl}/edit`);
      await expect(page.getByLabel('Never').inputValue()).resolves.toBe('Do not call');
      await page.getByLabel('Title').fill(`Impersonation ${marker}`);
      await page.getByLabel('Risk level').selectOption('HIGH');
      await page.getByLabel('Never').fill('Do not call\nDo not write to the work address');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.waitForURL(caseUrl);
      await expect(page.locator('.case-header h1').textContent()).resolves.toBe(
        `Impersonation ${marker}`,
      );
      await expect(
        page.getByRole('region', { name: /^Safe contact/ }).textContent(),
      ).resolves.toContain('Do not write to the work address');

      await caseTab(page, 'Incidents').click();
      await page.waitForURL(`${caseUrl}/incidents`);
      const add = page.getByRole('region', { name: 'Add an incident' });
      await add.getByLabel('Date and time').fill('2026-11-28T16:30');
      // A list to choose from: searched by typing with JavaScript, a plain select without.
      if (javaScriptEnabled) await add.getByLabel('Time zone').fill('America/New_York');
      else await add.getByLabel('Time zone').selectOption('America/New_York');
      await add.getByLabel('Platform').fill('Instagram');
      await add.getByLabel('What happened').fill(`A copy of the profile (${marker}).`);
      await add.getByRole('button', { name: 'Add incident' }).click();
      await page.locator('.record p', { hasText: `A copy of the profile (${marker}).` }).waitFor();

      // A year long past is more often a typo: asked once, then recorded as sent.
      await add.getByLabel('Date and time').fill('1999-05-01T10:00');
      await add.getByLabel('Platform').fill('MSN');
      await add.getByLabel('What happened').fill(`First messages (${marker}).`);
      await add.getByRole('button', { name: 'Add incident' }).click();
      await add
        .getByText(/more than 20 years ago/)
        .first()
        .waitFor();
      await expect(add.getByLabel('What happened').inputValue()).resolves.toBe(
        `First messages (${marker}).`,
      );
      await add.getByRole('button', { name: 'Add incident' }).click();
      await page.locator('.record p', { hasText: `First messages (${marker}).` }).waitFor();

      await caseTab(page, 'Contacts').click();
      await page.waitForURL(`${caseUrl}/contacts`);
      const report = page.getByRole('region', { name: 'Record a report' });
      await report.getByLabel('Recipient name').fill('Instagram');
      await report.getByLabel('When').fill('2026-11-29T10:00');
      await report.getByRole('button', { name: 'Record report' }).click();
      const reports = page.getByRole('region', { name: 'Reports to third parties' });
      await reports.getByText('Record what came of it').waitFor();
      await reports.getByText('Record what came of it').click();
      await reports.getByLabel('Outcome').fill(`Profile removed (${marker})`);
      await reports.getByRole('button', { name: 'Save' }).click();
      await reports.locator('dd', { hasText: `Profile removed (${marker})` }).waitFor();

      const sentences = await timeline(page, caseUrl);
      expect(sentences).toEqual(
        expect.arrayContaining([
          'Case edited: title, risk, survivor and safe contact (risk now High)',
          'Incident recorded: 28 Nov 2026, 21:30 (UTC), on Instagram',
          'Contact recorded: report to Instagram (platform)',
          'Contact updated: outcome',
        ]),
      );
      // Nothing reads as a raw field dump.
      expect(sentences.join('\n')).not.toMatch(/occurredAt|recipientKind|fields:/);
      await context.close();
    },
  );
});

/** The case pages a French-speaking caseworker fills during a call, read and refused in French. */
describe('a case opened and filled in French', () => {
  const { webUrl, password } = stackInfo();
  const browser = blockBrowser();

  /** Which of these English words a place still shows. */
  async function english(place: Locator, words: readonly string[]): Promise<string[]> {
    const text = await place.innerText();
    return words.filter((word) => text.includes(word));
  }

  it('refuses in French with focus and typed values kept, then opens and fills the case', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const context = await browser.newContext({
      locale: 'fr-FR',
      extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);

    // The list, its filters and its way to a new case.
    await page.goto(`${webUrl}/cases`);
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^[\d\s\u202f]+\+? dossiers?$/ }).waitFor();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).waitFor();
    await expect(
      english(page.locator('main'), [
        'Search',
        'More filters',
        'Apply filters',
        'New case',
        'Export these cases',
        ' cases',
        'Next page',
      ]),
    ).resolves.toEqual([]);
    await page.getByRole('link', { name: 'Nouveau dossier' }).click();

    // A refused new case: the French summary takes the focus, what was typed stays.
    await page.waitForURL(`${webUrl}/cases/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouveau dossier' }).waitFor();
    await page.getByLabel('Titre').fill(`Faux profil ${marker}`);
    await page.getByLabel('Résumé').fill(`Un faux compte à son nom (${marker}).`);
    await page.getByLabel('Jamais').fill('Ne pas appeler');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'error-summary',
    );
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('Il y a un problème');
    await expect(summary.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Remplissez ce champ',
    ]);
    await expect(page.title()).resolves.toMatch(/^Erreur : Nouveau dossier/);
    await expect(page.getByLabel('Titre').inputValue()).resolves.toBe(`Faux profil ${marker}`);
    await expect(page.getByLabel('Résumé').inputValue()).resolves.toBe(
      `Un faux compte à son nom (${marker}).`,
    );
    await expect(page.getByLabel('Jamais').inputValue()).resolves.toBe('Ne pas appeler');
    await expect(
      english(page.locator('main'), [
        'Title',
        'Summary',
        'Abuse types',
        'Risk level',
        'Threats of violence',
        'Survivor',
        'Preferred language',
        'Safe contact',
        'Never',
        'Open case',
        'Up to',
        'Fill this in',
        'Unknown',
      ]),
    ).resolves.toEqual([]);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.getByLabel('Nom', { exact: true }).fill('Camille');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.waitForURL(CASE_PATH);
    const caseUrl = page.url();

    // The overview, its header and its tabs.
    const tabs = page.getByRole('navigation', { name: 'Rubriques du dossier' });
    for (const tab of ['Vue d’ensemble', 'Chronologie', 'Preuves', 'Démarches', 'Consentements'])
      await tabs.getByRole('link', { name: tab, exact: true }).waitFor();
    await expect(page.locator('.case-badges').innerText()).resolves.toContain('Nouveau');
    await page.getByRole('heading', { name: 'Évaluation du risque' }).waitFor();
    await page.getByRole('link', { name: 'Modifier le dossier' }).waitFor();
    await expect(
      english(page.locator('main'), [
        'Overview',
        'Timeline',
        'Assigned to',
        'Abuse types',
        'Risk screening',
        'Change status',
        'Assignment',
        'Opened',
        'Unknown',
        'Threats of violence',
      ]),
    ).resolves.toEqual([]);

    // A consent ending before it was given: the API's refusal, worded in French.
    await tabs.getByRole('link', { name: 'Consentements', exact: true }).click();
    await page.waitForURL(`${caseUrl}/consents`);
    const consent = page.getByRole('region', { name: 'Enregistrer un consentement' });
    await consent.getByLabel('Donné le').fill('2026-07-02T10:00');
    await consent.getByLabel('Expire le').fill('2026-07-01T10:00');
    await consent.getByLabel('Remarque').fill(`Par téléphone (${marker})`);
    await consent.getByRole('button', { name: 'Enregistrer le consentement' }).click();
    await consent.locator('.error-summary').waitFor();
    await expect(consent.locator('.error-summary').innerText()).resolves.toContain(
      'La fin doit venir après le jour où le consentement a été donné',
    );
    await expect(consent.getByLabel('Remarque').inputValue()).resolves.toBe(
      `Par téléphone (${marker})`,
    );

    // A year long past: the warning is French, and sending again records the incident.
    await tabs.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.waitForURL(`${caseUrl}/incidents`);
    const add = page.getByRole('region', { name: 'Ajouter un incident' });
    await add.getByLabel('Date et heure').fill('1999-05-01T10:00');
    await add.getByLabel('Plateforme').fill('MSN');
    await add.getByLabel('Ce qui s’est passé').fill(`Premiers messages (${marker}).`);
    await add.getByRole('button', { name: 'Ajouter l’incident' }).click();
    await add
      .getByText(/plus de 20 ans/)
      .first()
      .waitFor();
    await add.getByRole('button', { name: 'Ajouter l’incident' }).click();
    await page.getByText('Incident enregistré.').waitFor();
    await page.locator('.record p', { hasText: `Premiers messages (${marker}).` }).waitFor();
    await expect(
      english(page.locator('main'), [
        'Add an incident',
        'Date and time',
        'Time zone',
        'What happened',
        'Other party',
        'Recorded by',
        'No incident',
        'more than 20 years',
      ]),
    ).resolves.toEqual([]);
    // What was typed is marked as of no known language rather than claimed French.
    await expect(
      page.locator('.record p', { hasText: `Premiers messages (${marker}).` }).getAttribute('lang'),
    ).resolves.toBe('');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});
