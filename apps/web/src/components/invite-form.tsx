'use client';

import { useActionState } from 'react';
import { Role } from '@cairn/contracts';
import { createInvite } from '../staff/invite-actions';
import { INITIAL_INVITE_STATE } from '../staff/invite-state';
import { ROLE_LABELS } from '../staff/role-labels';
import { FormErrorSummary } from './error-summary';
import { FieldError, invalidProps } from './field-error';

/** The invite form; a plain HTML form until JavaScript loads, and after if it never does. */
export function InviteForm() {
  const [state, formAction, pending] = useActionState(createInvite, INITIAL_INVITE_STATE);
  const { fieldErrors } = state;

  return (
    <>
      {state.created?.emailed && (
        <div className="notice" role="status">
          <p>
            Invitation emailed to {state.created.email}. The link in it works once; you can revoke
            the invitation below until it is accepted.
          </p>
        </div>
      )}
      {state.created && !state.created.emailed && (
        <div className="notice" role="status">
          <p>
            Invitation created for {state.created.email}. Copy the link now and send it to them
            privately; it will not be shown again.
          </p>
          <label htmlFor="invite-link">Invitation link</label>
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

        <label htmlFor="invite-email">Email</label>
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

        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          name="role"
          defaultValue="CASEWORKER"
          {...invalidProps('invite-role-error', fieldErrors.role)}
        >
          {Role.options.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id="invite-role-error" message={fieldErrors.role} />

        <button type="submit" disabled={pending}>
          {pending ? 'Inviting…' : 'Invite'}
        </button>
      </form>
    </>
  );
}
