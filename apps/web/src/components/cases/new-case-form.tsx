import { ContactChannel, type PersonRef } from '@cairn/contracts';
import { RISK_SCREENING_QUESTIONS } from '../../cases/case-bodies';
import { createCase } from '../../cases/case-actions';
import {
  ABUSE_TYPE_LABELS,
  CHANNEL_LABELS,
  optionsOf,
  RISK_LABELS,
  RISK_SCREENING_LABELS,
} from '../../cases/labels';
import { CaseForm } from './case-form';
import { countryChoices, languageChoices } from '../../cases/choice-lists';

const TRI_STATE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

/**
 * `widensRestricted`: whether this role may assign colleagues to a restricted case; a
 * caseworker is told before sending that a restricted case can only be theirs.
 */
export function NewCaseForm({
  staff,
  widensRestricted,
}: {
  staff: PersonRef[];
  widensRestricted: boolean;
}) {
  return (
    <CaseForm
      action={createCase}
      idPrefix="case"
      submitLabel="Open case"
      pendingLabel="Opening…"
      groups={[
        {
          legend: 'The case',
          fields: [
            { kind: 'text', name: 'title', label: 'Title', required: true, maxLength: 200 },
            {
              kind: 'textarea',
              name: 'summary',
              label: 'Summary',
              hint: 'What happened, in a few sentences. It is searchable.',
              rows: 5,
            },
            {
              kind: 'checkboxes',
              name: 'abuseTypes',
              label: 'Abuse types',
              options: optionsOf(ABUSE_TYPE_LABELS),
            },
            {
              kind: 'text',
              name: 'platforms',
              label: 'Platforms',
              hint: 'Separated by commas, such as: Instagram, TikTok',
            },
            { kind: 'text', name: 'tags', label: 'Tags', hint: 'Separated by commas.' },
            {
              kind: 'checkbox',
              name: 'restricted',
              label: 'Restricted: only assigned staff and supervisors may see this case',
              hint: widensRestricted
                ? undefined
                : 'A restricted case can be assigned only to you; a supervisor can add colleagues later.',
            },
          ],
        },
        {
          legend: 'Risk',
          fields: [
            {
              kind: 'select',
              name: 'riskLevel',
              label: 'Risk level',
              defaultValue: 'LOW',
              options: optionsOf(RISK_LABELS),
            },
            ...RISK_SCREENING_QUESTIONS.map((question) => ({
              kind: 'radios' as const,
              name: `riskScreening.${question}`,
              label: RISK_SCREENING_LABELS[question] ?? question,
              options: TRI_STATE,
              defaultValue: 'unknown',
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
              hint: 'As they chose to be called.',
              required: true,
              maxLength: 200,
            },
            { kind: 'checkbox', name: 'survivor.isPseudonym', label: 'This is a pseudonym' },
            {
              kind: 'choice',
              name: 'survivor.preferredLanguage',
              label: 'Preferred language',
              hint: 'Type to search by name or code, such as French or fr.',
              options: languageChoices(),
              defaultValue: 'en',
              required: true,
            },
            {
              kind: 'choice',
              name: 'jurisdiction.survivorCountry',
              label: "Survivor's country",
              hint: 'Type to search by name or code, such as France or FR.',
              options: countryChoices(),
              emptyLabel: 'Not known',
            },
            {
              kind: 'choice',
              name: 'jurisdiction.otherPartyCountry',
              label: "Other party's country",
              hint: 'If known.',
              options: countryChoices(),
              emptyLabel: 'Not known',
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
            },
            {
              kind: 'text',
              name: 'survivor.safeContact.safeTimes',
              label: 'Safe times',
              hint: 'In their words, such as: weekdays 9–12.',
              maxLength: 500,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.never',
              label: 'Never',
              hint: 'One rule per line, such as: Do not call',
              rows: 3,
            },
            {
              kind: 'textarea',
              name: 'survivor.safeContact.details',
              label: 'Contact details',
              hint: 'Only the safe numbers, addresses or handles.',
              rows: 3,
            },
          ],
        },
        {
          legend: 'Assignment',
          fields: [
            {
              kind: 'checkboxes',
              name: 'assigneeIds',
              label: 'Assign to',
              options: staff.map((person) => ({ value: person.userId, label: person.displayName })),
            },
          ],
        },
      ]}
    />
  );
}
