import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { sessionApiToken } from '../../../../../auth/session-token';
import { readImport } from '../../../../../content-admin/import-archive';
import { IMPORT_MESSAGES } from '../../../../../content-admin/import-messages';
import { staffLocale } from '../../../../../forms/staff-locale';

const Query = z.object({ import: z.uuid(), attempt: z.coerce.number().int().min(0).default(0) });

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * How far an import has got, as the import form (with JavaScript) shows it: the form asks
 * every second until the import is over. Without JavaScript the import page itself reloads.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const words = IMPORT_MESSAGES[await staffLocale()];
  const query = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) {
    return NextResponse.json({ message: words.noSuchImport }, { status: 404, headers: NO_STORE });
  }
  const token = await sessionApiToken();
  if (!token) {
    return NextResponse.json(
      { attempt: query.data.attempt, problems: [], message: words.signInToFollow },
      { status: 401, headers: NO_STORE },
    );
  }
  const state = await readImport(query.data.import, token, query.data.attempt);
  if (!state) {
    return NextResponse.json({ message: words.noSuchImport }, { status: 404, headers: NO_STORE });
  }
  return NextResponse.json(state, { headers: NO_STORE });
}
