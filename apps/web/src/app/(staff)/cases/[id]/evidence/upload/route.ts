import { revalidatePath } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { zonedToIso } from '@cairn/contracts';
import { sessionApiToken } from '../../../../../../auth/session-token';
import { serverEnv } from '../../../../../../config/env';
import { checkedId, evidencePage } from '../../../../../../evidence/evidence-api';
import { EVIDENCE_MESSAGES } from '../../../../../../evidence/evidence-messages';
import { putUploadReport } from '../../../../../../evidence/evidence-report';
import { uploadFiles } from '../../../../../../evidence/evidence-upload';
import { staffLocale } from '../../../../../../forms/staff-locale';
import { sentFromOrigin } from '../../../../../../security/same-origin';
import { currentStaff } from '../../../../../../staff/current-staff';

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * Uploads of evidence, one file or many. The body is streamed: each file goes on to the API
 * as its own upload while it arrives, so a 2 GiB video never sits in this server's memory.
 * The proxy is left out of this path (it would buffer a copy of the body).
 *
 * With JavaScript the page sends one file per request and reads the outcome as JSON, to
 * show each file's progress; without, the form sends them all and the outcomes go back to
 * the evidence page in a short-lived cookie.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const caseId = checkedId((await params).id);
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const locale = await staffLocale();
  const words = EVIDENCE_MESSAGES[locale];
  const page = new URL(evidencePage(caseId), serverEnv().NEXTAUTH_URL);

  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL)) {
    return new Response('Upload evidence from its page in Cairn.\n', { status: 403 });
  }
  const token = await sessionApiToken();
  if (!token) {
    return wantsJson
      ? NextResponse.json({ message: words.signInAgain, outcomes: [] }, { status: 401 })
      : NextResponse.redirect(new URL('/signin', serverEnv().NEXTAUTH_URL), 303);
  }
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body || !contentType.startsWith('multipart/form-data')) {
    return wantsJson
      ? NextResponse.json({ message: words.chooseFiles, outcomes: [] }, { status: 400 })
      : NextResponse.redirect(page, 303);
  }
  const timeZone = (await currentStaff()).organization.timeZone;

  const outcomes = await uploadFiles({
    caseId,
    token,
    headers: request.headers,
    body: request.body,
    words,
    locale,
    toInstant: (local) => zonedToIso(local, timeZone),
  });
  if (outcomes.some((outcome) => outcome.stored)) revalidatePath(evidencePage(caseId), 'layout');
  const message =
    outcomes.length === 0
      ? words.chooseFiles
      : words.uploadReport(
          outcomes.filter((outcome) => outcome.stored).length,
          outcomes.filter((outcome) => !outcome.stored).length,
        );

  if (wantsJson) {
    const refused = outcomes.length === 0 || outcomes.some((outcome) => !outcome.stored);
    return NextResponse.json(
      { message, outcomes },
      { status: refused ? 400 : 200, headers: NO_STORE },
    );
  }
  await putUploadReport(caseId, {
    // With no file, the one sentence says it all.
    message: outcomes.length === 0 ? '' : message,
    outcomes:
      outcomes.length === 0
        ? [{ fileName: '', stored: false, sentence: words.chooseFiles }]
        : outcomes,
  });
  return NextResponse.redirect(page, 303);
}
