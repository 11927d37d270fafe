import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { sessionApiToken } from '../../../../../auth/session-token';
import { serverEnv } from '../../../../../config/env';
import { CONTENT_HOME } from '../../../../../content-admin/document-paths';
import { IMPORT_BODY_LIMIT, startImport } from '../../../../../content-admin/import-archive';
import { IMPORT_MESSAGES } from '../../../../../content-admin/import-messages';
import { IMPORT_REPORT_COOKIE } from '../../../../../content-admin/import-report';
import {
  fitForCookie,
  IMPORT_PAGE,
  importPageHref,
  type ImportState,
} from '../../../../../content-admin/import-state';
import { staffLocale } from '../../../../../forms/staff-locale';
import { sentFromOrigin } from '../../../../../security/same-origin';

/**
 * The guide import, the one upload that needs a large body. Server actions keep Next's
 * 1 MB limit; this handler takes up to 20 MiB, and only from a page of this app with a
 * session, both checked before a byte of the body is read. The proxy does not run here,
 * so the body is not buffered a second time.
 *
 * The API imports the archive in the background. With JavaScript the form posts here with
 * XHR, reads the import to follow as JSON, and asks how far it has got. Without, the browser
 * is sent to the import page following that import, which reloads itself until it is over;
 * an archive refused before it started travels back in a short-lived cookie.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const answer = async (state: ImportState, status = 200): Promise<Response> =>
    wantsJson
      ? NextResponse.json(state, { status, headers: { 'cache-control': 'no-store' } })
      : report(state);

  const words = IMPORT_MESSAGES[await staffLocale()];
  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL)) {
    return new Response(`${words.fromItsPage}\n`, { status: 403 });
  }
  const token = await sessionApiToken();
  if (!token) {
    return wantsJson
      ? NextResponse.json(
          { attempt: 0, problems: [], message: words.signInToImport },
          { status: 401 },
        )
      : NextResponse.redirect(new URL('/signin', serverEnv().NEXTAUTH_URL), 303);
  }
  const length = Number(request.headers.get('content-length') ?? Number.NaN);
  if (!Number.isFinite(length) || length > IMPORT_BODY_LIMIT) {
    return answer({ attempt: 0, problems: [], fieldError: words.overLimit }, 413);
  }

  const form = await request.formData();
  const attempt = Number(form.get('attempt') ?? 0) + 1;
  const state = await startImport(form, token, Number.isSafeInteger(attempt) ? attempt : 1);
  // The file list changes as the import ends; it is read fresh each time anyway.
  revalidatePath(CONTENT_HOME, 'layout');
  if (state.importId && !wantsJson) {
    return NextResponse.redirect(
      new URL(importPageHref(state.importId), serverEnv().NEXTAUTH_URL),
      303,
    );
  }
  return answer(state);
}

/** Back to the import page, with the state it shows in a cookie only that page reads. */
async function report(state: ImportState): Promise<Response> {
  const jar = await cookies();
  jar.set(IMPORT_REPORT_COOKIE, JSON.stringify(fitForCookie(state, 3_000)), {
    path: IMPORT_PAGE,
    httpOnly: true,
    sameSite: 'lax',
    secure: serverEnv().NEXTAUTH_URL.startsWith('https://'),
    maxAge: 60,
  });
  return NextResponse.redirect(new URL(IMPORT_PAGE, serverEnv().NEXTAUTH_URL), 303);
}
