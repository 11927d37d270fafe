import { NextResponse, type NextRequest } from 'next/server';
import { forwardedFor } from './api/client-address';
import { serveFollowUpRequest } from './follow-up/serve-follow-up';
import { serveGuideRequest } from './guide/serve-guide';
import { fetchChallenge } from './intake/intake-api';
import { serveChallenge } from './intake/serve-intake';
import {
  PRIVATE_PAGE_HEADERS,
  contentSecurityPolicy,
  isPublicPath,
  isQueueDashboardPath,
} from './security/headers';

/**
 * Answers the public guides' pages itself, and gives every other page its CSP nonce and,
 * unless it is public, headers that keep it uncacheable and unindexed.
 *
 * The guides are answered here, before Next's routing, because their pages are plain HTML
 * kept in memory: Next's route resolution and route-handler machinery cost more than the
 * page itself (bench/README.md, guide). Their answers carry the same headers themselves.
 */
export function proxy(request: NextRequest): Promise<Response> | NextResponse {
  const guide = serveGuideRequest(request);
  if (guide) return guide;
  const survivor = serveSurvivorRequest(request);
  if (survivor) return survivor;
  // The job queues' dashboard runs bull-board's own scripts, which carry no nonce: its route
  // sets a policy of its own, which a page policy from here would replace.
  if (isQueueDashboardPath(request.nextUrl.pathname)) return NextResponse.next();

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  // Next reads the nonce from the request's CSP header while it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set('Content-Security-Policy', csp);
  if (!isPublicPath(request.nextUrl.pathname)) {
    for (const [name, value] of Object.entries(PRIVATE_PAGE_HEADERS))
      response.headers.set(name, value);
  }
  return response;
}

/** The survivor's pages beside the guide: the form's proof-of-work challenge, the follow-up. */
function serveSurvivorRequest(request: NextRequest): Promise<Response> | undefined {
  return (
    serveChallenge(request, fetchChallenge, forwardedFor(request.headers.get('x-forwarded-for'))) ??
    serveFollowUpRequest(request)
  );
}

export const config = {
  // Hashed build assets are public and immutable; everything else, API routes included, passes
  // here, except the two uploads (the guide import, evidence), whose large bodies Next would
  // buffer a copy of for the proxy, and evidence downloads, whose sandboxing CSP the page's
  // must not replace. Their handlers set what headers they need themselves. A survivor's
  // form is rendered here, but sent (multipart) to the same address it is left out, for the
  // same reason as the uploads: its files stream on to the API from the route handler.
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|guide-content/import/upload|cases/[^/]+/evidence/(?:upload|[^/]+/download)|o/[^/]+/follow-up/evidence|o/[^/]+/guide/[^/]+/forms/).*)',
    {
      source: '/o/:slug/guide/:locale/forms/:id',
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
};
