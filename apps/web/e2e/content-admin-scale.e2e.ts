import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };
const CORPUS = path.resolve(__dirname, '../../../../shared/corpora/umbrella-en-fr.tar.gz');

/** Every file of a folder, by its path inside it. */
function filesUnder(root: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(path.join(root, prefix))) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(root, relative)).isDirectory()) {
      Object.assign(files, filesUnder(root, relative));
    } else {
      files[relative] = readFileSync(path.join(root, relative));
    }
  }
  return files;
}

/**
 * The Umbrella tree when the corpus is there; otherwise 5,000 small lessons of our own, in
 * two languages, so that the list is measured at that size either way.
 */
function largeGuide(): { files: Record<string, Uint8Array>; findable: string; name: string } {
  if (existsSync(CORPUS)) {
    const dir = mkdtempSync(path.join(tmpdir(), 'umbrella-'));
    try {
      execFileSync('tar', ['-xzf', CORPUS, '-C', dir]);
      const files = filesUnder(dir);
      const findable = Object.keys(files).find((file) => /\/s_[^/]*phish[^/]*\.md$/.test(file));
      if (!findable) throw new Error('the corpus has no lesson about phishing');
      return { files, findable, name: 'the Umbrella corpus' };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.info(`${CORPUS} is not present: measuring with 5,000 generated lessons instead`);
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < 5000; i += 1) {
    const locale = i % 3 === 0 ? 'fr' : 'en';
    const topic = `walks-${String(Math.floor(i / 10)).padStart(3, '0')}`;
    files[`${locale}/outdoors/${topic}/beginner/s_note-${i}.md`] = strToU8(
      `---\nindex: ${(i % 10) + 1}\ntitle: Field note ${i}\n---\n\nPack water and tell someone the route.\n`,
    );
  }
  return {
    files,
    findable: 'en/outdoors/walks-424/beginner/s_note-4241.md',
    name: '5,000 lessons',
  };
}

describe('the guide file list of a whole imported guide', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();
  let context: BrowserContext;
  let findable: string;

  beforeAll(async () => {
    const guide = largeGuide();
    findable = guide.findable;
    const token = await apiToken(apiUrl, FIXTURE.admin.email, password);
    // As drafts: what readers of the organisation's guide see stays as the other specs expect.
    const imported = await fetch(`${apiUrl}/content/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        archiveBase64: Buffer.from(zipSync(guide.files)).toString('base64'),
        publish: false,
      }),
    });
    expect(imported.status).toBe(201);
    console.info(`imported ${Object.keys(guide.files).length} files of ${guide.name}`);
    // bypassCSP lets axe be injected; the pages' own CSP is checked by other specs.
    context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
  }, 120_000);

  const timeToFirstByte = (page: Page) =>
    page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      return navigation!.responseStart - navigation!.requestStart;
    });

  it('answers in under a second and finds a file by name', async () => {
    const page = await context.newPage();
    // The first request loads the page's code into the web server; the second is what
    // every editor waits for.
    await page.goto(`${webUrl}/guide-content`);
    const cold = await timeToFirstByte(page);
    await page.goto(`${webUrl}/guide-content`);
    const ttfb = await timeToFirstByte(page);
    console.info(
      `/guide-content: first byte after ${ttfb.toFixed(0)} ms (${cold.toFixed(0)} ms cold)`,
    );
    expect(ttfb).toBeLessThan(1000);
    await page
      .getByText(/^Files 1–50 of \d+, page 1 of \d+$/)
      .first()
      .waitFor();

    const name = path.basename(findable, '.md').slice(2);
    await page.getByLabel('Search by title or path').fill(name);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === name);
    await expect(page.locator('p', { hasText: findable }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('pages with plain links that keep the filters', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.goto(`${webUrl}/guide-content?state=own&kind=lesson`);
    const first = await page.locator('ul li p:nth-child(2)').allTextContents();
    await page.getByRole('link', { name: 'Next page' }).first().click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    expect(new URL(page.url()).searchParams.get('state')).toBe('own');
    const second = await page.locator('ul li p:nth-child(2)').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((item) => first.includes(item))).toBe(false);
    await context.close();
  });

  it('groups the problems of an import by file, filterable by kind and file', async () => {
    const page = await context.newPage();
    await page.goto(`${webUrl}/guide-content/import`);
    const marker = crypto.randomBytes(4).toString('hex');
    const broken = (title: string) =>
      `---\nindex: 1\ntitle: ${title}\n---\n\nSee [this](umbrella://nowhere-${marker}/at-all/beginner) and [that](umbrella://nowhere-${marker}/else/beginner).\n`;
    const first = `en/outdoors/problems-${marker}/beginner/s_first.md`;
    const second = `en/outdoors/problems-${marker}/beginner/s_second.md`;
    await page.getByLabel('Zipped guide').setInputFiles({
      name: 'broken.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(
        zipSync({ [first]: strToU8(broken('First')), [second]: strToU8(broken('Second')) }),
      ),
    });
    await page.getByRole('button', { name: 'Import' }).click();
    const result = page.getByRole('region', { name: 'Imported' });
    await result.waitFor();
    await expect(result.getByRole('region', { name: first }).count()).resolves.toBe(1);
    await expect(result.getByRole('region', { name: second }).count()).resolves.toBe(1);
    const problemsOf = (file: string) =>
      result.getByRole('region', { name: file }).getByRole('listitem');
    // Two broken links each, and whatever else the check finds (a missing translation).
    await expect(problemsOf(first).count()).resolves.toBeGreaterThanOrEqual(2);

    await result.getByLabel('File').fill('second');
    await expect(result.getByRole('region', { name: first }).count()).resolves.toBe(0);
    await expect(result.getByRole('region', { name: second }).count()).resolves.toBe(1);
    await result.getByLabel('File').fill('');
    const kinds = await result.getByLabel('Kind of problem').locator('option').allTextContents();
    expect(kinds.some((kind) => kind.startsWith('Broken link'))).toBe(true);
    await result.getByLabel('Kind of problem').selectOption('broken-link');
    await expect(problemsOf(first).count()).resolves.toBe(2);
    await expect(problemsOf(second).count()).resolves.toBe(2);

    await page.setViewportSize(PHONE);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone without scrolling sideways, and axe finds nothing, on the list', async () => {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    for (const address of ['/guide-content', '/guide-content?state=own&page=2']) {
      await page.goto(`${webUrl}${address}`);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });
});
