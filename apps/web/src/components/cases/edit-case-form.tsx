import { ContactChannel, type CaseView, type FieldLocale } from '@cairn/contracts';
import { RISK_SCREENING_QUESTIONS } from '../../cases/case-bodies';
import { editCase } from '../../cases/case-actions';
import { CASE_LABELS, optionsOf } from '../../cases/labels';
import { CASE_MESSAGES, type CaseMessages } from '../../cases/case-messages';
import { countryChoices, languageChoices, withValue } from '../../cases/choice-lists';
import { CaseForm, type FieldSpec } from './case-form';

/** The three answers a risk question takes. */
const triState = (w: CaseMessages) => [
  { value: 'yes', label: w.yes },
  { value: 'no', label: w.no },
  { value: 'unknown', label: w.unknown },
];

const answer = (value: boolean | null | undefined) =>
  value === true ? 'yes' : value === false ? 'no' : 'unknown';

/**
 * The restriction box, only where ticking or unticking it will be accepted: a restricted
 * case is opened up only by those who may lift the restriction.
 */
function restrictionField(item: CaseView, w: CaseMessages): FieldSpec[] {
  if (item.restricted && !item.may.liftRestriction) return [];
  return [
    {
      kind: 'checkbox',
      name: 'restricted',
      label: w.restrictedLabel,
      defaultChecked: item.restricted,
    },
  ];
}

/** Every field the case was opened with, filled with what it holds now. */
export function EditCaseForm({ item, locale = 'en' }: { item: CaseView; locale?: FieldLocale }) {
  const { survivor } = item;
  const w = CASE_MESSAGES[locale];
  const labels = CASE_LABELS[locale];
  return (
    <CaseForm
      action={editCase.bind(null, item.id)}
      idPrefix="edit-case"
      submitLabel={w.saveChanges}
      pendingLabel={w.saving}
      locale={locale}
      groups={[
        {
          legend: w.theCase,
          fields: [
            {
              kind: 'text',
              name: 'title',
              label: w.title,
              required: true,
              maxLength: 200,
              defaultValue: item.title,
            },
            {
              kind: 'textarea',
              name: 'summary',
              label: w.summary,
              rows: 5,
              defaultValue: item.summary,
            },
            {
              kind: 'checkboxes',
              name: 'abuseTypes',
              label: w.abuseTypes,
              options: optionsOf(labels.abuseType),
              defaultValues: item.abuseTypes,
            },
            {
              kind: 'text',
              name: 'platforms',
              label: w.platforms,
              hint: w.platformsHint,
              defaultValue: item.platforms.join(', '),
            },
            {
              kind: 'text',
              name: 'tags',
              label: w.tags,
              hint: w.tagsHint,
              defaultValue: item.tags.join(', '),
            },
            ...restrictionField(item, w),
          ],
        },
        {
          legend: w.risk,
          fields: [
            {
              kind: 'select',
              name: 'riskLevel',
              label: w.riskLevel,
              defaultValue: item.riskLevel,
              options: optionsOf(labels.risk),
            },
            ...RISK_SCREENING_QUESTIONS.map((question) => ({
              kind: 'radios' as const,
              name: `riskScreening.${question}`,
              label: labels.riskScreening[question] ?? question,
              options: triState(w),
              defaultValue: answer(item.riskScreening[question]),
            })),
          ],
        },
        {
          legend: w.survivor,
          fields: [
            {
              kind: 'text',
              name: 'survivor.name',
              label: w.name,
              required: true,
              maxLength: 200,
              defaultValue: survivor.name,
            },
            {
              kind: 'checkbox',
              name: 'survivor.isPseudonym',
              label: w.isPseudonym,
              defaultChecked: survivor.isPseudonym,
            },
            {
              kind: 'choice',
              name: 'survivor.preferredLanguage',
              label: w.preferredLanguage,
              hint: w.languageHint,
              options: withValue(languageChoices(locale), survivor.preferredLanguage),
              defaultValue: survivor.preferredLanguage,
              required: true,
            },
            {
              kind: 'choice',
              name: 'jurisdiction.survivorCountry',
              label: w.survivorCountry,
              hint: w.countryHint,
              options: countryChoices(locale),
              emptyLabel: w.notKnown,
              defaultValue: item.jurisdiction.survivorCountry ?? '',
            },
            {
              kind: 'choice',
              name: 'jurisdiction.otherPartyCountry',
              label: w.otherPartyCountry,
              hint: w.ifKnown,
              options: countryChoices(locale),
              emptyLabel: w.notKnown,
              defaultValue: item.jurisdiction.otherPartyCountry ?? '',
            },
          ],
        },
        {
          legend: w.safeContact,
          fields: [
            {
              kind: 'checkboxes',
              name: 'survivor.safeContact.channels',
              label: w.safeChannels,
              options: ContactChannel.options.map((channel) => ({
                value: channel,
                label: labels.channel[channel],
              })),
              defaultValues: survivor.safeContact.channels,
            },
            {
              kind: 'text',
              name: 'survivor.safeContact.safeTimes',
              label: w.safeTimes,
              maxLength: 500,
              defaultValue: survivor.safeContact.safeTimes,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.never',
              label: w.never,
              hint: w.neverHint,
              rows: 3,
              defaultValue: survivor.safeContact.never.join('\n'),
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.details',
              label: w.contactDetails,
              hint: w.contactDetailsHint,
              rows: 3,
              defaultValue: survivor.safeContact.details,
            },
          ],
        },
      ]}
    />
  );
}
