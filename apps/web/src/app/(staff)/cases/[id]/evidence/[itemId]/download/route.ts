import { evidenceRoutes } from '@cairn/contracts';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { sessionApiToken } from '../../../../../../../auth/session-token';
import { checkedId, fetchApiFile, passFile } from '../../../../../../../evidence/evidence-api';
import { EVIDENCE_MESSAGES } from '../../../../../../../evidence/evidence-messages';
import { staffLocale } from '../../../../../../../forms/staff-locale';

const text = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });

/**
 * The original file, streamed from the API as it decrypts it, with the API's headers: an
 * attachment, `nosniff` and a sandboxing CSP, so an uploaded page, SVG or PDF never runs in
 * Cairn's origin even when opened from here. Each download is written in the custody log,
 * so a link on another site cannot start one.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string; itemId: string }> },
): Promise<Response> {
  const { itemId } = await params;
  const words = EVIDENCE_MESSAGES[await staffLocale()];
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return text('Download evidence from its page in Cairn.', 403);
  }
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const answer = await fetchApiFile(
    evidenceRoutes.download.path.replace('{id}', checkedId(itemId)),
    token,
  );
  if (answer.status === 401) redirect('/signin?ended=1');
  if (!answer.ok || !answer.body) {
    await answer.body?.cancel();
    if (answer.status === 404) return text(words.caseGone, 404);
    if (answer.status === 500) return text(words.verifyUnreadable, 500);
    return text(words.unavailable, 502);
  }
  return passFile(answer, {
    'content-type': 'application/octet-stream',
    'content-disposition': 'attachment',
    'content-security-policy': "sandbox; default-src 'none'",
  });
}
