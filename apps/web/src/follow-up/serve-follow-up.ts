import 'server-only';
import { FollowUpSession, FollowUpView } from '@cairn/contracts';
import type { NextRequest } from 'next/server';
import { forwardedFor } from '../api/client-address';
import { serverEnv } from '../config/env';
import { readProblem } from '../forms/form-state';
import { INTAKE_ASSETS } from '../guide/assets/guide-assets';
import type { Html } from '../guide/html/html';
import { organizationSite } from '../guide/sites';
import {
  endFollowUp,
  readFollowUp,
  sendFollowUpMessage,
  startFollowUp,
  validSlug,
} from '../intake/intake-api';
import { INTAKE_LOCALES } from '../intake/intake-messages';
import { intakeDocument } from '../intake/intake-page';
import { intakeResponse } from '../intake/serve-intake';
import { waitWords } from '../intake/intake-problems';
import { clearedCookie, FOLLOW_UP_COOKIE, sessionCookie } from './follow-up-cookie';
import { sentFromOrigin } from '../security/same-origin';
import {
  casePage,
  followUpContext,
  followUpHref,
  signInPage,
  type FollowUpContext,
} from './follow-up-page';

const FOLLOW_UP = /^\/o\/([^/]+)\/follow-up$/;

function isSecure(request: NextRequest): boolean {
  return request.nextUrl.protocol === 'https:' || serverEnv().NEXTAUTH_URL.startsWith('https:');
}

export function followUpLocale(request: NextRequest): string {
  const asked = request.nextUrl.searchParams.get('lang') ?? '';
  return INTAKE_LOCALES.includes(asked) ? asked : 'en';
}

function page(
  context: FollowUpContext,
  content: { title: string; body: Html },
  status = 200,
): Response {
  return intakeResponse(intakeDocument(context, INTAKE_ASSETS, content), status);
}

