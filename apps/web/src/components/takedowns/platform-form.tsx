'use client';

import {
  PlatformKind,
  ReportChannel,
  TakedownNoticeType,
  type PlatformView,
} from '@cairn/contracts';
import { createPlatform, updatePlatform } from '../../takedowns/takedown-actions';
import { CHANNEL_LABELS, NOTICE_TYPE_LABELS, PLATFORM_KIND_LABELS } from '../../takedowns/labels';
import { CaseForm } from '../cases/case-form';

/** A platform's facts, each as its own public pages state them, with where they were read. */
export function PlatformForm({ platform }: { platform?: PlatformView }) {
  return (
    <div className="takedown-form">
      <CaseForm
        action={platform ? updatePlatform.bind(null, platform.id) : createPlatform}
        idPrefix={platform ? 'platform-edit' : 'platform'}
        submitLabel={platform ? 'Save the platform' : 'Add the platform'}
        pendingLabel="Saving…"
        groups={[
          {
            fields: [
              {
                kind: 'text',
                name: 'name',
                label: 'Name',
                defaultValue: platform?.name,
                required: true,
              },
              {
                kind: 'select',
                name: 'kind',
                label: 'Kind of service',
                options: PlatformKind.options.map((value) => ({
                  value,
                  label: PLATFORM_KIND_LABELS[value],
                })),
                defaultValue: platform?.kind,
              },
              {
                kind: 'radios',
                name: 'reportChannel',
                label: 'How it takes reports',
                options: ReportChannel.options.map((value) => ({
                  value,
                  label: CHANNEL_LABELS[value],
                })),
                defaultValue: platform?.reportChannel ?? 'WEB_FORM',
              },
              {
                kind: 'text',
                name: 'reportAddress',
                label: 'Report email address or form address',
                hint: 'An email address for email, the full web address of the form for a web form.',
                defaultValue: platform?.reportAddress,
                required: true,
              },
              {
                kind: 'url',
                name: 'sources.reportAddress',
                label: 'Where this was read',
                hint: 'The page of the service itself that gives this address.',
                defaultValue: platform?.sources.reportAddress,
              },
              {
                kind: 'checkboxes',
                name: 'noticeTypes',
                label: 'Notices it takes',
                options: TakedownNoticeType.options.map((value) => ({
                  value,
                  label: NOTICE_TYPE_LABELS[value],
                })),
                defaultValues: platform?.noticeTypes,
              },
              {
                kind: 'text',
                name: 'escalationContact',
                label: 'Escalation contact',
                hint: 'Optional: where to go when reports are left unanswered.',
                defaultValue: platform?.escalationContact ?? '',
              },
              {
                kind: 'text',
                name: 'country',
                label: 'Country of its legal entity',
                hint: 'Two letters, such as IE or US. Optional.',
                defaultValue: platform?.country ?? '',
              },
              {
                kind: 'textarea',
                name: 'notes',
                label: 'Notes',
                rows: 3,
                defaultValue: platform?.notes ?? '',
              },
              ...(platform
                ? [
                    {
                      kind: 'checkbox' as const,
                      name: 'archived',
                      label: 'Archived: no longer offered for new requests',
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
