'use server';

import { staffLocale } from '../forms/staff-locale';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { CreatedInviteView, CreateInviteBody, IdParams, type FieldLocale } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { serverEnv } from '../config/env';
import {
  formText,
  readProblem,
  checkInput,
  stateFromFieldErrors,
  stateFromZodError,
} from '../forms/form-state';
import { refusalSentence } from '../forms/refusal';
import { INVITE_FIELDS, type InviteFormState } from './invite-state';
import { requireApiToken } from './staff-api';
import { STAFF_MESSAGES } from './staff-messages';

const STAFF_PATH = '/staff';

/** What the API's refusals of an invitation mean, in the reader's language. */
function inviteRefusals(locale: FieldLocale) {
  const words = STAFF_MESSAGES[locale];
  return { conflict: words.alreadyMember, forbidden: words.cannotInvite };
}

/** The invite form's action: works as a plain HTML form POST and with JavaScript alike. */
export async function createInvite(
  _previous: InviteFormState,
  form: FormData,
): Promise<InviteFormState> {
  const email = formText(form, 'email');
  const locale = await staffLocale();
  const body = checkInput(CreateInviteBody, { email, role: formText(form, 'role') });
  if (!body.success) return { email, ...stateFromZodError(INVITE_FIELDS, body.error, locale) };

  const token = await requireApiToken();
  const response = await callApi('/invites', { method: 'POST', token, body: body.data });
  const answer = await readJson(response);
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.ok) {
    const invite = CreatedInviteView.parse(answer);
    revalidatePath(STAFF_PATH);
    if (invite.emailed || !invite.acceptPath) {
      return {
        email: '',
        fieldErrors: {},
        created: { email: invite.email, emailed: true },
        locale,
      };
    }
    // NEXTAUTH_URL is this app's public origin: the link must open here, not at the API.
    const link = new URL(invite.acceptPath, serverEnv().NEXTAUTH_URL).toString();
    return {
      email: '',
      fieldErrors: {},
      created: { email: invite.email, emailed: false, link },
      locale,
    };
  }

  const problem = readProblem(answer);
  if (problem?.errors?.length)
    return { email, ...stateFromFieldErrors(INVITE_FIELDS, problem.errors, locale) };
  const message = refusalSentence(response.status, answer, locale, inviteRefusals(locale));
  return { email, fieldErrors: {}, message, locale };
}

/** Revokes a pending invitation; the refreshed list shows the outcome either way. */
export async function revokeInvite(form: FormData): Promise<void> {
  const params = IdParams.safeParse({ id: formText(form, 'id') });
  if (!params.success) return;
  const token = await requireApiToken();
  const response = await callApi(`/invites/${params.data.id}`, { method: 'DELETE', token });
  if (response.status === 401) redirect('/signin?ended=1');
  // 404 and 409 mean the invitation is gone or no longer pending: the list now says which.
  if (!response.ok && response.status !== 404 && response.status !== 409)
    throw new Error(`DELETE /invites/{id} answered ${response.status}`);
  revalidatePath(STAFF_PATH);
}
