import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { caseRoutes, ExportLocale } from '@cairn/contracts';
import { sessionApiToken } from '../../../../auth/session-token';
import { serverEnv } from '../../../../config/env';
import { sentFromOrigin } from '../../../../security/same-origin';
import { currentStaff } from '../../../../staff/current-staff';
import { apiFilterQuery, firstValue, type SearchParams } from '../../../../cases/list-query';

/**
 * The reader's language for the file's words: the first language their browser asks for
 * that the export writes (browsers list them in order of preference). Left to the
 * organisation's language when none is.
 */
function readerLocale(acceptLanguage: string | null): ExportLocale | undefined {
  for (const range of (acceptLanguage ?? '').split(',')) {
    const language = range.split(';')[0]!.trim().split('-')[0]!.toLowerCase();
    const known = ExportLocale.safeParse(language);
    if (known.success) return known.data;
  }
  return undefined;
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The CSV export, through this server: the browser holds no API token, so this adds the
 * session's and streams the API's answer back as a download. Only a POST from a page of
 * this app starts it (a link or a form on another site cannot), and the filters travel in
 * the form's body, so a search never sits in an address bar or a log.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL)) {
    return text('Start the export from the case list in Cairn.\n', 403);
  }
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const me = await currentStaff();

  const form = await request.formData();
  const params: SearchParams = {};
  for (const name of new Set(form.keys()))
    params[name] = form.getAll(name).filter((value) => typeof value === 'string');
  const query = apiFilterQuery(params, me.organization.timeZone);
  if (firstValue(params, 'includeSurvivor') === 'true') query.set('includeSurvivor', 'true');
  const locale = readerLocale(request.headers.get('accept-language'));
  if (locale) query.set('locale', locale);
  // Sorting and paging belong to the list on screen, not to the export's query.
  query.delete('sort');
  query.delete('order');

  const answer = await fetch(
    new URL(`${caseRoutes.exportCsv.path}?${query.toString()}`, serverEnv().API_URL),
    {
      method: caseRoutes.exportCsv.method,
      headers: { authorization: `Bearer ${token}`, accept: 'text/csv, application/problem+json' },
      cache: 'no-store',
    },
  );
  if (answer.status === 401) redirect('/signin?ended=1');
  if (!answer.ok || !answer.body) {
    switch (answer.status) {
      case 403:
        return text('Your role cannot export cases.\n', 403);
      case 400:
        return text('These filters cannot be exported; go back and check them.\n', 400);
      case 429:
        return text(
          'Other exports of your organisation are still running. Try again when one has finished.\n',
          429,
        );
      default:
        return text('The export did not work right now. Try again in a moment.\n', 502);
    }
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
