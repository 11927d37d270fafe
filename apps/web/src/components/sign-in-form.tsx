'use client';

import { useActionState } from 'react';
import { signIn } from '../auth/sign-in-action';
import { INITIAL_SIGN_IN_STATE, type SignInField, type SignInState } from '../auth/sign-in-state';

function FieldError({ state, field }: { state: SignInState; field: SignInField }) {
  const message = state.fieldErrors[field];
  if (!message) return null;
  return (
    <p className="field-error" id={`${field}-error`}>
      {message}
    </p>
  );
}

function describedBy(state: SignInState, field: SignInField): string | undefined {
  return state.fieldErrors[field] ? `${field}-error` : undefined;
}

/** The sign-in form; a plain HTML form until JavaScript loads, and after if it never does. */
export function SignInForm() {
  const [state, formAction, pending] = useActionState(signIn, INITIAL_SIGN_IN_STATE);

  return (
    <form className="form" action={formAction}>
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}

      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        aria-invalid={state.fieldErrors.email ? true : undefined}
        aria-describedby={describedBy(state, 'email')}
      />
      <FieldError state={state} field="email" />

      <label htmlFor="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-invalid={state.fieldErrors.password ? true : undefined}
        aria-describedby={describedBy(state, 'password')}
      />
      <FieldError state={state} field="password" />

      {state.organizations && (
        <fieldset aria-describedby={describedBy(state, 'organization')}>
          <legend>Organisation</legend>
          {state.organizations.map(({ slug, name }) => (
            <label className="choice" key={slug}>
              <input type="radio" name="organization" value={slug} required /> {name}
            </label>
          ))}
        </fieldset>
      )}
      <FieldError state={state} field="organization" />

      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
