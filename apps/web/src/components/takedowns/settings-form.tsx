'use client';

import type { FieldLocale, TakedownSettingsView } from '@cairn/contracts';
import { updateTakedownSettings } from '../../takedowns/directory-actions';
import { DIRECTORY_MESSAGES } from '../../takedowns/directory-messages';
import { CaseForm } from '../cases/case-form';

export function TakedownSettingsForm({
  settings,
  locale,
}: {
  settings: TakedownSettingsView;
  locale: FieldLocale;
}) {
  const words = DIRECTORY_MESSAGES[locale];
  return (
    <div className="takedown-form">
      <CaseForm
        action={updateTakedownSettings}
        idPrefix="takedown-settings"
        submitLabel={words.saveSettings}
        pendingLabel={words.saving}
        locale={locale}
        groups={[
          {
            fields: [
              {
                kind: 'checkbox',
                name: 'fourEyes',
                label: words.fourEyes,
                defaultChecked: settings.fourEyes,
              },
              {
                kind: 'text',
                name: 'inboundDomain',
                label: words.inboundDomain,
                hint: words.inboundDomainHint,
                defaultValue: settings.inboundDomain,
              },
            ],
          },
        ]}
      />
    </div>
  );
}
