'use client';

import type { FieldLocale, MailSettingsView } from '@cairn/contracts';
import { saveMailSettings } from '../../mail/mail-settings-actions';
import { MAIL_MESSAGES } from '../../mail/mail-messages';
import { CaseForm } from '../cases/case-form';

/** The organisation's sending address and its DKIM signing key. */
export function MailSettingsForm({
  settings,
  locale,
}: {
  settings: MailSettingsView;
  locale: FieldLocale;
}) {
  const words = MAIL_MESSAGES[locale];
  return (
    <CaseForm
      action={saveMailSettings}
      idPrefix="mail-settings"
      submitLabel={words.save}
      pendingLabel={words.saving}
      locale={locale}
      groups={[
        {
          legend: words.sender,
          fields: [
            {
              kind: 'text',
              name: 'fromAddress',
              label: words.fromAddress,
              hint: words.fromAddressHint(settings.defaultFrom),
              defaultValue: settings.fromAddress ?? '',
            },
            {
              kind: 'text',
              name: 'fromName',
              label: words.fromName,
              hint: words.fromNameHint,
              defaultValue: settings.fromName ?? '',
            },
          ],
        },
        {
          legend: words.dkimLegend,
          fields: [
            {
              kind: 'text',
              name: 'dkim.domain',
              label: words.dkimDomain,
              hint: words.dkimDomainHint,
              defaultValue: settings.dkim?.domain ?? '',
            },
            {
              kind: 'text',
              name: 'dkim.selector',
              label: words.dkimSelector,
              hint: words.dkimSelectorHint,
              defaultValue: settings.dkim?.selector ?? '',
            },
            {
              kind: 'textarea',
              name: 'dkim.privateKey',
              label: words.privateKey,
              hint: settings.dkim ? words.privateKeyStoredHint : words.privateKeyHint,
              rows: 6,
            },
            ...(settings.dkim
              ? [
                  {
                    kind: 'checkbox' as const,
                    name: 'stopSigning',
                    label: words.stopSigning,
                  },
                ]
              : []),
          ],
        },
      ]}
    />
  );
}
