import type { FormState } from '../forms/form-state';

export const ACCEPT_INVITE_FIELDS = ['displayName', 'password', 'confirm'] as const;
export type AcceptInviteField = (typeof ACCEPT_INVITE_FIELDS)[number];

/** What the acceptance form shows after an attempt: never the password. */
export interface AcceptInviteState extends FormState<AcceptInviteField> {
  displayName: string;
  /** Set once the API said the email already has an account: its password is what counts. */
  existingAccount?: boolean;
}

export const INITIAL_ACCEPT_INVITE_STATE: AcceptInviteState = { displayName: '', fieldErrors: {} };
