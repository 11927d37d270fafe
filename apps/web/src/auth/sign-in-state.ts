import type { FieldLocale } from '@cairn/contracts';
import { localFieldErrors } from '../forms/form-state';
import { FORM_MESSAGES } from '../i18n/form-messages';
import type { LoginFailure } from './login-failure';
import { SIGN_IN_MESSAGES } from './sign-in-messages';

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

/** The sentence for a refusal the API names by code, in the reader's language. */
function failureMessage(code: string, locale: FieldLocale): string {
  const words = SIGN_IN_MESSAGES[locale].failures;
  switch (code) {
    case 'invalid-credentials':
      return words.invalidCredentials;
    case 'account-locked':
      return words.accountLocked;
    case 'rate-limited':
      return words.rateLimited;
    case 'organization-required':
      return words.organizationRequired;
    default:
      return words.unavailable;
  }
}

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
      return { email, fieldErrors: {}, message: failureMessage('unavailable', locale), locale };
    return {
      email,
      fieldErrors: {},
      message: failureMessage(failure.code, locale),
      organizations: failure.organizations,
      locale,
    };
  }
  return { email, fieldErrors: {}, message: failureMessage(failure.code, locale), locale };
}
