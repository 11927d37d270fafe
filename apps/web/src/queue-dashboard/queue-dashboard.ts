import 'server-only';
import { QUEUE_DASHBOARD_PATH } from '@cairn/contracts';
import { serverEnv } from '../config/env';

/**
 * The dashboard's own policy: its scripts, styles, images and data come from this host and
 * nothing else runs or loads (its page asks for web fonts from Google: refused). It builds
 * `<style>` elements at run time, hence inline styles, which run no code.
 */
export const QUEUE_DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** What the API's answer keeps on its way to the browser. */
const PASSED = ['content-type', 'content-length', 'etag', 'last-modified'] as const;

/** Parts of an address this app forwards: no dot segments, nothing that is not a path. */
const SEGMENT = /^[A-Za-z0-9_.:@~!$&'()*+,;=-]+$/;

/** The API address for `/admin/queues/<path>?<search>`, or null for a path not worth sending. */
export function dashboardApiUrl(path: readonly string[], search: string): URL | null {
  if (!path.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..')) {
    return null;
  }
  return new URL(`${QUEUE_DASHBOARD_PATH}/${path.join('/')}${search}`, serverEnv().API_URL);
}

/** The API's answer as this app gives it: its body and type, under the dashboard's headers. */
export function dashboardAnswer(answer: Response): Response {
  const headers = new Headers();
  for (const name of PASSED) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('content-security-policy', QUEUE_DASHBOARD_CSP);
  headers.set('cache-control', 'private, no-store');
  headers.set('x-content-type-options', 'nosniff');
  headers.set('x-robots-tag', 'noindex, nofollow');
  return new Response(answer.body, { status: answer.status, headers });
}
