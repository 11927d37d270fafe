import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { BrowserContext } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { FIXTURE, STACK_ENV, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };

describe('the escalation rules page', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();

  async function signedIn(options: {
    javaScriptEnabled: boolean;
    language?: string;
  }): Promise<BrowserContext> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled,
      viewport: PHONE,
      ...(options.language
        ? { locale: options.language, extraHTTPHeaders: { 'Accept-Language': options.language } }
        : {}),
    });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  it('refuses hours that close before they open, in French, keeping what was typed, on a phone', async () => {
    const context = await signedIn({ javaScriptEnabled: true, language: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    await page.getByRole('heading', { level: 1, name: 'Règles d’escalade' }).waitFor();
    const hours = page.getByRole('region', { name: 'Heures ouvrées' });
    await hours.getByLabel('Ouverture').fill('18:00');
    await hours.getByLabel('Fermeture').fill('09:00');
    await hours.getByRole('button', { name: 'Enregistrer les heures ouvrées' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect(summary.getByRole('heading').innerText()).resolves.toBe('Il y a un problème');
    await expect(summary.innerText()).resolves.toContain(
      "Choisissez une heure de fermeture postérieure à l'heure d'ouverture",
    );
    await expect(page.title()).resolves.toMatch(/^Erreur : Règles d’escalade/);
    await expect(hours.getByLabel('Ouverture').inputValue()).resolves.toBe('18:00');
    await expect(hours.getByLabel('Fermeture').inputValue()).resolves.toBe('09:00');

    // A time the schema refuses by its pattern is worded in French too, at its field.
    await hours.getByLabel('Ouverture').fill('9h');
    await hours.getByLabel('Fermeture').fill('17:00');
    await hours.getByRole('button', { name: 'Enregistrer les heures ouvrées' }).click();
    await hours.getByText('Saisissez une heure, par exemple 09:30').first().waitFor();

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says the whole page in French to French staff, with no English label left', async () => {
    const context = await signedIn({ javaScriptEnabled: false, language: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    const main = page.locator('main');
    await expect(main.locator('[lang="fr"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('nav.staff-nav').getAttribute('lang')).resolves.toBe('fr');
    await page
      .getByRole('navigation', { name: 'Rubriques' })
      .getByRole('link', { name: 'Règles d’escalade' })
      .waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();

    const rule = page.getByRole('region', { name: 'Pas de première réponse' });
    await rule.getByLabel('Activée').waitFor();
    await rule.getByLabel('Alerter après (heures ouvrées)').waitFor();
    await page.getByRole('region', { name: 'Heures ouvrées' }).getByLabel('Lundi').waitFor();
    await page.getByRole('region', { name: 'Astreinte' }).waitFor();

    const text = await main.innerText();
    for (const english of [
      'Business hours',
      'Working days',
      'Monday',
      'Opens at',
      'Closes at',
      'Save business hours',
      'Turned on',
      'Save this rule',
      'Escalate to',
      'Unanswered takedown requests',
      'On call',
      'What the rules did lately',
      'Deadlines stop',
    ]) {
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    }

    // A rule saved without JavaScript says so in French.
    await rule.getByLabel('Activée').check();
    await rule.getByLabel('Alerter après (heures ouvrées)').fill('6');
    await rule.getByRole('button', { name: 'Enregistrer cette règle' }).click();
    await page.getByText('Règle enregistrée.').waitFor();
    await context.close();
  });

  it('tells French staff what the rules did in French, and an old English record as English', async () => {
    const token = await apiToken(apiUrl, FIXTURE.admin.email, password);
    const made = await fetch(`${apiUrl}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Escalated', survivor: { name: 'Sam' } }),
    });
    expect(made.status).toBe(201);
    const { id: caseId } = (await made.json()) as { id: string };
    // Only the worker records firings, when a rule falls due on the clock: written here as
    // it writes them, one with the code it records now and one from before codes existed.
    const db = new Client({ connectionString: process.env[STACK_ENV.databaseUrl] });
    await db.connect();
    try {
      const insert = (
        step: string,
        firedAt: string,
        outcome: string,
        code: string | null,
        params: object | null,
      ) =>
        db.query(
          `INSERT INTO escalation_firing (id, organization_id, rule_kind, step, subject_type,
             subject_id, case_id, due_at, fired_at, outcome, outcome_code, outcome_params)
           SELECT $1, id, 'NO_FIRST_RESPONSE', $2, 'CASE', $3, $3, $4, $4, $5, $6, $7
             FROM organization WHERE slug = $8`,
          [
            randomUUID(),
            step,
            caseId,
            firedAt,
            outcome,
            code,
            params,
            FIXTURE.admin.organization.slug,
          ],
        );
      await insert(
        'SUPERVISORS',
        '2099-01-02T10:00:00Z',
        '2 supervisor(s) emailed.',
        'supervisors-emailed',
        { count: 2 },
      );
      await insert(
        'ON_CALL',
        '2099-01-01T10:00:00Z',
        'Old sentence: 3 supervisor(s) emailed.',
        null,
        null,
      );
    } finally {
      await db.end();
    }

    const context = await signedIn({ javaScriptEnabled: false, language: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    const history = page.getByRole('region', { name: 'Ce que les règles ont fait récemment' });
    const coded = history.getByText('2 superviseur·es ont reçu un e-mail.');
    await expect(coded.getAttribute('lang')).resolves.toBe('fr');
    await expect(history.getByText('Superviseurs prévenus').first().isVisible()).resolves.toBe(
      true,
    );
    await expect(history.innerText()).resolves.toContain('2 janv. 2099');
    const old = history.getByText('Old sentence: 3 supervisor(s) emailed.');
    await expect(old.getAttribute('lang')).resolves.toBe('en');
    await expect(
      history.getByText('2 supervisor(s) emailed.', { exact: true }).count(),
    ).resolves.toBe(0);
    await context.close();
  });

  it('saves a rule and puts someone on call without JavaScript', async () => {
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/escalations`);
    const rule = page.getByRole('region', { name: 'No first response' });
    await rule.getByLabel('Turned on').check();
    await rule.getByLabel('Alert after (business hours)').fill('4');
    await rule.getByRole('button', { name: 'Save this rule' }).click();
    await page.getByText('Rule saved.').waitFor();

    await page.goto(`${webUrl}/escalations`);
    const saved = page.getByRole('region', { name: 'No first response' });
    await expect(saved.getByLabel('Alert after (business hours)').inputValue()).resolves.toBe('4');
    await expect(saved.getByLabel('Turned on').isChecked()).resolves.toBe(true);

    const onCall = page.getByRole('region', { name: 'On call' });
    const button = onCall.getByRole('button', { name: /^Put .+ on call$/ }).first();
    const label = (await button.innerText())
      .replace(/^Put /, 'Take ')
      .replace(/ on call$/, ' off call');
    await button.click();
    await page.getByText('Now on call.').waitFor();
    await page.goto(`${webUrl}/escalations`);
    await expect(
      page.getByRole('region', { name: 'On call' }).getByRole('button', { name: label }).count(),
    ).resolves.toBe(1);
    // axe runs in the page, so it is checked in the test with JavaScript above.
    await context.close();
  });
});
