import { ContactChannel, type FieldLocale, type PersonRef } from '@cairn/contracts';
import { RISK_SCREENING_QUESTIONS } from '../../cases/case-bodies';
import { createCase } from '../../cases/case-actions';
import { CASE_LABELS, optionsOf } from '../../cases/labels';
import { CASE_MESSAGES, type CaseMessages } from '../../cases/case-messages';
import { CaseForm } from './case-form';
import { countryChoices, languageChoices } from '../../cases/choice-lists';

/** The three answers a risk question takes. */
const triState = (w: CaseMessages) => [
  { value: 'yes', label: w.yes },
  { value: 'no', label: w.no },
  { value: 'unknown', label: w.unknown },
];

/**
 * `widensRestricted`: whether this role may assign colleagues to a restricted case; a
 * caseworker is told before sending that a restricted case can only be theirs.
 */
export function NewCaseForm({
  staff,
  widensRestricted,
  locale = 'en',
}: {
  staff: PersonRef[];
  widensRestricted: boolean;
  locale?: FieldLocale;
}) {
  const w = CASE_MESSAGES[locale];
  const labels = CASE_LABELS[locale];
  return (
    <CaseForm
      action={createCase}
      idPrefix="case"
      submitLabel={w.openCase}
      pendingLabel={w.opening}
      locale={locale}
      groups={[
        {
          legend: w.theCase,
          fields: [
            { kind: 'text', name: 'title', label: w.title, required: true, maxLength: 200 },
            {
              kind: 'textarea',
              name: 'summary',
              label: w.summary,
              hint: w.summaryHint,
              rows: 5,
            },
            {
              kind: 'checkboxes',
              name: 'abuseTypes',
              label: w.abuseTypes,
              options: optionsOf(labels.abuseType),
            },
            {
              kind: 'text',
              name: 'platforms',
              label: w.platforms,
              hint: w.platformsHint,
            },
            { kind: 'text', name: 'tags', label: w.tags, hint: w.tagsHint },
            {
              kind: 'checkbox',
              name: 'restricted',
              label: w.restrictedLabel,
              hint: widensRestricted ? undefined : w.restrictedOnlyYou,
            },
          ],
        },
        {
          legend: w.risk,
          fields: [
            {
              kind: 'select',
              name: 'riskLevel',
              label: w.riskLevel,
              defaultValue: 'LOW',
              options: optionsOf(labels.risk),
            },
            ...RISK_SCREENING_QUESTIONS.map((question) => ({
              kind: 'radios' as const,
              name: `riskScreening.${question}`,
              label: labels.riskScreening[question] ?? question,
              options: triState(w),
              defaultValue: 'unknown',
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
              hint: w.nameHint,
              required: true,
              maxLength: 200,
            },
            { kind: 'checkbox', name: 'survivor.isPseudonym', label: w.isPseudonym },
            {
              kind: 'choice',
              name: 'survivor.preferredLanguage',
              label: w.preferredLanguage,
              hint: w.languageHint,
              options: languageChoices(locale),
              defaultValue: 'en',
              required: true,
            },
            {
              kind: 'choice',
              name: 'jurisdiction.survivorCountry',
              label: w.survivorCountry,
              hint: w.countryHint,
              options: countryChoices(locale),
              emptyLabel: w.notKnown,
            },
            {
              kind: 'choice',
              name: 'jurisdiction.otherPartyCountry',
              label: w.otherPartyCountry,
              hint: w.ifKnown,
              options: countryChoices(locale),
              emptyLabel: w.notKnown,
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
            },
            {
              kind: 'text',
              name: 'survivor.safeContact.safeTimes',
              label: w.safeTimes,
              hint: w.safeTimesHint,
              maxLength: 500,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.never',
              label: w.never,
              hint: w.neverHint,
              rows: 3,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.details',
              label: w.contactDetails,
              hint: w.contactDetailsHint,
              rows: 3,
            },
          ],
        },
        {
          legend: w.assignment,
          fields: [
            {
              kind: 'checkboxes',
              name: 'assigneeIds',
              label: w.assignTo,
              options: staff.map((person) => ({ value: person.userId, label: person.displayName })),
            },
          ],
        },
      ]}
    />
  );
}
