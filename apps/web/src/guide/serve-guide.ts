import 'server-only';
import type { NextRequest } from 'next/server';
import { isPublicPath } from '../security/headers';
import { PAGE_ASSETS, guideAsset } from './assets/guide-assets';
import { guideAddress } from './guide-address';
import { guideResponse, toKeep, type SentPage } from './guide-response';
import { renderGuidePage, renderStatusPage } from './render-page';
import { organizationSite, sharedSite, type CachedSite } from './sites';

function respond(request: NextRequest, page: SentPage): Response {
  const { pathname, search } = request.nextUrl;
  return guideResponse(page, {
    isPublic: isPublicPath(pathname, search),
    ifNoneMatch: request.headers.get('if-none-match'),
  });
}

/** A page of a guide, rendered once per guide version when it depends on nothing else. */
async function servePage(
  request: NextRequest,
  { site, pages }: CachedSite,
  segments: string[],
): Promise<Response> {
  const key = request.nextUrl.pathname;
  let page = pages.get(key);
  if (!page) {
    const rendered = await renderGuidePage(
      site,
      PAGE_ASSETS,
      segments,
      request.nextUrl.searchParams,
    );
    page = rendered.reusable ? toKeep(rendered) : rendered;
    if (rendered.reusable) pages.set(key, page);
  }
  return respond(request, page);
}

/** `/o/<slug>/guide/...`: an organisation's branded guide, as last published. */
async function serveOrganizationGuide(
  request: NextRequest,
  slug: string,
  segments: string[],
): Promise<Response> {
  let cached: CachedSite | undefined;
  try {
    cached = await organizationSite(slug);
  } catch (error) {
    console.error(`guide: the guide of "${slug}" is unavailable`, error);
    return respond(request, renderStatusPage((await sharedSite()).site, PAGE_ASSETS, 503));
  }
  if (!cached)
    return respond(request, renderStatusPage((await sharedSite()).site, PAGE_ASSETS, 404));
  return servePage(request, cached, segments);
}

/** The guide's stylesheet or script; its name holds its hash, so it never changes. */
function serveAsset(name: string): Response {
  const asset = guideAsset(name);
  if (!asset) return new Response('Not found', { status: 404 });
  return new Response(asset.body, {
    headers: {
      'content-type': asset.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}

/**
 * The answer for a path of the guides (`/guide/...`, `/o/<slug>/guide/...`, their assets),
 * or undefined for any other path. Pages are plain HTML: no client runtime to download, one
 * small stylesheet and script from this host, and the same reading without JavaScript.
 */
export function serveGuideRequest(request: NextRequest): Promise<Response> | undefined {
  const address = guideAddress(request.nextUrl.pathname);
  if (!address) return undefined;
  // Readers only read: forms here are GET forms, and nothing takes a body.
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return Promise.resolve(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
  if (address.kind === 'asset') return Promise.resolve(serveAsset(address.name));
  const { slug, segments } = address;
  return slug === undefined
    ? sharedSite().then((cached) => servePage(request, cached, segments))
    : serveOrganizationGuide(request, slug, segments);
}
