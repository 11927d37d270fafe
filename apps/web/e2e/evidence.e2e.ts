import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { blockBrowser } from './support/browser';
import { axeViolations } from './support/public-page-checks';
import { signIn, apiToken } from './support/sign-in';
import { FIXTURE, stackInfo } from './support/stack-info';

const PHONE = { width: 375, height: 740 };

/** A real PNG, drawn here (a colour gradient), so the API reads it, sizes it and thumbnails it. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) {
      rows.set([(x * 255) / width, (y * 255) / height, 128], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A page that, were it ever run in Cairn's origin, would say so in its title and a global. */
const HOSTILE_HTML = Buffer.from(
  '<!doctype html><title>harmless</title><script>document.title = "ran"; ' +
    'window.evidenceRan = true; try { parent.document.title = "ran"; } catch (e) {}</script>',
);

describe('the evidence vault on screen', () => {
  const { webUrl, apiUrl, password } = stackInfo();
  const browser = blockBrowser();
  let adminToken: string;

  beforeAll(async () => {
    adminToken = await apiToken(apiUrl, FIXTURE.admin.email, password);
  });

  async function openCase(title: string): Promise<string> {
    const response = await fetch(`${apiUrl}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({
        title,
        summary: '',
        riskLevel: 'MEDIUM',
        abuseTypes: ['HARASSMENT'],
        platforms: [],
        tags: [],
        survivor: {
          name: 'Alex',
          preferredLanguage: 'en',
          safeContact: { channels: ['SIGNAL'], safeTimes: '', never: [], details: '' },
        },
        jurisdiction: { survivorCountry: null, otherPartyCountry: null },
      }),
    });
    if (!response.ok) throw new Error(`POST /cases: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  async function signedIn(options: {
    javaScriptEnabled: boolean;
    bypassCSP?: boolean;
  }): Promise<BrowserContext> {
    const context = await browser.newContext({ ...options, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, webUrl, FIXTURE.admin.email, password);
    await page.close();
    return context;
  }

  /**
   * The width the browser drew an image at once loaded: 0 when it never loaded. The worker
   * makes thumbnails after the upload, so a page drawn before that shows a broken image
   * until it is loaded again, as a caseworker would reload it. Waits on the element's own
   * state with a deadline rather than on its events, which a lazy image that never started,
   * or a node a refresh replaced, would never fire.
   */
  const drawnWidth = async (image: Locator) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      await image.scrollIntoViewIfNeeded();
      const width = await image
        .evaluate(
          (element) =>
            new Promise<number>((resolve, reject) => {
              const img = element as HTMLImageElement;
              const started = Date.now();
              const look = () => {
                if (img.complete) resolve(img.naturalWidth);
                else if (Date.now() - started > 5_000) reject(new Error('image still loading'));
                else setTimeout(look, 100);
              };
              look();
            }),
        )
        .catch(() => 0);
      if (width > 0 || Date.now() > deadline) return width;
      await image.page().reload();
    }
  };

  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('uploads three files at once with progress, verifies the image, keeps an HTML file inert and exports a bundle', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const caseId = await openCase(`Evidence on screen ${marker}`);
    const context = await signedIn({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/${caseId}`);
    await page
      .getByRole('navigation', { name: 'Case sections' })
      .getByRole('link', { name: 'Evidence' })
      .click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/evidence`);
    await page.getByText('No evidence shown.').waitFor();

    // Three files at once, one of them over the 1 MB a proxied request body may have.
    const large = Buffer.alloc(1_600_000, 'Screenshot transcript line.\n');
    await page.getByLabel('Files', { exact: true }).setInputFiles([
      { name: 'threat.png', mimeType: 'image/png', buffer: gradientPng(120, 80) },
      { name: 'saved-page.html', mimeType: 'text/html', buffer: HOSTILE_HTML },
      { name: 'chat-log.txt', mimeType: 'text/plain', buffer: large },
    ]);
    await page.getByRole('button', { name: 'Upload' }).click();
    // Each file has its own bar and its own sentence.
    await expect(page.locator('form progress').count()).resolves.toBe(3);
    for (const name of ['threat.png', 'saved-page.html', 'chat-log.txt'])
      await page.getByText(`${name} is stored.`).waitFor();
    await expect(
      page
        .locator('form progress')
        .evaluateAll((bars) => bars.map((bar) => (bar as HTMLProgressElement).value)),
    ).resolves.toEqual([100, 100, 100]);

    // The list shows them, with the image's thumbnail drawn through Cairn.
    const table = page.getByRole('table', { name: 'Evidence of this case, newest first' });
    await table.getByRole('link', { name: 'chat-log.txt' }).waitFor();
    // Until the worker has made it, the list says so instead of showing a broken image.
    const thumbnail = table.getByRole('img', { name: 'Thumbnail of threat.png' });
    const beingMade = table.getByText('Thumbnail being made');
    for (const deadline = Date.now() + 30_000; (await thumbnail.count()) === 0;) {
      expect(await beingMade.count()).toBe(1);
      if (Date.now() > deadline) throw new Error('the thumbnail was never made');
      await page.waitForTimeout(500);
      await page.reload();
    }
    expect(await drawnWidth(thumbnail)).toBeGreaterThan(0);
    await expect(table.getByRole('row', { name: /chat-log\.txt/ }).textContent()).resolves.toMatch(
      /1\.5\s+MiB/,
    );
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // An empty file is refused with a sentence, in the error summary, which takes the focus.
    await page
      .getByLabel('Files', { exact: true })
      .setInputFiles([{ name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) }]);
    await page.getByRole('button', { name: 'Upload' }).click();
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await summary.getByText('empty.jpg was not stored: the file is empty.').waitFor();
    await expect(summary.evaluate((box) => box === document.activeElement)).resolves.toBe(true);

    // The image's page: its thumbnail, full hash, and a verify that says it matches.
    await table.getByRole('link', { name: 'threat.png' }).click();
    await page.waitForURL(/\/evidence\/[0-9a-f-]{36}$/);
    const preview = page.getByRole('img', { name: 'Thumbnail of threat.png' });
    expect(await drawnWidth(preview)).toBeGreaterThan(0);
    const sha256 = (await page.locator('#item-sha256').textContent()) ?? '';
    expect(sha256).toBe(crypto.createHash('sha256').update(gradientPng(120, 80)).digest('hex'));
    await page.getByText('Size in pixels: 120 × 80').waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(`It matches: the stored file still has the SHA-256 ${sha256}`).waitFor();
    await page
      .getByRole('list')
      .getByText(/Verified/)
      .first()
      .waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The HTML file comes back only as an attachment that may not run, and clicking its
    // download does not run it in Cairn's page.
    await page.goto(`${webUrl}/cases/${caseId}/evidence`);
    await table.getByRole('link', { name: 'saved-page.html' }).click();
    await page.waitForURL(/\/evidence\/[0-9a-f-]{36}$/);
    // After a client-side navigation the title comes a moment after the address.
    await page.getByRole('heading', { name: 'saved-page.html' }).waitFor();
    await page.waitForFunction(() => document.title !== '');
    const titleBefore = await page.title();
    expect(titleBefore).not.toBe('ran');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the original' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('saved-page.html');
    await expect(page.title()).resolves.toBe(titleBefore);
    await expect(page.evaluate(() => 'evidenceRan' in window)).resolves.toBe(false);
    const direct = await page.request.get(download.url());
    expect(direct.headers()['content-disposition']).toMatch(/^attachment/);
    expect(direct.headers()['x-content-type-options']).toBe('nosniff');
    expect(direct.headers()['content-security-policy']).toMatch(/\bsandbox\b/);
    expect(direct.headers()['content-type']).not.toContain('text/html');
    expect(await direct.body()).toEqual(HOSTILE_HTML);

    // Opened straight in a tab, it is still downloaded rather than shown, and never runs.
    const tab = await context.newPage();
    const [opened] = await Promise.all([
      tab.waitForEvent('download'),
      tab.goto(download.url()).catch(() => undefined),
    ]);
    expect(opened.suggestedFilename()).toBe('saved-page.html');
    await expect(tab.evaluate(() => 'evidenceRan' in window)).resolves.toBe(false);
    await tab.close();

    // Export: the police without the survivor's consent is refused in a sentence naming it.
    await page.goto(`${webUrl}/cases/${caseId}/evidence`);
    await page.getByRole('link', { name: 'Export a bundle' }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/evidence/export`);
    await page.getByLabel('The police').check();
    await page.getByRole('button', { name: 'Make the bundle' }).click();
    const refusal = page.getByRole('alert', { name: 'There is a problem' });
    await refusal
      .getByText(
        `The police cannot receive this evidence: the survivor's consent "share with the police" is not in force.`,
        { exact: false },
      )
      .waitFor();
    await expect(refusal.evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    // What was chosen is still chosen.
    await expect(page.getByLabel('The police').isChecked()).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.setViewportSize(PHONE);
    await expect(fitsWidth(page)).resolves.toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });

    // For the survivor, no consent is needed: the bundle downloads at once (it is small).
    await page.getByLabel('The survivor').check();
    await page.getByLabel('Only the items ticked below').check();
    await page.getByRole('checkbox', { name: /threat\.png/ }).check();
    await page.getByRole('checkbox', { name: /saved-page\.html/ }).check();
    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Make the bundle' }).click(),
    ]);
    expect(bundle.suggestedFilename()).toMatch(/-evidence-survivor\.zip$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await bundle.createReadStream()) chunks.push(chunk as Buffer);
    const zip = Buffer.concat(chunks);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const entries = unzipSync(new Uint8Array(zip));
    const sums = Buffer.from(entries.SHA256SUMS ?? new Uint8Array()).toString('utf8');
    expect(sums).toContain(`${sha256}  originals/`);
    expect(sums.trim().split('\n')).toHaveLength(2);
    await context.close();
  });

  it('uploads several files and refuses an empty choice without JavaScript', async () => {
    const caseId = await openCase(
      `Evidence without JavaScript ${crypto.randomBytes(4).toString('hex')}`,
    );
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/cases/${caseId}/evidence`);

    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/evidence`);
    await page
      .getByRole('alert', { name: 'There is a problem' })
      .getByText('Choose at least one file to upload.')
      .waitFor();

    await page.getByLabel('Captured at (optional)').fill('2026-03-14T21:30');
    await page.getByLabel('Files', { exact: true }).setInputFiles([
      { name: 'first note.txt', mimeType: 'text/plain', buffer: Buffer.from('first\n') },
      { name: 'écran-2.txt', mimeType: 'text/plain', buffer: Buffer.from('second\n') },
      // A picture sent under a text file's name and type: the list says its bytes disagree.
      { name: 'notes.txt', mimeType: 'text/plain', buffer: gradientPng(16, 16) },
    ]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/evidence`);
    await page.getByRole('link', { name: 'first note.txt is stored.' }).waitFor();
    await page.getByRole('link', { name: 'écran-2.txt is stored.' }).waitFor();
    await page.getByRole('link', { name: 'notes.txt is stored.' }).waitFor();
    const table = page.getByRole('table', { name: 'Evidence of this case, newest first' });
    await expect(table.getByRole('row').count()).resolves.toBe(4);
    await expect(table.getByRole('row', { name: /notes\.txt/ }).textContent()).resolves.toContain(
      'Declared as text/plain but its bytes read as image/png: it may not be what its name says.',
    );

    // A link to a post, recorded with what was said about it (Cairn does not visit it).
    await page.getByLabel('Address of the post').fill('https://social.example/@someone/1234');
    await page.getByLabel('Title (optional)').fill('Threatening reply');
    await page.getByRole('button', { name: 'Record link' }).click();
    await page.getByText('Link recorded.').waitFor();
    await expect(
      table.getByRole('row', { name: /Threatening reply/ }).textContent(),
    ).resolves.toContain('Link to a post');

    // The item page's forms work as plain forms too: verify, then hide with a reason.
    await table.getByRole('link', { name: 'écran-2.txt' }).click();
    await page.getByText('Captured at', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/^It matches: the stored file still has the SHA-256/).waitFor();
    const hiding = page.locator('details', { has: page.locator('summary', { hasText: /^Hide$/ }) });
    await hiding.locator('summary').click();
    await hiding.getByLabel('Reason').fill('Duplicate of the first note');
    await hiding.getByRole('button', { name: 'Hide' }).click();
    await page
      .getByText(/Hidden .* by .*: Duplicate of the first note/)
      .first()
      .waitFor();
    await context.close();
  });

  it('speaks French to a caseworker whose browser asks for it', async () => {
    const caseId = await openCase(`Preuves en français ${crypto.randomBytes(4).toString('hex')}`);
    const context = await signedIn({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'fr-FR,fr;q=0.9' });
    await page.goto(`${webUrl}/cases/${caseId}/evidence`);
    await page.getByRole('heading', { name: 'Preuves', exact: true }).waitFor();
    await page.getByText('Aucune preuve affichée.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.waitForURL(`${webUrl}/cases/${caseId}/evidence`);
    await page
      .getByRole('alert', { name: 'Il y a un problème' })
      .getByText('Choisissez au moins un fichier à envoyer.')
      .waitFor();
    await context.close();
  });
});
