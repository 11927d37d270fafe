import 'server-only';
import type { NextRequest } from 'next/server';
import { isPublicPath } from '../security/headers';
import { PAGE_ASSETS, guideAsset } from './assets/guide-assets';
import { guideAddress, type PageAddress } from './guide-address';
import { guideResponse, type KeptPage } from './guide-response';
import { PageCache } from './page-cache';
import { renderStatusPage, type RenderedPage } from './render-page';
import { formContext, serveIntakeForm } from '../intake/serve-intake';
import { FILLABLE_FORM, FORM } from './paths';
import { organizationSite, sharedSite } from './sites';

/**
 * The pages of every guide this process serves, shared guide and organisations' alike. A
 * page is about 12 KB: the shared guide's pages in both languages fit many times over.
 */
const pages = new PageCache(PAGE_ASSETS, { maxEntries: 4000, maxBytes: 32 * 1024 * 1024 });

function respond(request: NextRequest, page: RenderedPage | KeptPage): Response {
  const { pathname, search } = request.nextUrl;
  return guideResponse(page, {
    isPublic: isPublicPath(pathname, search),
    ifNoneMatch: request.headers.get('if-none-match'),
  });
}

async function statusPage(request: NextRequest, status: 404 | 503): Promise<Response> {
  return respond(request, renderStatusPage(await sharedSite(), PAGE_ASSETS, status));
}

/** A page of the shared guide, or of an organisation's branded guide as last published. */
async function servePage(request: NextRequest, address: PageAddress): Promise<Response> {
  const { slug } = address;
  let site;
  try {
    site = slug === undefined ? await sharedSite() : await organizationSite(slug);
  } catch (error) {
    console.error(`guide: the guide of "${slug}" is unavailable`, error);
    return statusPage(request, 503);
  }
  if (!site) return statusPage(request, 404);
  return respond(request, await pages.page(site, address, request.nextUrl.searchParams));
}

/**
 * One spelling of a form's address per guide: `forms/<id>` (to fill in) in an organisation's
 * guide, `form/<id>` (to read) in the shared one, whose forms no organisation receives.
 */
function formSpelling(address: PageAddress): string {
  const [locale, kind, id] = address.segments;
  if (address.segments.length !== 3 || (kind !== FORM && kind !== FILLABLE_FORM))
    return address.path;
  const wanted = address.slug === undefined ? FORM : FILLABLE_FORM;
  if (kind === wanted) return address.path;
  const root = address.path.slice(
    0,
    address.path.length - address.segments.map(encodeURIComponent).join('/').length,
  );
  return `${root}${[locale ?? '', wanted, id ?? ''].map(encodeURIComponent).join('/')}`;
}

/** An organisation's form to fill in: the danger question, then the form. */
async function serveFillableForm(request: NextRequest, address: PageAddress): Promise<Response> {
  const [locale = '', , id = ''] = address.segments;
  let site;
  try {
    site = address.slug === undefined ? undefined : await organizationSite(address.slug);
  } catch (error) {
    console.error(`guide: the guide of "${address.slug}" is unavailable`, error);
    return statusPage(request, 503);
  }
  const context = site && formContext(site, locale, id);
  if (!context) return statusPage(request, 404);
  return serveIntakeForm(request, context, address.path);
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
  const { pathname, search } = request.nextUrl;
  const address = guideAddress(pathname);
  if (!address) return undefined;
  // Readers only read: forms here are GET forms, and nothing takes a body.
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return Promise.resolve(new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
  if (address.kind === 'asset') return Promise.resolve(serveAsset(address.name));
  if (address.kind === 'unreadable') return statusPage(request, 404);
  // One spelling per page: another one is sent to it, and never rendered or kept. Next
  // wants the location whole, and gives it back relative to this host.
  const path = formSpelling(address);
  if (path !== pathname) {
    const location = new URL(`${path}${search}`, request.nextUrl);
    return Promise.resolve(
      new Response(null, { status: 308, headers: { location: location.href } }),
    );
  }
  if (
    address.slug !== undefined &&
    address.segments.length === 3 &&
    address.segments[1] === FILLABLE_FORM
  )
    return serveFillableForm(request, address);
  return servePage(request, address);
}
