import { answerableItems, fileItems, formFromSource, formVersion, type Form } from '@cairn/content';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { BOUNDARY, type Part } from './support/evidence-http';
import { bearer, inTenant, login, makeOrg, type TestOrg } from './support/factories';
import { body, newKey } from './support/intake-http';
import { helplineBody } from './support/org-records';
import { startTestApp, type TestApp } from './support/test-app';

/*
 * Umbrella's own forms, written elsewhere and imported as they are published, take
 * submissions: every form of the corpus, in English and French, filled in as a survivor
 * would, opens a case. Needs ../shared/corpora; skipped, and said, when it is absent.
 */

const corpus = path.resolve(__dirname, '../../../../shared/corpora/umbrella-en-fr.tar.gz');

/** The answers a browser sends for every question of the form: a word, the first choice. */
function filledIn(form: Form): Part[] {
  return answerableItems(form).flatMap((item): Part[] => {
    switch (item.type) {
      case 'single_choice':
      case 'multiple_choice':
        return [{ name: item.name, value: item.options[0]!.value }];
      case 'date':
        return [{ name: item.name, value: '2026-03-14' }];
      case 'time':
        return [{ name: item.name, value: '21:30' }];
      case 'consent':
        return [{ name: item.name, value: 'true' }];
      case 'safe_contact':
        return [{ name: `${item.name}.channels`, value: 'SIGNAL' }];
      default:
        return [{ name: item.name, value: `An answer to ${item.name}` }];
    }
  });
}

if (!existsSync(corpus)) {
  console.info(`intake with Umbrella's forms: skipped, ${corpus} is not present`);
  it.skip("takes submissions of Umbrella's forms (skipped: the corpus is not present)", () =>
    undefined);
} else {
  let t: TestApp;
  let dir: string;
  let org: TestOrg;
  let admin: string;
  const forms: { path: string; text: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'umbrella-forms-'));
    execFileSync('tar', ['-xzf', corpus, '-C', dir]);
    for (const locale of ['en', 'fr']) {
      for (const name of readdirSync(path.join(dir, locale, 'forms'))) {
        if (!/^f_.+\.yml$/.test(name)) continue;
        const file = `${locale}/forms/${name}`;
        forms.push({ path: file, text: readFileSync(path.join(dir, file), 'utf8') });
      }
    }
    t = await startTestApp({ INTAKE_RATE_PER_CLIENT_UNVERIFIED: '1000' });
    org = await makeOrg(t, 'Umbrella forms');
    admin = await login(t, org.admin);
    const archive = Object.fromEntries(
      forms.map((form) => [form.path, new TextEncoder().encode(form.text)]),
    );
    const imported = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({ archiveBase64: Buffer.from(zipSync(archive)).toString('base64'), publish: true });
    expect(imported.status).toBe(201);
    // Each form loads; the two whose item names the French translators translated wait as
    // drafts (the checker says so) and the admin publishes them as they are.
    const drafts = forms.filter(
      (form) =>
        !imported.body.problems.every(
          (problem: { file: string; code: string }) =>
            problem.file !== form.path ||
            problem.code === 'missing-in-locale' ||
            problem.code === 'repeated-field',
        ),
    );
    for (const form of drafts) {
      const published = await t
        .http()
        .post('/content/publish')
        .set(bearer(admin))
        .send({ path: form.path });
      expect(published.status).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the eight forms of the corpus, four a language', () => {
    expect(forms).toHaveLength(8);
  });

  it('opens a case for each form, in each language, with every question answered', async () => {
    const outcomes: Record<string, number> = {};
    const offered = new Set<string>();
    for (const { path: file, text } of forms) {
      const { form } = formFromSource(file, text);
      if (!form) throw new Error(`${file} does not read as a form`);
      expect(fileItems(form)).toEqual([]);
      if (!offered.has(form.id)) {
        // A form takes submissions once one of the organisation's helplines offers it.
        const helpline = await t
          .http()
          .post('/content/helplines')
          .set(bearer(admin))
          .send(helplineBody({ intakeFormId: form.id }));
        if (helpline.status !== 201) throw new Error(JSON.stringify(helpline.body));
        offered.add(form.id);
      }
      const control = {
        _locale: form.locale,
        _version: formVersion(text),
        _key: newKey(),
        _danger: 'no',
        _country: '',
        _website: '',
      };
      const response = await t
        .http()
        .post(`/public/intake/${org.slug}/forms/${form.id}/submissions`)
        .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
        .send(
          body([
            ...Object.entries(control).map(([name, value]) => ({ name, value })),
            ...filledIn(form),
          ]),
        );
      outcomes[file] = response.status;
      if (response.status !== 201) console.error(file, JSON.stringify(response.body));
    }
    expect(Object.values(outcomes).every((status) => status === 201)).toBe(true);
    const cases = await inTenant(t, org.id, (tx) =>
      tx.case.count({ where: { organizationId: org.id, source: 'INTAKE' } }),
    );
    expect(cases).toBe(forms.length);
  }, 120_000);
}
