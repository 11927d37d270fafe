'use client';

import { useActionState } from 'react';
import { acceptInvite } from '../invites/accept-invite-action';
import { INITIAL_ACCEPT_INVITE_STATE } from '../invites/accept-invite-state';
import { FormErrorSummary } from './error-summary';
import { FieldError, invalidProps } from './field-error';

/** The form that accepts an invitation; a plain HTML form until JavaScript loads. */
export function AcceptInviteForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(acceptInvite, INITIAL_ACCEPT_INVITE_STATE);
  const { fieldErrors } = state;

  return (
    <form className="form" action={formAction} noValidate>
      <FormErrorSummary
        state={state}
        ids={{ displayName: 'displayName', password: 'password', confirm: 'confirm' }}
      />
      {/* In the POST body, where the secret stays out of logs and history like a password. */}
      <input type="hidden" name="token" value={token} />

      <label htmlFor="displayName">Your name</label>
      <p className="hint">Up to 120 characters.</p>
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

      <label htmlFor="password">Password</label>
      <p className="hint" id="password-hint">
        {state.existingAccount
          ? 'The password of your existing Cairn account.'
          : 'At least 12 characters. A few unrelated words make a good one.'}
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

      <label htmlFor="confirm">Confirm password</label>
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
        {pending ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
