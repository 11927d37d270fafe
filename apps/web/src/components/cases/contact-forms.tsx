import { ContactMethod, RecipientKind, type ContactView } from '@cairn/contracts';
import { addContact, updateContact } from '../../cases/case-actions';
import { humanize } from '../../cases/labels';
import { CaseForm, type FieldSpec } from './case-form';

const METHODS = ContactMethod.options.map((value) => ({ value, label: humanize(value) }));

const COMMON: FieldSpec[] = [
  { kind: 'select', name: 'method', label: 'Method', options: METHODS, defaultValue: 'WEB_FORM' },
  {
    kind: 'datetime-local',
    name: 'contactedAt',
    label: 'When',
    hint: "In the organisation's time zone.",
    required: true,
  },
  { kind: 'text', name: 'referenceNumber', label: 'Their reference number' },
  { kind: 'textarea', name: 'outcome', label: 'Outcome', rows: 2 },
  { kind: 'date', name: 'nextFollowUp', label: 'Next follow-up' },
];

export function ReportForm({ caseId }: { caseId: string }) {
  return (
    <CaseForm
      action={addContact.bind(null, caseId)}
      idPrefix="report"
      hidden={{ kind: 'REPORT' }}
      submitLabel="Record report"
      pendingLabel="Recording…"
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'recipientKind',
              label: 'Recipient',
              options: RecipientKind.options.map((value) => ({ value, label: humanize(value) })),
            },
            {
              kind: 'text',
              name: 'recipientName',
              label: 'Recipient name',
              hint: 'Such as Instagram, or the police station.',
              required: true,
            },
            ...COMMON,
          ],
        },
      ]}
    />
  );
}

export function WarningForm({ caseId }: { caseId: string }) {
  return (
    <CaseForm
      action={addContact.bind(null, caseId)}
      idPrefix="warning"
      hidden={{ kind: 'WARNING' }}
      submitLabel="Record warning"
      pendingLabel="Recording…"
      groups={[
        {
          fields: [
            {
              kind: 'textarea',
              name: 'warningText',
              label: 'Warning text',
              hint: 'The words sent, as sent.',
              required: true,
            },
            ...COMMON,
          ],
        },
      ]}
    />
  );
}

/** What came of a contact, its reference number and the next follow-up, recorded later. */
export function ContactUpdateForm({ caseId, contact }: { caseId: string; contact: ContactView }) {
  const stored = {
    referenceNumber: contact.referenceNumber,
    outcome: contact.outcome,
    nextFollowUp: contact.nextFollowUp,
  };
  return (
    <CaseForm
      action={updateContact.bind(null, caseId, contact.id, stored)}
      idPrefix={`contact-${contact.id}`}
      submitLabel="Save"
      pendingLabel="Saving…"
      groups={[
        {
          fields: [
            {
              kind: 'text',
              name: 'referenceNumber',
              label: 'Their reference number',
              defaultValue: contact.referenceNumber ?? '',
            },
            {
              kind: 'textarea',
              name: 'outcome',
              label: 'Outcome',
              rows: 2,
              defaultValue: contact.outcome ?? '',
            },
            {
              kind: 'date',
              name: 'nextFollowUp',
              label: 'Next follow-up',
              defaultValue: contact.nextFollowUp ?? '',
            },
          ],
        },
      ]}
    />
  );
}
