'use server';

import { staffLocale } from '../forms/staff-locale';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AcceptInviteBody } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { forwardedFor } from '../api/client-address';
import {
  CHECK_FIELDS_MESSAGE,
  formText,
  readProblem,
  checkInput,
  stateFromFieldErrors,
  stateFromZodError,
  UNAVAILABLE_MESSAGE,
} from '../forms/form-state';
import {
  ACCEPT_INVITE_FIELDS,
  ACCOUNT_LOCKED_MESSAGE,
  EXISTING_ACCOUNT_MESSAGE,
  INVITE_UNUSABLE_MESSAGE,
  TOO_MANY_ATTEMPTS_MESSAGE,
  type AcceptInviteState,
} from './accept-invite-state';

/** The acceptance form's action: works as a plain HTML form POST and with JavaScript alike. */
export async function acceptInvite(
  _previous: AcceptInviteState,
  form: FormData,
): Promise<AcceptInviteState> {
  const displayName = formText(form, 'displayName');
  const password = formText(form, 'password');
  const locale = await staffLocale();
  const body = checkInput(AcceptInviteBody, {
    token: formText(form, 'token'),
    displayName,
    password,
  });
  if (!body.success) {
    // A token the schema refuses was never a real one: say so rather than "check the fields".
    if (body.error.issues.some(({ path }) => path[0] === 'token'))
      return { displayName, fieldErrors: {}, message: INVITE_UNUSABLE_MESSAGE };
    return { displayName, ...stateFromZodError(ACCEPT_INVITE_FIELDS, body.error, locale) };
  }
  if (password !== formText(form, 'confirm'))
    return {
      displayName,
      fieldErrors: { confirm: 'The two passwords differ' },
      message: CHECK_FIELDS_MESSAGE,
    };

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
    return { displayName, fieldErrors: {}, message: INVITE_UNUSABLE_MESSAGE };
  // The existing account's password is checked as at sign-in: it can be locked, or limited.
  if (response.status === 423)
    return { displayName, existingAccount: true, fieldErrors: {}, message: ACCOUNT_LOCKED_MESSAGE };
  if (response.status === 429)
    return { displayName, fieldErrors: {}, message: TOO_MANY_ATTEMPTS_MESSAGE };
  if (response.status === 401)
    return {
      displayName,
      existingAccount: true,
      fieldErrors: { password: 'Enter the existing password of this Cairn account' },
      message: EXISTING_ACCOUNT_MESSAGE,
    };
  if (problem?.errors?.length)
    return {
      displayName,
      ...stateFromFieldErrors(ACCEPT_INVITE_FIELDS, problem.errors, locale),
    };
  if (response.status === 409)
    return {
      displayName,
      fieldErrors: {},
      message: 'You are already a member of this organisation: sign in instead.',
    };
  return { displayName, fieldErrors: {}, message: UNAVAILABLE_MESSAGE };
}
