import { HelplineChannelKind, HelplineService, type HelplineView } from '@cairn/contracts';
import { saveHelpline } from '../../content-admin/content-actions';
import { SPARE_CHANNEL_ROWS } from '../../content-admin/helpline-input';
import { CHANNEL_LABELS, SERVICE_LABELS } from '../../content-admin/labels';
import { CaseForm, type FieldGroup } from '../cases/case-form';

type Channel = HelplineView['channels'][number];

function channelGroup(row: number, channel: Channel | undefined): FieldGroup {
  return {
    legend: `Channel ${row + 1}${channel ? '' : ' (new)'}`,
    fields: [
      {
        kind: 'select',
        name: `channels.${row}.kind`,
        label: 'Kind',
        defaultValue: channel?.kind ?? 'phone',
        options: HelplineChannelKind.options.map((kind) => ({
          value: kind,
          label: CHANNEL_LABELS[kind],
        })),
      },
      {
        kind: 'text',
        name: `channels.${row}.value`,
        label: 'Number, address or link',
        hint: channel ? 'Empty it to remove this channel.' : 'Leave empty to add no channel.',
        defaultValue: channel?.value,
      },
      {
        kind: 'text',
        name: `channels.${row}.label`,
        label: 'Label (optional)',
        defaultValue: channel?.label,
      },
      {
        kind: 'checkbox',
        name: `channels.${row}.secure`,
        label: 'Secure: safe from someone watching the device or the line',
        defaultChecked: channel?.secure,
      },
    ],
  };
}

/**
 * Adds a helpline, or changes one. Channels are rows: the helpline's own and a spare one to
 * fill in, so a channel can be added or removed without JavaScript.
 */
export function HelplineForm({
  helpline,
  timeZone,
}: {
  helpline?: HelplineView;
  /** The organisation's, offered for a new helpline. */
  timeZone: string;
}) {
  const channels = helpline?.channels ?? [];
  const rows = channels.length + SPARE_CHANNEL_ROWS;
  return (
    <CaseForm
      action={saveHelpline.bind(null, helpline?.id ?? null)}
      idPrefix={helpline ? 'helpline' : 'new-helpline'}
      submitLabel={helpline ? 'Save helpline' : 'Add helpline'}
      pendingLabel="Saving…"
      groups={[
        {
          legend: 'About',
          fields: [
            {
              kind: 'text',
              name: 'name',
              label: 'Name',
              required: true,
              defaultValue: helpline?.name,
            },
            {
              kind: 'textarea',
              name: 'description',
              label: 'Description',
              rows: 3,
              defaultValue: helpline?.description,
            },
            {
              kind: 'checkbox',
              name: 'own',
              label: "Your organisation's own service: shown first in your guide",
              defaultChecked: helpline?.own,
            },
            {
              kind: 'checkbox',
              name: 'listed',
              label: "Listed in the shared guide's directory of helplines",
              defaultChecked: helpline?.listed,
            },
          ],
        },
        {
          legend: 'Who it helps',
          fields: [
            {
              kind: 'text',
              name: 'languages',
              label: 'Languages',
              hint: 'Language tags, separated by commas: en, fr.',
              required: true,
              defaultValue: helpline?.languages.join(', '),
            },
            {
              kind: 'checkboxes',
              name: 'services',
              label: 'Services',
              options: HelplineService.options.map((service) => ({
                value: service,
                label: SERVICE_LABELS[service],
              })),
              defaultValues: helpline?.services,
            },
            {
              kind: 'text',
              name: 'regions',
              label: 'Regions',
              hint: 'Country codes separated by commas (FR, BE), or global.',
              required: true,
              defaultValue: helpline?.regions.join(', '),
            },
          ],
        },
        {
          legend: 'When',
          fields: [
            {
              kind: 'text',
              name: 'hours',
              label: 'Opening hours',
              hint: 'As people write them: Mon–Fri 9:00–18:00.',
              defaultValue: helpline?.hours,
            },
            {
              kind: 'text',
              name: 'timeZone',
              label: 'Time zone',
              hint: 'Such as Europe/Paris.',
              required: true,
              defaultValue: helpline?.timeZone ?? timeZone,
            },
            {
              kind: 'text',
              name: 'responseHours',
              label: 'Usual first answer, in hours (optional)',
              defaultValue:
                helpline?.responseHours === null || helpline?.responseHours === undefined
                  ? undefined
                  : String(helpline.responseHours),
            },
            {
              kind: 'checkbox',
              name: 'takesUrgent',
              label: 'Takes urgent cases',
              defaultChecked: helpline?.takesUrgent,
            },
          ],
        },
        ...Array.from({ length: rows }, (_, row) => channelGroup(row, channels[row])),
        {
          legend: 'Intake',
          fields: [
            {
              kind: 'text',
              name: 'intakeFormId',
              label: 'Intake form id (optional)',
              hint: 'The id of a form in your guide that people fill in to reach this helpline.',
              defaultValue: helpline?.intakeFormId ?? undefined,
            },
          ],
        },
      ]}
    />
  );
}
