import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// From the package, never a CDN: the test loads nothing from another host either.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  nodes: string[];
}

/**
 * What axe-core finds on the page as it stands. axe is injected as an inline script, which
 * the guide's CSP rightly refuses: open the page in a context with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
    };
    const results = await axe.run();
    return results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.html) }));
  });
}

/** Every host the page asks something of, and every `Set-Cookie` it is answered with, from now on. */
export function watchTraffic(page: Page): { hosts: Set<string>; cookies: string[] } {
  const hosts = new Set<string>();
  const cookies: string[] = [];
  page.on('request', (request) => {
    hosts.add(new URL(request.url()).host);
  });
  page.on('response', (response) => {
    const cookie = response.headers()['set-cookie'];
    if (cookie) cookies.push(`${response.url()}: ${cookie}`);
  });
  return { hosts, cookies };
}
