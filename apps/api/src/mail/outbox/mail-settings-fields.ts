/** The name an organisation's sealed DKIM key is bound to (its row is the organisation). */
export const MAIL_SETTINGS_FIELD = {
  dkimPrivateKey: 'mail_settings.dkim_private_key',
} as const;
