import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet and self-contained: the browser must not reach any host but the stack's.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium; playwright gives each launch a fresh temporary profile of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

type ContextOptions = Parameters<Browser['newContext']>[0];

/**
 * One browser for a `describe` block: launched before its first test, closed after its last.
 * What the block's tests open in it (pages, contexts) is theirs to close.
 */
export function blockBrowser(): Pick<Browser, 'newPage' | 'newContext'> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('blockBrowser: used outside a test of its describe block');
    return browser;
  };
  return {
    newPage: (options?: ContextOptions) => launched().newPage(options),
    newContext: (options?: ContextOptions) => launched().newContext(options),
  };
}

/**
 * For a `describe` whose tests each read as a new visitor: one browser for the block, and
 * `open()` giving a page in a fresh context (no cookies, no storage) closed after the test.
 */
export function freshVisitors(): (options?: ContextOptions) => Promise<Page> {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  return async (options = {}) => {
    if (!browser) throw new Error('open() runs inside a test of the describe that made it');
    const context = await browser.newContext(options);
    contexts.push(context);
    return context.newPage();
  };
}
