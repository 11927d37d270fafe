import { ContactChannel, type CaseView } from '@cairn/contracts';
import { RISK_SCREENING_QUESTIONS } from '../../cases/case-bodies';
import { editCase } from '../../cases/case-actions';
import {
  ABUSE_TYPE_LABELS,
  CHANNEL_LABELS,
  optionsOf,
  RISK_LABELS,
  RISK_SCREENING_LABELS,
} from '../../cases/labels';
import { countryChoices, languageChoices, withValue } from '../../cases/choice-lists';
import { CaseForm, type FieldSpec } from './case-form';

const TRI_STATE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

const answer = (value: boolean | null | undefined) =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';

/**
 * The restriction box, only where ticking or unticking it will be accepted: a restricted
 * case is opened up only by those who may lift the restriction.
 */
function restrictionField(item: CaseView): FieldSpec[] {
  if (item.restricted && !item.may.liftRestriction) return [];
  return [
    {
      kind: 'checkbox',
      name: 'restricted',
      label: 'Restricted: only assigned staff and supervisors may see this case',
      defaultChecked: item.restricted,
    },
  ];
}

/** Every field the case was opened with, filled with what it holds now. */
export function EditCaseForm({ item }: { item: CaseView }) {
  const { survivor } = item;
  return (
    <CaseForm
      action={editCase.bind(null, item.id)}
      idPrefix="edit-case"
      submitLabel="Save changes"
      pendingLabel="Saving…"
      groups={[
        {
          legend: 'The case',
          fields: [
            {
              kind: 'text',
              name: 'title',
              label: 'Title',
              required: true,
              maxLength: 200,
              defaultValue: item.title,
            },
            {
              kind: 'textarea',
              name: 'summary',
              label: 'Summary',
              rows: 5,
              defaultValue: item.summary,
            },
            {
              kind: 'checkboxes',
              name: 'abuseTypes',
              label: 'Abuse types',
              options: optionsOf(ABUSE_TYPE_LABELS),
              defaultValues: item.abuseTypes,
            },
            {
              kind: 'text',
              name: 'platforms',
              label: 'Platforms',
              hint: 'Separated by commas, such as: Instagram, TikTok',
              defaultValue: item.platforms.join(', '),
            },
            {
              kind: 'text',
              name: 'tags',
              label: 'Tags',
              hint: 'Separated by commas.',
              defaultValue: item.tags.join(', '),
            },
            ...restrictionField(item),
          ],
        },
        {
          legend: 'Risk',
          fields: [
            {
              kind: 'select',
              name: 'riskLevel',
              label: 'Risk level',
              defaultValue: item.riskLevel,
              options: optionsOf(RISK_LABELS),
            },
            ...RISK_SCREENING_QUESTIONS.map((question) => ({
              kind: 'radios' as const,
              name: `riskScreening.${question}`,
              label: RISK_SCREENING_LABELS[question] ?? question,
              options: TRI_STATE,
              defaultValue: answer(item.riskScreening[question]),
            })),
          ],
        },
        {
          legend: 'Survivor',
          fields: [
            {
              kind: 'text',
              name: 'survivor.name',
              label: 'Name',
              required: true,
              maxLength: 200,
              defaultValue: survivor.name,
            },
            {
              kind: 'checkbox',
              name: 'survivor.isPseudonym',
              label: 'This is a pseudonym',
              defaultChecked: survivor.isPseudonym,
            },
            {
              kind: 'choice',
              name: 'survivor.preferredLanguage',
              label: 'Preferred language',
              hint: 'Type to search by name or code, such as French or fr.',
              options: withValue(languageChoices(), survivor.preferredLanguage),
              defaultValue: survivor.preferredLanguage,
              required: true,
            },
            {
              kind: 'choice',
              name: 'jurisdiction.survivorCountry',
              label: "Survivor's country",
              hint: 'Type to search by name or code, such as France or FR.',
              options: countryChoices(),
              emptyLabel: 'Not known',
              defaultValue: item.jurisdiction.survivorCountry ?? '',
            },
            {
              kind: 'choice',
              name: 'jurisdiction.otherPartyCountry',
              label: "Other party's country",
              hint: 'If known.',
              options: countryChoices(),
              emptyLabel: 'Not known',
              defaultValue: item.jurisdiction.otherPartyCountry ?? '',
            },
          ],
        },
        {
          legend: 'Safe contact',
          fields: [
            {
              kind: 'checkboxes',
              name: 'survivor.safeContact.channels',
              label: 'Safe channels',
              options: ContactChannel.options.map((channel) => ({
                value: channel,
                label: CHANNEL_LABELS[channel],
              })),
              defaultValues: survivor.safeContact.channels,
            },
            {
              kind: 'text',
              name: 'survivor.safeContact.safeTimes',
              label: 'Safe times',
              maxLength: 500,
              defaultValue: survivor.safeContact.safeTimes,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.never',
              label: 'Never',
              hint: 'One rule per line, such as: Do not call',
              rows: 3,
              defaultValue: survivor.safeContact.never.join('\n'),
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.details',
              label: 'Contact details',
              hint: 'Only the safe numbers, addresses or handles.',
              rows: 3,
              defaultValue: survivor.safeContact.details,
            },
          ],
        },
      ]}
    />
  );
}
