import 'server-only';
import { FollowUpEvidenceReceipt } from '@cairn/contracts';
import type { NextRequest } from 'next/server';
import { serverEnv } from '../config/env';
import { organizationSite } from '../guide/sites';
import { postFollowUpEvidence, validSlug } from '../intake/intake-api';
import { sentFromOrigin } from '../security/same-origin';
import { followUpContext, followUpHref } from './follow-up-page';
import { FOLLOW_UP_COOKIE } from './follow-up-cookie';
import { followUpLocale } from './serve-follow-up';

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/** Why the API kept none of the files, as the notice the follow-up page shows. */
function refusalNotice(status: number, body: unknown): string {
  const errors = (body as { errors?: { code?: string }[] } | null)?.errors ?? [];
  if (errors.some((error) => error.code === 'fileType')) return 'files-type';
  if (status === 413 || errors.some((error) => error.code === 'tooLarge')) return 'files-large';
  return 'files-0';
}

/**
 * More files for a case from its follow-up page: the multipart body streams on to the API.
 * Without JavaScript the answer sends the browser back to the case with what happened; the
 * page's script asks for JSON to show its progress bar and then goes there itself.
 */
export async function addFollowUpEvidence(request: NextRequest, slug: string): Promise<Response> {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const site = validSlug(slug) ? await organizationSite(slug).catch(() => undefined) : undefined;
  if (!site) return new Response('Not found\n', { status: 404 });
  const context = followUpContext(site, slug, followUpLocale(request));
  const back = (done?: string) => {
    const location = new URL(followUpHref(context, done), serverEnv().NEXTAUTH_URL).href;
    return wantsJson
      ? json({ location }, 200)
      : new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
  };
  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL))
    return new Response('Send files from the follow-up page.\n', { status: 403 });
  const token = request.cookies.get(FOLLOW_UP_COOKIE)?.value;
  const contentType = request.headers.get('content-type') ?? '';
  if (!token) return back();
  if (!request.body || !contentType.toLowerCase().startsWith('multipart/form-data'))
    return back('files-0');
  try {
    const answer = await postFollowUpEvidence(slug, token, { body: request.body, contentType });
    const receipt = FollowUpEvidenceReceipt.safeParse(answer.body);
    if (receipt.success) return back(`files-${receipt.data.received}`);
    if (answer.status === 401) return back();
    return back(refusalNotice(answer.status, answer.body));
  } catch (error) {
    console.error('follow-up: the API could not be reached for files', error);
    return back('files-0');
  }
}
