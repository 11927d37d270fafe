import crypto from 'node:crypto';
import { unzipSync } from 'fflate';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { runQueue } from './support/job-queue';
import { axeViolations } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { BUNDLE_SYNC_MAX_BYTES, FIXTURE, stackInfo } from './support/stack-info';

/** The queue the API puts bundle builds on (`evidence/export/export-job.ts`). */
const EXPORTS_QUEUE = 'exports';
const PROGRESS_PAGE = /\/evidence\/export\/([0-9a-f-]{36})$/;

/** The bytes of a downloaded bundle. */
async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('a bundle too large to stream, built by the worker', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const exportsQueue = runQueue(EXPORTS_QUEUE);
  const browser = blockBrowser();
  let adminToken: string;

  beforeAll(async () => {
    adminToken = await apiToken(apiUrl, FIXTURE.admin.email, password);
  });
  afterAll(async () => {
    await exportsQueue.resume();
    await exportsQueue.close();
  });

  async function openCase(title: string): Promise<string> {
    const response = await fetch(`${apiUrl}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ title, survivor: { name: 'Sam' } }),
    });
    if (!response.ok) throw new Error(`POST /cases: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  async function signedIn(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  /** From the export dialog to the bundle's progress page, as a caseworker gets there. */
  async function startExport(page: Page, caseId: string): Promise<string> {
    await page.goto(`${webUrl}/cases/${caseId}/evidence/export`);
    await page.getByLabel('The survivor').check();
    await page.getByLabel('Every item not hidden').check();
    await page.getByRole('button', { name: 'Make the bundle' }).click();
    await page.waitForURL(PROGRESS_PAGE);
    return PROGRESS_PAGE.exec(page.url())![1]!;
  }

  /** What the progress page shows while the worker has not started. */
  async function expectWaiting(page: Page, scripts: boolean): Promise<void> {
    await page.getByRole('heading', { name: 'Bundle: The survivor' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Waiting to be built.');
    await page.getByText('0 of 1 items written.').first().waitFor();
    await expect(page.getByRole('progressbar').getAttribute('value')).resolves.toBe('0');
    await page.getByRole('link', { name: 'Refresh to see its progress' }).waitFor();
    // Without JavaScript the browser reloads it; with it, it is brought up to date in place,
    // never reloaded under the reader (a timed reload is an accessibility failure).
    await expect(page.locator('meta[http-equiv="refresh"]').count()).resolves.toBe(scripts ? 0 : 1);
    await expect(page.getByRole('link', { name: /^Download the bundle/ }).count()).resolves.toBe(0);
  }

  /** Waits, without touching the page, for its own refreshes to show the download. */
  async function downloadWhenReady(page: Page, scripts: boolean): Promise<Buffer> {
    const link = page.getByRole('link', { name: /^Download the bundle \(\d/ });
    await link.waitFor({ timeout: 45_000 });
    await expect(page.getByRole('status').textContent()).resolves.toBe('Ready to download.');
    await expect(page.locator('meta[http-equiv="refresh"]').count()).resolves.toBe(0);
    if (scripts) await expect(axeViolations(page)).resolves.toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/-evidence-survivor\.zip$/);
    return bytesOf(download);
  }

  // Two bundles built by the worker in turn, each waited for up to 45 s: longer than the
  // run's default 60 s per test allows on a loaded machine.
  it('shows the bundle waiting, then building on its own, and downloads a ZIP whose SHA256SUMS lists the file', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const caseId = await openCase(`Large bundle ${marker}`);
    // Over the run's threshold, so the API hands the bundle to the worker.
    const transcript = Buffer.alloc(BUNDLE_SYNC_MAX_BYTES + 600_000, `Chat log ${marker}.\n`);
    const sha256 = crypto.createHash('sha256').update(transcript).digest('hex');

    const withScripts = await signedIn(true);
    const page = await withScripts.newPage();
    await page.goto(`${webUrl}/cases/${caseId}/evidence`);
    await page
      .getByLabel('Files', { exact: true })
      .setInputFiles([{ name: 'chat-log.txt', mimeType: 'text/plain', buffer: transcript }]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText('chat-log.txt is stored.').waitFor();

    const withoutScripts = await signedIn(false);
    const plain = await withoutScripts.newPage();
    // Held in the queue, the bundles wait where a person can see them waiting.
    await exportsQueue.pause();
    try {
      const first = await startExport(page, caseId);
      await expectWaiting(page, true);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.evaluate(() => Object.assign(window, { stillThisPage: true }));
      const second = await startExport(plain, caseId);
      expect(second).not.toBe(first);
      await expectWaiting(plain, false);
    } finally {
      await exportsQueue.resume();
    }

    const zips = await Promise.all([
      downloadWhenReady(page, true),
      downloadWhenReady(plain, false),
    ]);
    await expect(page.evaluate(() => 'stillThisPage' in window)).resolves.toBe(true);
    for (const zip of zips) {
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
      const entries = unzipSync(new Uint8Array(zip));
      const sums = Buffer.from(entries.SHA256SUMS ?? new Uint8Array()).toString('utf8');
      expect(sums.trim().split('\n')).toEqual([`${sha256}  originals/chat-log.txt`]);
      expect(Buffer.from(entries['originals/chat-log.txt'] ?? new Uint8Array())).toEqual(
        transcript,
      );
    }
    await withScripts.close();
    await withoutScripts.close();
  }, 120_000);
});
