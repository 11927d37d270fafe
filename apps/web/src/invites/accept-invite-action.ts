'use server';

import { staffLocale } from '../forms/staff-locale';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AcceptInviteBody } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { forwardedFor } from '../api/client-address';
import { SIGN_IN_MESSAGES } from '../auth/sign-in-messages';
import {
  formText,
  readProblem,
  checkInput,
  stateFromFieldErrors,
  stateFromZodError,
} from '../forms/form-state';
import { FORM_MESSAGES } from '../i18n/form-messages';
import { ACCEPT_INVITE_FIELDS, type AcceptInviteState } from './accept-invite-state';

/** The acceptance form's action: works as a plain HTML form POST and with JavaScript alike. */
export async function acceptInvite(
  _previous: AcceptInviteState,
  form: FormData,
): Promise<AcceptInviteState> {
  const displayName = formText(form, 'displayName');
  const password = formText(form, 'password');
  const locale = await staffLocale();
  const words = SIGN_IN_MESSAGES[locale];
  const refused = (
    state: Omit<AcceptInviteState, 'displayName' | 'locale'>,
  ): AcceptInviteState => ({
    displayName,
    ...state,
    locale,
  });
  const body = checkInput(AcceptInviteBody, {
    token: formText(form, 'token'),
    displayName,
    password,
  });
  if (!body.success) {
    // A token the schema refuses was never a real one: say so rather than "check the fields".
    if (body.error.issues.some(({ path }) => path[0] === 'token'))
      return refused({ fieldErrors: {}, message: words.inviteUnusable });
    return { displayName, ...stateFromZodError(ACCEPT_INVITE_FIELDS, body.error, locale) };
  }
  if (password !== formText(form, 'confirm'))
    return refused({
      fieldErrors: { confirm: words.passwordsDiffer },
      message: FORM_MESSAGES[locale].checkFields,
    });

  // The API counts and audits a wrong password here as at sign-in, per browser address.
  const response = await callApi('/auth/invites/accept', {
    method: 'POST',
    body: body.data,
    forwardedFor: forwardedFor((await headers()).get('x-forwarded-for')),
  });
  // The API opened a session too; this app signs people in only through its own form, so
  // the new member signs in there with what they just chose.
  if (response.ok) redirect('/signin?joined=1');

  const problem = readProblem(await readJson(response));
  if (response.status === 410 || problem?.code === 'invite-unusable')
    return refused({ fieldErrors: {}, message: words.inviteUnusable });
  // The existing account's password is checked as at sign-in: it can be locked, or limited.
  if (response.status === 423)
    return refused({ existingAccount: true, fieldErrors: {}, message: words.accountLockedJoin });
  if (response.status === 429) return refused({ fieldErrors: {}, message: words.tooManyAttempts });
  if (response.status === 401)
    return refused({
      existingAccount: true,
      fieldErrors: { password: words.enterExistingPassword },
      message: words.existingAccount,
    });
  if (problem?.errors?.length)
    return {
      displayName,
      ...stateFromFieldErrors(ACCEPT_INVITE_FIELDS, problem.errors, locale),
    };
  if (response.status === 409) return refused({ fieldErrors: {}, message: words.alreadyMember });
  return refused({ fieldErrors: {}, message: FORM_MESSAGES[locale].unavailable });
}
