'use client';

import type { TakedownSettingsView } from '@cairn/contracts';
import { updateTakedownSettings } from '../../takedowns/takedown-actions';
import { CaseForm } from '../cases/case-form';

export function TakedownSettingsForm({ settings }: { settings: TakedownSettingsView }) {
  return (
    <div className="takedown-form">
      <CaseForm
        action={updateTakedownSettings}
        idPrefix="takedown-settings"
        submitLabel="Save the settings"
        pendingLabel="Saving…"
        groups={[
          {
            fields: [
              {
                kind: 'checkbox',
                name: 'fourEyes',
                label: 'A second person approves each request (not the one who wrote it)',
                defaultChecked: settings.fourEyes,
              },
              {
                kind: 'text',
                name: 'inboundDomain',
                label: 'Domain of reply addresses',
                hint: 'Replies go to reply+…@ this domain; its mail must reach Cairn’s reply listener.',
                defaultValue: settings.inboundDomain,
              },
            ],
          },
        ]}
      />
    </div>
  );
}
