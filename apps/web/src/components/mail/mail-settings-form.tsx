'use client';

import type { MailSettingsView } from '@cairn/contracts';
import { saveMailSettings } from '../../mail/mail-settings-actions';
import { CaseForm } from '../cases/case-form';

/** The organisation's sending address and its DKIM signing key. */
export function MailSettingsForm({ settings }: { settings: MailSettingsView }) {
  return (
    <CaseForm
      action={saveMailSettings}
      idPrefix="mail-settings"
      submitLabel="Save mail settings"
      pendingLabel="Saving…"
      groups={[
        {
          legend: 'Sender',
          fields: [
            {
              kind: 'text',
              name: 'fromAddress',
              label: 'Sending address',
              hint: `The address emails come from. Leave it empty to use ${settings.defaultFrom}.`,
              defaultValue: settings.fromAddress ?? '',
            },
            {
              kind: 'text',
              name: 'fromName',
              label: 'Sender name',
              hint: 'Shown beside the address, such as the name of your helpline.',
              defaultValue: settings.fromName ?? '',
            },
          ],
        },
        {
          legend: 'DKIM signature',
          fields: [
            {
              kind: 'text',
              name: 'dkim.domain',
              label: 'Signing domain',
              hint: 'The domain of your sending address, such as helpline.example.org.',
              defaultValue: settings.dkim?.domain ?? '',
            },
            {
              kind: 'text',
              name: 'dkim.selector',
              label: 'Selector',
              hint: 'A name for this key, such as cairn2026.',
              defaultValue: settings.dkim?.selector ?? '',
            },
            {
              kind: 'textarea',
              name: 'dkim.privateKey',
              label: 'Private key',
              hint: settings.dkim
                ? 'A key is stored and is never shown again. Paste a new one (PEM) only to replace it.'
                : 'The private key in PEM form (RSA of 2048 bits or more, or Ed25519). It is stored encrypted and never shown again.',
              rows: 6,
            },
            ...(settings.dkim
              ? [
                  {
                    kind: 'checkbox' as const,
                    name: 'stopSigning',
                    label: 'Stop signing emails and forget the stored key',
                  },
                ]
              : []),
          ],
        },
      ]}
    />
  );
}
