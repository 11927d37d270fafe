import { evidenceAnalysisRoutes } from '@cairn/contracts';
import type { NextRequest } from 'next/server';
import { sessionApiToken } from '../../../../../../../auth/session-token';
import { checkedId, fetchApiFile, passFile } from '../../../../../../../evidence/evidence-api';

/**
 * An image item's thumbnail, made by the API, through this server: the browser holds no
 * API token. Only for Cairn's own pages (another site's page cannot show it).
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string; itemId: string }> },
): Promise<Response> {
  const { itemId } = await params;
  if (request.headers.get('sec-fetch-site') === 'cross-site')
    return new Response(null, { status: 403 });
  const token = await sessionApiToken();
  if (!token) return new Response(null, { status: 401 });
  const path = evidenceAnalysisRoutes.thumbnail.path.replace('{id}', checkedId(itemId));
  const answer = await fetchApiFile(path, token);
  if (!answer.ok || !answer.body) {
    await answer.body?.cancel();
    return new Response(null, { status: answer.status === 404 ? 404 : 502 });
  }
  return passFile(answer, { 'content-type': 'image/jpeg' });
}
