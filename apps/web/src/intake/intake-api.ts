import 'server-only';
import { OrgSlug, intakeRoutes } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { serverEnv } from '../config/env';

/**
 * The API's public intake and follow-up routes (packages/contracts intake routes), as this
 * server calls them for a survivor's browser. Each call forwards the browser's address chain,
 * as sign-in does, so the API's rate limits are about the person, not about this server.
 */

const enc = encodeURIComponent;

/** A route's path for one organisation. */
function at(path: string, slug: string, formId?: string): string {
  return path.replace('{slug}', enc(slug)).replace('{formId}', enc(formId ?? ''));
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  /** Seconds, from `Retry-After`, when the API said to wait. */
  retryAfter?: number;
}

async function answerOf(response: Response): Promise<ApiAnswer> {
  const wait = Number(response.headers.get('retry-after'));
  return {
    status: response.status,
    body: await readJson(response),
    ...(Number.isFinite(wait) && wait > 0 && { retryAfter: wait }),
  };
}

export function validSlug(slug: string): boolean {
  return OrgSlug.safeParse(slug).success;
}

/** A proof-of-work challenge, passed on to the page as the API gave it. */
export async function fetchChallenge(
  slug: string,
  forwardedFor: string | undefined,
): Promise<Response> {
  const noStore = { 'cache-control': 'no-store', 'content-type': 'application/json' };
  if (!validSlug(slug)) return new Response('{}', { status: 404, headers: noStore });
  const headers = new Headers({ accept: 'application/json' });
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  try {
    const response = await fetch(
      new URL(at(intakeRoutes.challenge.path, slug), serverEnv().API_URL),
      {
        headers,
        cache: 'no-store',
        // The page goes on without a solution when none comes: the form is then sent unverified.
        signal: AbortSignal.timeout(CHALLENGE_TIMEOUT_MS),
      },
    );
    return new Response(await response.text(), { status: response.status, headers: noStore });
  } catch {
    return new Response('{}', { status: 503, headers: noStore });
  }
}

const CHALLENGE_TIMEOUT_MS = 5000;

/**
 * Sends the browser's multipart body on to the API as it arrives: nothing is buffered here
 * beyond what the stream holds in flight, whatever the size of the files.
 */
export async function postSubmission(
  slug: string,
  formId: string,
  {
    body,
    contentType,
    forwardedFor,
  }: {
    body: ReadableStream<Uint8Array>;
    contentType: string;
    forwardedFor: string | undefined;
  },
): Promise<ApiAnswer> {
  const headers = new Headers({
    accept: 'application/json, application/problem+json',
    'content-type': contentType,
  });
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  const path = at(intakeRoutes.submit.path, slug, formId);
  const response = await fetch(new URL(path, serverEnv().API_URL), {
    method: 'POST',
    headers,
    body,
    // Node's fetch sends a stream only when told the request goes on while the answer comes.
    duplex: 'half',
    cache: 'no-store',
  } as RequestInit & { duplex: 'half' });
  return answerOf(response);
}

export async function startFollowUp(
  slug: string,
  credentials: { reference: string; code: string },
  forwardedFor: string | undefined,
): Promise<ApiAnswer> {
  return answerOf(
    await callApi(at(intakeRoutes.openFollowUp.path, slug), {
      method: 'POST',
      body: credentials,
      forwardedFor,
    }),
  );
}

export async function readFollowUp(slug: string, token: string): Promise<ApiAnswer> {
  return answerOf(await callApi(at(intakeRoutes.followUp.path, slug), { token }));
}

export async function sendFollowUpMessage(
  slug: string,
  token: string,
  text: string,
): Promise<ApiAnswer> {
  return answerOf(
    await callApi(at(intakeRoutes.addFollowUpMessage.path, slug), {
      method: 'POST',
      token,
      body: { text },
    }),
  );
}

export async function endFollowUp(slug: string, token: string): Promise<ApiAnswer> {
  return answerOf(
    await callApi(at(intakeRoutes.closeFollowUp.path, slug), { method: 'DELETE', token }),
  );
}

/** More files for the case, streamed on to the API like the form's. */
export async function postFollowUpEvidence(
  slug: string,
  token: string,
  { body, contentType }: { body: ReadableStream<Uint8Array>; contentType: string },
): Promise<ApiAnswer> {
  const response = await fetch(
    new URL(at(intakeRoutes.addFollowUpEvidence.path, slug), serverEnv().API_URL),
    {
      method: 'POST',
      headers: {
        accept: 'application/json, application/problem+json',
        authorization: `Bearer ${token}`,
        'content-type': contentType,
      },
      body,
      duplex: 'half',
      cache: 'no-store',
    } as RequestInit & { duplex: 'half' },
  );
  return answerOf(response);
}
