import { createHash } from 'node:crypto';
import { GUIDE_CONTENT_SECURITY_POLICY, PRIVATE_PAGE_HEADERS } from '../security/headers';
import type { RenderedPage } from './render-page';

/**
 * A page kept to be sent again: encoded once, with the validator a browser can send back to
 * hear "unchanged". Its text is not kept beside its bytes.
 */
export interface KeptPage {
  status: number;
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

export function toKeep(page: RenderedPage): KeptPage {
  const bytes = new TextEncoder().encode(page.html);
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  return { status: page.status, bytes, etag: `"${hash}"` };
}

/**
 * The HTTP answer for a guide page, with the headers the proxy gives other pages (the proxy
 * does not see these). A public page may be stored by browsers and caches but is checked
 * with the server before each use (its ETag makes that cheap), so a publish shows as soon
 * as the server has it; a private one (a search, a helplines query, an error) is stored
 * nowhere.
 */
export function guideResponse(
  page: RenderedPage | KeptPage,
  { isPublic: publicPath, ifNoneMatch }: { isPublic: boolean; ifNoneMatch: string | null },
): Response {
  // A "not found" or "unavailable" answer at a public address is not a page to keep.
  const isPublic = publicPath && page.status === 200;
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': GUIDE_CONTENT_SECURITY_POLICY,
    ...(isPublic ? { 'cache-control': 'public, no-cache' } : PRIVATE_PAGE_HEADERS),
  });
  if (isPublic && 'etag' in page) {
    headers.set('etag', page.etag);
    if (ifNoneMatch === page.etag) return new Response(null, { status: 304, headers });
  }
  return new Response('bytes' in page ? page.bytes : page.html, { status: page.status, headers });
}
