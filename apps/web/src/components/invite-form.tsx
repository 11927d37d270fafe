'use client';

import { useActionState } from 'react';
import { Role, type FieldLocale } from '@cairn/contracts';
import { createInvite } from '../staff/invite-actions';
import { INITIAL_INVITE_STATE } from '../staff/invite-state';
import { ROLE_LABELS_BY_LOCALE } from '../staff/role-labels';
import { STAFF_MESSAGES } from '../staff/staff-messages';
import { FormErrorSummary } from './error-summary';
import { FieldError, invalidProps } from './field-error';

/** The invite form; a plain HTML form until JavaScript loads, and after if it never does. */
export function InviteForm({ locale = 'en' }: { locale?: FieldLocale }) {
  const [state, formAction, pending] = useActionState(createInvite, {
    ...INITIAL_INVITE_STATE,
    locale,
  });
  const words = STAFF_MESSAGES[locale];
  const { fieldErrors } = state;

  return (
    <>
      {state.created?.emailed && (
        <div className="notice" role="status">
          <p>{words.emailed(state.created.email)}</p>
        </div>
      )}
      {state.created && !state.created.emailed && (
        <div className="notice" role="status">
          <p>{words.created(state.created.email)}</p>
          <label htmlFor="invite-link">{words.inviteLink}</label>
          <input
            id="invite-link"
            className="invite-link"
            type="text"
            readOnly
            value={state.created.link}
          />
        </div>
      )}

      <form className="form" action={formAction} noValidate>
        <FormErrorSummary state={state} ids={{ email: 'invite-email', role: 'invite-role' }} />

        <label htmlFor="invite-email">{words.email}</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={state.email}
          {...invalidProps('invite-email-error', fieldErrors.email)}
        />
        <FieldError id="invite-email-error" message={fieldErrors.email} />

        <label htmlFor="invite-role">{words.role}</label>
        <select
          id="invite-role"
          name="role"
          defaultValue="CASEWORKER"
          {...invalidProps('invite-role-error', fieldErrors.role)}
        >
          {Role.options.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS_BY_LOCALE[locale][role]}
            </option>
          ))}
        </select>
        <FieldError id="invite-role-error" message={fieldErrors.role} />

        <button type="submit" disabled={pending}>
          {pending ? words.inviting : words.invite}
        </button>
      </form>
    </>
  );
}
