import type { FieldLocale } from '@cairn/contracts';
import { localFieldErrors } from '../forms/form-state';
import { FORM_MESSAGES } from '../i18n/form-messages';
import type { LoginFailure } from './login-failure';

export const SIGN_IN_FIELDS = ['email', 'password', 'organization'] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

/** What the sign-in form shows after an attempt: never the password. */
export interface SignInState {
  email: string;
  /** A message about the whole attempt, as opposed to one field. */
  message?: string;
  fieldErrors: Partial<Record<SignInField, string>>;
  /** Set when the user must choose an organisation before signing in. */
  organizations?: { slug: string; name: string }[];
  /** The language the field errors are in, for the words around them. */
  locale?: FieldLocale;
}

export const INITIAL_SIGN_IN_STATE: SignInState = { email: '', fieldErrors: {} };

const MESSAGES: Record<string, string> = {
  'invalid-credentials':
    'That email and password do not match an account. Check them and try again.',
  'account-locked':
    'This account is locked after too many failed attempts. Try again later, or ask an admin of your organisation to unlock it.',
  'rate-limited': 'Too many sign-in attempts. Wait a minute, then try again.',
  'organization-required':
    'You belong to more than one organisation. Choose one and enter your password again.',
};
const UNAVAILABLE_MESSAGE = 'Signing in is not possible right now. Try again in a moment.';

function isSignInField(field: string): field is SignInField {
  return (SIGN_IN_FIELDS as readonly string[]).includes(field);
}

/**
 * Puts field errors on the form's fields. A field is named by its path within the part of
 * the request it belongs to; the path's last segment is the form field's name.
 */
export function fieldErrorsFrom(errors: readonly { field: string; message: string }[]): {
  fieldErrors: SignInState['fieldErrors'];
  unplaced: string[];
} {
  const fieldErrors: SignInState['fieldErrors'] = {};
  const unplaced: string[] = [];
  for (const { field, message } of errors) {
    const name = field.split('.').pop() ?? field;
    if (isSignInField(name)) fieldErrors[name] ??= message;
    else unplaced.push(message);
  }
  return { fieldErrors, unplaced };
}

/** The form state for a sign-in refused by the API, or by the same schema before it. */
export function stateFromFailure(
  failure: LoginFailure,
  email: string,
  locale: FieldLocale = 'en',
): SignInState {
  if (failure.errors && failure.errors.length > 0) {
    const { fieldErrors, unplaced } = fieldErrorsFrom(localFieldErrors(failure.errors, locale));
    return {
      email,
      fieldErrors,
      message: unplaced.length > 0 ? unplaced.join(' ') : FORM_MESSAGES[locale].checkFields,
      locale,
    };
  }
  if (failure.code === 'organization-required') {
    // Without choices to offer, asking to choose would leave the user stuck.
    if (!failure.organizations?.length)
      return { email, fieldErrors: {}, message: UNAVAILABLE_MESSAGE };
    return {
      email,
      fieldErrors: {},
      message: MESSAGES[failure.code],
      organizations: failure.organizations,
    };
  }
  return { email, fieldErrors: {}, message: MESSAGES[failure.code] ?? UNAVAILABLE_MESSAGE };
}
