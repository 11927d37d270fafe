import type { FormState } from '../forms/form-state';

export const INVITE_FIELDS = ['email', 'role'] as const;
export type InviteField = (typeof INVITE_FIELDS)[number];

/** What the invite form shows after an attempt. */
export interface InviteFormState extends FormState<InviteField> {
  email: string;
  /**
   * The invitation just created: emailed to the invitee, or, when mail is not set up, with its
   * full link. The link lives only in this answer to the admin's POST: never in a URL or
   * cookie, and the API cannot show it again.
   */
  created?: { email: string; emailed: true } | { email: string; emailed: false; link: string };
}

export const INITIAL_INVITE_STATE: InviteFormState = { email: '', fieldErrors: {} };
