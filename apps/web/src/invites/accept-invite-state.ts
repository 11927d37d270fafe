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

export const INVITE_UNUSABLE_MESSAGE =
  'This invitation has expired, was revoked, or was already used — ask your admin for a new one.';
export const EXISTING_ACCOUNT_MESSAGE =
  'This email already has a Cairn account. To join, enter the existing Cairn password of that account in both password fields; it will not be changed.';
export const ACCOUNT_LOCKED_MESSAGE =
  'Too many wrong passwords: this Cairn account is locked for a while. Try again later, or ask an admin.';
export const TOO_MANY_ATTEMPTS_MESSAGE = 'Too many attempts: wait a minute and try again.';
