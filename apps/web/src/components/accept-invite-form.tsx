'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useActionState } from 'react';
import { SIGN_IN_MESSAGES } from '../auth/sign-in-messages';
import { acceptInvite } from '../invites/accept-invite-action';
import { INITIAL_ACCEPT_INVITE_STATE } from '../invites/accept-invite-state';
import { FormErrorSummary } from './error-summary';
import { FieldError, invalidProps } from './field-error';

/** The form that accepts an invitation; a plain HTML form until JavaScript loads. */
export function AcceptInviteForm({
  token,
  locale = 'en',
}: {
  token: string;
  locale?: FieldLocale;
}) {
  const [state, formAction, pending] = useActionState(acceptInvite, {
    ...INITIAL_ACCEPT_INVITE_STATE,
    locale,
  });
  const words = SIGN_IN_MESSAGES[locale];
  const { fieldErrors } = state;

  return (
    <form className="form" action={formAction} noValidate>
      <FormErrorSummary
        state={state}
        ids={{ displayName: 'displayName', password: 'password', confirm: 'confirm' }}
      />
      {/* In the POST body, where the secret stays out of logs and history like a password. */}
      <input type="hidden" name="token" value={token} />

      <label htmlFor="displayName">{words.yourName}</label>
      <p className="hint">{words.nameHint}</p>
      <input
        id="displayName"
        name="displayName"
        type="text"
        autoComplete="name"
        required
        defaultValue={state.displayName}
        {...invalidProps('displayName-error', fieldErrors.displayName)}
      />
      <FieldError id="displayName-error" message={fieldErrors.displayName} />

      <label htmlFor="password">{words.password}</label>
      <p className="hint" id="password-hint">
        {state.existingAccount ? words.existingPasswordHint : words.newPasswordHint}
      </p>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete={state.existingAccount ? 'current-password' : 'new-password'}
        required
        minLength={12}
        aria-invalid={fieldErrors.password ? true : undefined}
        aria-describedby={fieldErrors.password ? 'password-hint password-error' : 'password-hint'}
      />
      <FieldError id="password-error" message={fieldErrors.password} />

      <label htmlFor="confirm">{words.confirmPassword}</label>
      <input
        id="confirm"
        name="confirm"
        type="password"
        autoComplete={state.existingAccount ? 'current-password' : 'new-password'}
        required
        {...invalidProps('confirm-error', fieldErrors.confirm)}
      />
      <FieldError id="confirm-error" message={fieldErrors.confirm} />

      <button type="submit" disabled={pending}>
        {pending ? words.joining : words.join}
      </button>
    </form>
  );
}
