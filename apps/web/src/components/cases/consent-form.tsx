import type { FieldLocale } from '@cairn/contracts';
import { addConsent } from '../../cases/case-actions';
import { CASE_RECORD_MESSAGES } from '../../cases/case-record-messages';
import { CASE_LABELS, optionsOf } from '../../cases/labels';
import { CaseForm } from './case-form';

export function ConsentForm({ caseId, locale = 'en' }: { caseId: string; locale?: FieldLocale }) {
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <CaseForm
      action={addConsent.bind(null, caseId)}
      idPrefix="consent"
      submitLabel={words.recordConsent}
      pendingLabel={words.recording}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'scope',
              label: words.consentTo,
              options: optionsOf(CASE_LABELS[locale].consentScope),
            },
            {
              kind: 'datetime-local',
              name: 'givenAt',
              label: words.givenOn,
              hint: words.inOrganisationZone,
              required: true,
            },
            {
              kind: 'datetime-local',
              name: 'expiresAt',
              label: words.expiresOn,
              hint: words.optional,
            },
            { kind: 'textarea', name: 'note', label: words.note, rows: 2 },
          ],
        },
      ]}
    />
  );
}
