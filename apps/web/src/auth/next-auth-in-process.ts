import 'server-only';
import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { serverEnv } from '../config/env';
import { nextAuthHandler } from './next-auth-handler';

const CsrfAnswer = z.object({ csrfToken: z.string() });
const RedirectAnswer = z.object({ url: z.string() });

/**
 * next-auth v4 has no server-side `signIn`/`signOut`, and a form that posts to it directly
 * cannot show field errors or an organisation choice without JavaScript. So server
 * actions run next-auth's own route handler in-process, exactly as a browser POST would,
 * and pass the cookies it sets on to the browser: next-auth still makes the session.
 * The CSRF token is fetched in-process too; the action itself is guarded against
 * cross-site posts by Next's own same-origin check on server actions.
 */
async function callNextAuth(action: string[], init?: { body: URLSearchParams }): Promise<Response> {
  const url = new URL(`/api/auth/${action.join('/')}`, serverEnv().NEXTAUTH_URL);
  const request = init
    ? new NextRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: init.body,
      })
    : new NextRequest(url);
  const response = await nextAuthHandler(request, {
    params: Promise.resolve({ nextauth: action }),
  });
  // In a server action, cookies set here are also what the next in-process call reads.
  const jar = await cookies();
  const { cookies: set } = new NextResponse(null, { headers: response.headers });
  for (const cookie of set.getAll()) jar.set(cookie);
  return response;
}

/**
 * POSTs form fields to a next-auth action with a fresh CSRF token, and returns the URL
 * next-auth would have redirected to (its `?error=` says why it refused).
 */
export async function postToNextAuth(
  action: string[],
  fields: Record<string, string>,
): Promise<URL> {
  const { csrfToken } = CsrfAnswer.parse(await (await callNextAuth(['csrf'])).json());
  const body = new URLSearchParams({ ...fields, csrfToken, json: 'true' });
  const { url } = RedirectAnswer.parse(await (await callNextAuth(action, { body })).json());
  return new URL(url);
}
