import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { evidenceExportRoutes } from '@cairn/contracts';
import { sessionApiToken } from '../../../../../../../../auth/session-token';
import { checkedId, fetchApiFile, passFile } from '../../../../../../../../evidence/evidence-api';
import { EVIDENCE_MESSAGES } from '../../../../../../../../evidence/evidence-messages';
import { staffLocale } from '../../../../../../../../forms/staff-locale';

const text = (body: string, status: number) =>
  new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** A bundle the worker built, streamed from the API; each download is audited there. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string; exportId: string }> },
): Promise<Response> {
  const { id, exportId } = await params;
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return text('Download the bundle from its page in Cairn.', 403);
  }
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const words = EVIDENCE_MESSAGES[await staffLocale()];
  const path = evidenceExportRoutes.download.path
    .replace('{id}', checkedId(id))
    .replace('{exportId}', checkedId(exportId));
  const answer = await fetchApiFile(path, token);
  if (answer.status === 401) redirect('/signin?ended=1');
  if (!answer.ok || !answer.body) {
    await answer.body?.cancel();
    if (answer.status === 404 || answer.status === 409 || answer.status === 410)
      return text(words.progressStatus.EXPIRED, answer.status);
    return text(words.unavailable, 502);
  }
  return passFile(answer, { 'content-type': 'application/zip' });
}
