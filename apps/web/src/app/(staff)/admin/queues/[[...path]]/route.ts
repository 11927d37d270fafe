import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { sessionApiToken } from '../../../../../auth/session-token';
import { serverEnv } from '../../../../../config/env';
import { dashboardAnswer, dashboardApiUrl } from '../../../../../queue-dashboard/queue-dashboard';
import { sentFromOrigin } from '../../../../../security/same-origin';

type Context = { params: Promise<{ path?: string[] }> };

const text = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * The job queues' dashboard (bull-board), which the API serves to the deployment's operators:
 * every request, its page, assets and data alike, goes on with the session's API token, and
 * the API decides who may see it (anyone else: 404). A change (retry, clean, pause) must come
 * from a page of this app.
 */
async function forward(request: NextRequest, { params }: Context): Promise<Response> {
  const changes = request.method !== 'GET' && request.method !== 'HEAD';
  if (changes && !sentFromOrigin(request, serverEnv().NEXTAUTH_URL)) {
    return text('Use the job queues from their page in Cairn.', 403);
  }
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const url = dashboardApiUrl((await params).path ?? [], request.nextUrl.search);
  if (!url) return text('No such page.', 404);
  const headers = new Headers({ authorization: `Bearer ${token}` });
  for (const name of ['accept', 'content-type'] as const) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const answer = await fetch(url, {
    method: request.method,
    headers,
    body: changes ? await request.arrayBuffer() : undefined,
    cache: 'no-store',
    redirect: 'manual',
  });
  if (answer.status === 401 && !changes && request.headers.get('sec-fetch-dest') === 'document') {
    await answer.body?.cancel();
    redirect('/signin?ended=1');
  }
  return dashboardAnswer(answer);
}

export { forward as GET, forward as PUT, forward as POST, forward as PATCH, forward as DELETE };
