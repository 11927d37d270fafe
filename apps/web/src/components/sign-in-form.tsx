'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useActionState } from 'react';
import { SIGN_IN_MESSAGES } from '../auth/sign-in-messages';
import { signIn } from '../auth/sign-in-action';
import { INITIAL_SIGN_IN_STATE } from '../auth/sign-in-state';
import { FormErrorSummary } from './error-summary';
import { FieldError, invalidProps } from './field-error';

/** The sign-in form; a plain HTML form until JavaScript loads, and after if it never does. */
export function SignInForm({ locale = 'en' }: { locale?: FieldLocale }) {
  const [state, formAction, pending] = useActionState(signIn, {
    ...INITIAL_SIGN_IN_STATE,
    locale,
  });
  const words = SIGN_IN_MESSAGES[locale];

  return (
    <form className="form" action={formAction} noValidate>
      <FormErrorSummary
        state={state}
        ids={{ email: 'email', password: 'password', organization: 'organization' }}
      />

      <label htmlFor="email">{words.email}</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
        {...invalidProps('email-error', state.fieldErrors.email)}
      />
      <FieldError id="email-error" message={state.fieldErrors.email} />

      <label htmlFor="password">{words.password}</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        {...invalidProps('password-error', state.fieldErrors.password)}
      />
      <FieldError id="password-error" message={state.fieldErrors.password} />

      {state.organizations && (
        <fieldset
          id="organization"
          aria-describedby={state.fieldErrors.organization ? 'organization-error' : undefined}
        >
          <legend>{words.organisation}</legend>
          {state.organizations.map(({ slug, name }) => (
            <label className="choice" key={slug}>
              <input type="radio" name="organization" value={slug} required /> {name}
            </label>
          ))}
        </fieldset>
      )}
      <FieldError id="organization-error" message={state.fieldErrors.organization} />

      <button type="submit" disabled={pending}>
        {pending ? words.signingIn : words.signIn}
      </button>
    </form>
  );
}
