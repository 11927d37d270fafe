'use client';

// Types only: the contracts' values would bring every schema, and zod, into the page's
// JavaScript (see bench/staff-js); the server page passes the choices.
import type {
  FieldLocale,
  PlatformKind,
  PlatformView,
  ReportChannel,
  TakedownNoticeType,
} from '@cairn/contracts';
import { createPlatform, updatePlatform } from '../../takedowns/directory-actions';
import { DIRECTORY_MESSAGES } from '../../takedowns/directory-messages';
import { DIRECTORY_LABELS } from '../../takedowns/labels';
import { CaseForm } from '../cases/case-form';

/** What each of the form's lists offers, in the contracts' order. */
export interface PlatformChoices {
  kinds: readonly PlatformKind[];
  channels: readonly ReportChannel[];
  noticeTypes: readonly TakedownNoticeType[];
}

/** A platform's facts, each as its own public pages state them, with where they were read. */
export function PlatformForm({
  platform,
  choices,
  locale,
}: {
  platform?: PlatformView;
  choices: PlatformChoices;
  locale: FieldLocale;
}) {
  const words = DIRECTORY_MESSAGES[locale];
  const labels = DIRECTORY_LABELS[locale];
  return (
    <div className="takedown-form">
      <CaseForm
        action={platform ? updatePlatform.bind(null, platform.id) : createPlatform}
        idPrefix={platform ? 'platform-edit' : 'platform'}
        submitLabel={platform ? words.savePlatform : words.addThePlatform}
        pendingLabel={words.saving}
        locale={locale}
        groups={[
          {
            fields: [
              {
                kind: 'text',
                name: 'name',
                label: words.name,
                defaultValue: platform?.name,
                required: true,
              },
              {
                kind: 'select',
                name: 'kind',
                label: words.kindOfService,
                options: choices.kinds.map((value) => ({
                  value,
                  label: labels.platformKinds[value],
                })),
                defaultValue: platform?.kind,
              },
              {
                kind: 'radios',
                name: 'reportChannel',
                label: words.reportChannel,
                options: choices.channels.map((value) => ({
                  value,
                  label: labels.channels[value],
                })),
                defaultValue: platform?.reportChannel ?? 'WEB_FORM',
              },
              {
                kind: 'text',
                name: 'reportAddress',
                label: words.reportAddress,
                hint: words.reportAddressHint,
                defaultValue: platform?.reportAddress,
                required: true,
              },
              {
                kind: 'url',
                name: 'sources.reportAddress',
                label: words.sourceOfAddress,
                hint: words.sourceOfAddressHint,
                defaultValue: platform?.sources.reportAddress,
              },
              {
                kind: 'checkboxes',
                name: 'noticeTypes',
                label: words.noticesTaken,
                options: choices.noticeTypes.map((value) => ({
                  value,
                  label: labels.noticeTypes[value],
                })),
                defaultValues: platform?.noticeTypes,
              },
              {
                kind: 'text',
                name: 'escalationContact',
                label: words.escalationContact,
                hint: words.escalationContactHint,
                defaultValue: platform?.escalationContact ?? '',
              },
              {
                kind: 'text',
                name: 'country',
                label: words.countryOfEntity,
                hint: words.countryHint,
                defaultValue: platform?.country ?? '',
              },
              {
                kind: 'textarea',
                name: 'notes',
                label: words.notes,
                rows: 3,
                defaultValue: platform?.notes ?? '',
              },
              ...(platform
                ? [
                    {
                      kind: 'checkbox' as const,
                      name: 'archived',
                      label: words.archivedChoice,
                      defaultChecked: platform.archived,
                    },
                  ]
                : []),
            ],
          },
        ]}
      />
    </div>
  );
}
