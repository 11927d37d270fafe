/** The names a caught message's sealed fields are bound to (with the organisation and row). */
export const CAUGHT_MAIL_FIELD = {
  envelope: 'caught_mail.envelope',
  raw: 'caught_mail.raw',
} as const;
