import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { sessionApiToken } from '../../../../auth/session-token';
import { serverEnv } from '../../../../config/env';
import { currentStaff } from '../../../../staff/current-staff';
import { apiFilterQuery, firstValue, type SearchParams } from '../../../../cases/list-query';

/**
 * The CSV export, through this server: the browser holds no API token, so this adds the
 * session's and streams the API's answer back as a download.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const me = await currentStaff();

  const params: SearchParams = {};
  for (const name of new Set(request.nextUrl.searchParams.keys()))
    params[name] = request.nextUrl.searchParams.getAll(name);
  const query = apiFilterQuery(params, me.organization.timeZone);
  if (firstValue(params, 'includeSurvivor') === 'true') query.set('includeSurvivor', 'true');
  // Sorting and paging belong to the list on screen, not to the export's query.
  query.delete('sort');
  query.delete('order');

  const answer = await fetch(
    new URL(`/cases/export.csv?${query.toString()}`, serverEnv().API_URL),
    {
      headers: { authorization: `Bearer ${token}`, accept: 'text/csv, application/problem+json' },
      cache: 'no-store',
    },
  );
  if (answer.status === 401) redirect('/signin?ended=1');
  if (!answer.ok || !answer.body) {
    return new Response(
      answer.status === 403
        ? 'Your role cannot export cases.\n'
        : answer.status === 400
          ? 'These filters cannot be exported; go back and check them.\n'
          : 'The export did not work right now. Try again in a moment.\n',
      {
        status: answer.status === 403 || answer.status === 400 ? answer.status : 502,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(answer.body, {
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'text/csv; charset=utf-8',
      'content-disposition':
        answer.headers.get('content-disposition') ?? `attachment; filename="cases-${day}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
