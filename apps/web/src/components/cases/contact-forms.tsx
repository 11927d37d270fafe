import { ContactMethod, RecipientKind, type ContactView, type FieldLocale } from '@cairn/contracts';
import { addContact, updateContact } from '../../cases/case-actions';
import { CASE_RECORD_MESSAGES, type CaseRecordMessages } from '../../cases/case-record-messages';
import { CaseForm, type FieldSpec } from './case-form';

/** The fields a report and a warning both have. */
function common(words: CaseRecordMessages): FieldSpec[] {
  return [
    {
      kind: 'select',
      name: 'method',
      label: words.method,
      options: ContactMethod.options.map((value) => ({ value, label: words.methods[value] })),
      defaultValue: 'WEB_FORM',
    },
    {
      kind: 'datetime-local',
      name: 'contactedAt',
      label: words.when,
      hint: words.inOrganisationZone,
      required: true,
    },
    { kind: 'text', name: 'referenceNumber', label: words.theirReference },
    { kind: 'textarea', name: 'outcome', label: words.outcome, rows: 2 },
    { kind: 'date', name: 'nextFollowUp', label: words.nextFollowUp },
  ];
}

export function ReportForm({ caseId, locale = 'en' }: { caseId: string; locale?: FieldLocale }) {
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <CaseForm
      action={addContact.bind(null, caseId)}
      idPrefix="report"
      hidden={{ kind: 'REPORT' }}
      submitLabel={words.recordReport}
      pendingLabel={words.recording}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'recipientKind',
              label: words.recipient,
              options: RecipientKind.options.map((value) => ({
                value,
                label: words.recipients[value],
              })),
            },
            {
              kind: 'text',
              name: 'recipientName',
              label: words.recipientName,
              hint: words.recipientNameHint,
              required: true,
            },
            ...common(words),
          ],
        },
      ]}
    />
  );
}

export function WarningForm({ caseId, locale = 'en' }: { caseId: string; locale?: FieldLocale }) {
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <CaseForm
      action={addContact.bind(null, caseId)}
      idPrefix="warning"
      hidden={{ kind: 'WARNING' }}
      submitLabel={words.recordWarning}
      pendingLabel={words.recording}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'textarea',
              name: 'warningText',
              label: words.warningText,
              hint: words.warningTextHint,
              required: true,
            },
            ...common(words),
          ],
        },
      ]}
    />
  );
}

/** What came of a contact, its reference number and the next follow-up, recorded later. */
export function ContactUpdateForm({
  caseId,
  contact,
  locale = 'en',
}: {
  caseId: string;
  contact: ContactView;
  locale?: FieldLocale;
}) {
  const words = CASE_RECORD_MESSAGES[locale];
  const stored = {
    referenceNumber: contact.referenceNumber,
    outcome: contact.outcome,
    nextFollowUp: contact.nextFollowUp,
  };
  return (
    <CaseForm
      action={updateContact.bind(null, caseId, contact.id, stored)}
      idPrefix={`contact-${contact.id}`}
      submitLabel={words.save}
      pendingLabel={words.saving}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'text',
              name: 'referenceNumber',
              label: words.theirReference,
              defaultValue: contact.referenceNumber ?? '',
            },
            {
              kind: 'textarea',
              name: 'outcome',
              label: words.outcome,
              rows: 2,
              defaultValue: contact.outcome ?? '',
            },
            {
              kind: 'date',
              name: 'nextFollowUp',
              label: words.nextFollowUp,
              defaultValue: contact.nextFollowUp ?? '',
            },
          ],
        },
      ]}
    />
  );
}