/** A redirect after a post. Next wants the location whole, and gives it back relative to this host. */
function seeOther(request: NextRequest, location: string, cookie?: string): Response {
  const headers = new Headers({
    location: new URL(location, request.nextUrl).href,
    'cache-control': 'no-store',
  });
  if (cookie) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** A page that answers with the sign-in form again, forgetting a session the API ended. */
function signInAgain(
  request: NextRequest,
  context: FollowUpContext,
  state: Parameters<typeof signInPage>[1],
  status: number,
  hadSession: boolean,
): Response {
  const response = page(context, signInPage(context, state), status);
  if (hadSession)
    response.headers.append('set-cookie', clearedCookie(context.slug, isSecure(request)));
  return response;
}

const NOTICES = (context: FollowUpContext, done: string | null): string | undefined => {
  const { messages } = context;
  if (done === 'message') return messages.messageSent;
  if (done === 'ended') return messages.sessionEnded;
  if (done === 'files-type') return messages.fieldErrors.fileType;
  if (done === 'files-large') return messages.tooLarge;
  const files = /^files-(\d{1,4})$/.exec(done ?? '');
  return files ? messages.filesReceived(Number(files[1])) : undefined;
};

async function showCase(
  request: NextRequest,
  context: FollowUpContext,
  token: string,
  extra: { notice?: string; messageError?: string; typed?: string; filesError?: string } = {},
  status = 200,
): Promise<Response> {
  const answer = await readFollowUp(context.slug, token);
  if (answer.status === 401 || answer.status === 404)
    return signInAgain(request, context, { notice: context.messages.followUpExpired }, 200, true);
  const view = FollowUpView.safeParse(answer.body);
  if (!view.success)
    return page(context, signInPage(context, { problem: context.messages.unavailable }), 503);
  return page(context, casePage(context, { view: view.data, ...extra }), status);
}

async function signIn(
  request: NextRequest,
  context: FollowUpContext,
  form: FormData,
): Promise<Response> {
  const { messages, slug, locale } = context;
  const reference = String(form.get('reference') ?? '').trim();
  const code = String(form.get('code') ?? '').trim();
  if (!reference || !code)
    return page(
      context,
      signInPage(context, { reference, missing: { reference: !reference, code: !code } }),
      400,
    );
  const answer = await startFollowUp(
    slug,
    { reference, code },
    forwardedFor(request.headers.get('x-forwarded-for')),
  );
  const session = FollowUpSession.safeParse(answer.body);
  if ((answer.status === 201 || answer.status === 200) && session.success)
    return seeOther(
      request,
      followUpHref({ slug, locale }),
      sessionCookie(slug, session.data.token, isSecure(request)),
    );
  if (answer.status === 429) {
    const wait = waitWords(locale, answer.retryAfter);
    return page(
      context,
      signInPage(context, {
        reference,
        problem: wait ? messages.followUpLocked(wait) : messages.tooManySoon,
      }),
      429,
    );
  }
  if (answer.status === 401 || answer.status === 400)
    return page(
      context,
      signInPage(context, { reference, problem: messages.followUpRefused }),
      401,
    );
  return page(context, signInPage(context, { reference, problem: messages.unavailable }), 503);
}

async function addMessage(
  request: NextRequest,
  context: FollowUpContext,
  token: string,
  form: FormData,
): Promise<Response> {
  const text = String(form.get('text') ?? '');
  if (text.trim() === '')
    return showCase(request, context, token, { messageError: context.messages.messageEmpty }, 400);
  const answer = await sendFollowUpMessage(context.slug, token, text);
  if (answer.status === 201 || answer.status === 200)
    return seeOther(request, followUpHref(context, 'message'));
  if (answer.status === 401)
    return signInAgain(request, context, { notice: context.messages.followUpExpired }, 200, true);
  const problem = readProblem(answer.body);
  const tooLong = problem?.errors?.find((error) => error.code === 'charactersAtMost');
  const messageError = tooLong
    ? context.messages.charactersAtMost(Number(tooLong.params?.max ?? 5000))
    : answer.status === 400
      ? context.messages.fieldErrors.text
      : context.messages.unavailable;
  return showCase(
    request,
    context,
    token,
    { messageError, typed: text },
    answer.status === 400 ? 400 : 503,
  );
}

/**
 * `/o/<slug>/follow-up`: the reference-and-code form, or, with a session, the case. Its
 * posts are small forms (sign in, a message, end the session); files go to `/evidence`,
 * which streams. Undefined for any other path.
 */
export function serveFollowUpRequest(request: NextRequest): Promise<Response> | undefined {
  const match = FOLLOW_UP.exec(request.nextUrl.pathname);
  if (!match?.[1]) return undefined;
  return followUp(request, decodeURIComponent(match[1]));
}

async function followUp(request: NextRequest, slug: string): Promise<Response> {
  const site = validSlug(slug) ? await organizationSite(slug).catch(() => undefined) : undefined;
  if (!site)
    return new Response('Not found\n', { status: 404, headers: { 'cache-control': 'no-store' } });
  const context = followUpContext(site, slug, followUpLocale(request));
  const token = request.cookies.get(FOLLOW_UP_COOKIE)?.value;

  if (request.method === 'GET' || request.method === 'HEAD') {
    const notice = NOTICES(context, request.nextUrl.searchParams.get('done'));
    if (!token) return page(context, signInPage(context, { notice }));
    return showCase(request, context, token, { notice });
  }
  if (request.method !== 'POST')
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD, POST' } });
  if (!sentFromOrigin(request, serverEnv().NEXTAUTH_URL))
    return new Response('Send this form from its page.\n', { status: 403 });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return seeOther(request, followUpHref(context));
  }
  const action = form.get('_action');
  if (action === 'sign-in') return signIn(request, context, form);
  if (!token)
    return signInAgain(request, context, { notice: context.messages.followUpExpired }, 200, false);
  if (action === 'message') return addMessage(request, context, token, form);
  if (action === 'end') {
    await endFollowUp(slug, token).catch(() => undefined);
    return seeOther(
      request,
      followUpHref(context, 'ended'),
      clearedCookie(slug, isSecure(request)),
    );
  }
  return seeOther(request, followUpHref(context));
}
