import {
  HelplineChannelKind,
  HelplineService,
  type FieldLocale,
  type HelplineView,
} from '@cairn/contracts';
import { saveHelpline } from '../../content-admin/content-actions';
import { SPARE_CHANNEL_ROWS } from '../../content-admin/helpline-input';
import { CONTENT_MESSAGES, type ContentMessages } from '../../content-admin/content-messages';
import { CaseForm, type FieldGroup } from '../cases/case-form';

type Channel = HelplineView['channels'][number];

function channelGroup(
  row: number,
  channel: Channel | undefined,
  words: ContentMessages,
): FieldGroup {
  return {
    legend: words.channel(row + 1, !channel),
    fields: [
      {
        kind: 'select',
        name: `channels.${row}.kind`,
        label: words.channelKind,
        defaultValue: channel?.kind ?? 'phone',
        options: HelplineChannelKind.options.map((kind) => ({
          value: kind,
          label: words.channels[kind],
        })),
      },
      {
        kind: 'text',
        name: `channels.${row}.value`,
        label: words.channelValue,
        hint: channel ? words.channelRemoveHint : words.channelAddHint,
        defaultValue: channel?.value,
      },
      {
        kind: 'text',
        name: `channels.${row}.label`,
        label: words.channelLabel,
        defaultValue: channel?.label,
      },
      {
        kind: 'checkbox',
        name: `channels.${row}.secure`,
        label: words.channelSecure,
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
  locale = 'en',
}: {
  helpline?: HelplineView;
  /** The organisation's, offered for a new helpline. */
  timeZone: string;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  const channels = helpline?.channels ?? [];
  const rows = channels.length + SPARE_CHANNEL_ROWS;
  return (
    <CaseForm
      action={saveHelpline.bind(null, helpline?.id ?? null)}
      idPrefix={helpline ? 'helpline' : 'new-helpline'}
      submitLabel={helpline ? words.saveHelpline : words.addHelplineButton}
      pendingLabel={words.saving}
      locale={locale}
      groups={[
        {
          legend: words.about,
          fields: [
            {
              kind: 'text',
              name: 'name',
              label: words.name,
              required: true,
              defaultValue: helpline?.name,
            },
            {
              kind: 'textarea',
              name: 'description',
              label: words.description,
              rows: 3,
              defaultValue: helpline?.description,
            },
            {
              kind: 'checkbox',
              name: 'own',
              label: words.ownService,
              defaultChecked: helpline?.own,
            },
            {
              kind: 'checkbox',
              name: 'listed',
              label: words.listedShared,
              defaultChecked: helpline?.listed,
            },
          ],
        },
        {
          legend: words.whoItHelps,
          fields: [
            {
              kind: 'text',
              name: 'languages',
              label: words.languages,
              hint: words.languagesHint,
              required: true,
              defaultValue: helpline?.languages.join(', '),
            },
            {
              kind: 'checkboxes',
              name: 'services',
              label: words.servicesLabel,
              options: HelplineService.options.map((service) => ({
                value: service,
                label: words.services[service],
              })),
              defaultValues: helpline?.services,
            },
            {
              kind: 'text',
              name: 'regions',
              label: words.regions,
              hint: words.regionsHint,
              required: true,
              defaultValue: helpline?.regions.join(', '),
            },
          ],
        },
        {
          legend: words.when,
          fields: [
            {
              kind: 'text',
              name: 'hours',
              label: words.hours,
              hint: words.hoursHint,
              defaultValue: helpline?.hours,
            },
            {
              kind: 'text',
              name: 'timeZone',
              label: words.timeZone,
              hint: words.timeZoneHint,
              required: true,
              defaultValue: helpline?.timeZone ?? timeZone,
            },
            {
              kind: 'text',
              name: 'responseHours',
              label: words.responseHours,
              defaultValue:
                helpline?.responseHours === null || helpline?.responseHours === undefined
                  ? undefined
                  : String(helpline.responseHours),
            },
            {
              kind: 'checkbox',
              name: 'takesUrgent',
              label: words.takesUrgent,
              defaultChecked: helpline?.takesUrgent,
            },
          ],
        },
        ...Array.from({ length: rows }, (_, row) => channelGroup(row, channels[row], words)),
        {
          legend: words.intake,
          fields: [
            {
              kind: 'text',
              name: 'intakeFormId',
              label: words.intakeFormId,
              hint: words.intakeFormHint,
              defaultValue: helpline?.intakeFormId ?? undefined,
            },
          ],
        },
      ]}
    />
  );
}
