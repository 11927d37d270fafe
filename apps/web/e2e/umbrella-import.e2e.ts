import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { signIn } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

/**
 * Umbrella's published English and French tree, kept beside the repository for tests (its
 * licence lets us test with it, not copy it): imported whole through the import page,
 * without JavaScript, then read as a survivor would. Nothing of it is written here; the
 * pages walked and what they must show are read from the corpus itself.
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpora/umbrella-en-fr.tar.gz');
const { slug: SLUG } = FIXTURE.umbrellaGuide.organization;

function filesUnder(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix)).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(root, relative)).isDirectory()
      ? filesUnder(root, relative)
      : [relative];
  });
}

/** A top-level `key: value` of simple YAML, unquoted; enough for the titles read here. */
function yamlValue(yaml: string, key: string): string | undefined {
  const raw = new RegExp(`^${key}:[ \\t]*(.+)$`, 'm').exec(yaml)?.[1]?.trim();
  if (!raw) return undefined;
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  return quoted ? quoted[2]!.replace(quoted[1] === "'" ? /''/g : /\\"/g, quoted[1]!) : raw;
}

/** The title in a lesson's front matter, as the guide shows it. */
function lessonTitle(text: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return front ? yamlValue(front, 'title') : undefined;
}

if (!existsSync(CORPUS)) {
  console.info(
    `the Umbrella import walk is skipped: ${CORPUS} is not present (it is kept beside the repository, not in it)`,
  );
}
const describeWithCorpus = existsSync(CORPUS) ? describe : describe.skip;

describeWithCorpus('the whole Umbrella tree, imported through the import page', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const guide = `${webUrl}/o/${SLUG}/guide`;
  const browser = blockBrowser();
  let root: string;
  let files: string[];
  /** Files held back as drafts: those with a problem of their own that blocks publishing. */
  const heldBack = new Set<string>();
  const text = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const published = (file: string) => files.includes(file) && !heldBack.has(file);

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'umbrella-walk-'));
    execFileSync('tar', ['-xzf', CORPUS, '-C', root]);
    files = filesUnder(root);
  });
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
  });

  it('imports every file without JavaScript, showing how far it has got until it is over', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.umbrellaGuide.email, password);
    await page.goto(`${webUrl}/guide-content/import`);
    const archive = zipSync(
      Object.fromEntries(files.map((file) => [file, readFileSync(path.join(root, file))])),
    );
    await page.getByLabel('Zipped guide').setInputFiles({
      name: 'umbrella-en-fr.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(archive),
    });
    await page.getByLabel(/Publish at once/).check();
    await page.getByRole('button', { name: 'Import' }).click();

    // The page names the import it follows, and reloads itself until it is over.
    await page.waitForURL((url) => url.searchParams.has('import'));
    const importId = new URL(page.url()).searchParams.get('import')!;
    const first = await page.locator('main').textContent();
    expect(first).toMatch(/Step [123] of 3|Imported umbrella-en-fr\.zip/);
    const result = page.getByRole('region', { name: 'Imported' });
    await result.waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toMatch(
      /Imported umbrella-en-fr\.zip: \d+ lessons, .*\d+ folder title files\./,
    );

    // The problems of each file, from the API, say which files were held back as drafts.
    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: FIXTURE.umbrellaGuide.email, password }),
    });
    const { token } = (await login.json()) as { token: string };
    const progress = await fetch(`${apiUrl}/content/imports/${importId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await progress.json()) as {
      stage: string;
      result: { skipped: string[]; problems: { file: string; code: string }[] };
    };
    expect(body.stage).toBe('done');
    // The problems that hold nothing back (the API's NOT_BLOCKING) leave their file published.
    const notBlocking = new Set(['missing-in-locale', 'repeated-field']);
    for (const problem of body.result.problems) {
      if (!notBlocking.has(problem.code)) heldBack.add(problem.file);
    }
    for (const skipped of body.result.skipped) heldBack.add(skipped);
    await context.close();
  }, 120_000);

  async function visit(address: string): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(address);
    expect({ address, status: response?.status() }).toEqual({ address, status: 200 });
    return page;
  }

  it('shows the English glossary, and a term from it', async () => {
    const terms = files.filter(
      (file) => /^en\/glossary\/s_[^/]+\.md$/.test(file) && published(file),
    );
    expect(terms.length).toBeGreaterThan(10);
    const term = terms[0]!;
    const title = lessonTitle(text(term))!;
    const page = await visit(`${guide}/en/glossary`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Glossary');
    await page.getByRole('link', { name: title, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith(`/o/${SLUG}/guide/en/glossary/`));
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await page.context().close();
  });

  it('shows a tools lesson', async () => {
    const tool = files.find(
      (file) => /^en\/tools\/[a-z0-9-]+\/s_[^/]+\.md$/.test(file) && published(file),
    )!;
    const [, , group, name] = tool.split('/') as [string, string, string, string];
    const id = name
      .slice(2, -3)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const page = await visit(`${guide}/en/tools/${group}/${id}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(lessonTitle(text(tool)));
    await page.context().close();
  });

  it('titles a category page and its topics from their .category.yml, not their folder names', async () => {
    const titleOf = (file: string) =>
      yamlValue(text(file), 'title') ?? yamlValue(text(file), 'name');
    // A topic whose title says something its folder's name does not, with a published lesson.
    const topic = files
      .filter((file) => /^en\/[a-z0-9-]+\/[a-z0-9-]+\/\.category\.yml$/.test(file))
      .filter((file) => published(file) && !file.startsWith('en/tools/'))
      .map((file) => {
        const [, category, folder] = file.split('/') as [string, string, string];
        return { category, folder, title: titleOf(file) };
      })
      .find(
        ({ category, folder, title }) =>
          title &&
          title.toLowerCase() !== folder.replace(/-/g, ' ') &&
          published(`en/${category}/.category.yml`) &&
          files.some(
            (file) =>
              file.startsWith(`en/${category}/${folder}/`) &&
              file.endsWith('.md') &&
              published(file),
          ),
      );
    expect(topic).toBeDefined();
    const { category, title } = topic!;
    const page = await visit(`${guide}/en/${category}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      titleOf(`en/${category}/.category.yml`),
    );
    await expect(
      page.getByRole('link', { name: title, exact: true }).count(),
    ).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('shows a French lesson in French', async () => {
    const lesson = files.find(
      (file) =>
        /^fr\/[a-z0-9-]+\/[a-z0-9-]+\/(beginner|advanced|expert)\/s_[^/]+\.md$/.test(file) &&
        published(file) &&
        lessonTitle(text(file)),
    )!;
    const place = lesson.split('/').slice(0, 4).join('/');
    const page = await visit(`${guide}/${place}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('main').textContent()).resolves.toContain(lessonTitle(text(lesson)));
    await page.context().close();
  });
});
