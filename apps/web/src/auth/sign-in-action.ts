'use server';

import { redirect } from 'next/navigation';
import { LoginBody } from '@cairn/contracts';
import { checkInput } from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { STAFF_HOME } from '../staff/sections';
import { decodeLoginFailure, validationFailure } from './login-failure';
import { postToNextAuth } from './next-auth-in-process';
import { stateFromFailure, type SignInState } from './sign-in-state';

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** The sign-in form's action: works as a plain HTML form POST and with JavaScript alike. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = text(form, 'email');
  const password = text(form, 'password');
  const organization = text(form, 'organization');
  const locale = await staffLocale();
  const body = checkInput(LoginBody, {
    email,
    password,
    organization: organization || undefined,
  });
  if (!body.success) return stateFromFailure(validationFailure(body.error), email, locale);

  const landedOn = await postToNextAuth(['callback', 'credentials'], {
    email: body.data.email,
    password: body.data.password,
    ...(body.data.organization ? { organization: body.data.organization } : {}),
  });
  const error = landedOn.searchParams.get('error');
  if (error !== null) return stateFromFailure(decodeLoginFailure(error), email, locale);
  redirect(STAFF_HOME);
}
