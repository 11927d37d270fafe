import { addConsent } from '../../cases/case-actions';
import { CONSENT_SCOPE_LABELS, optionsOf } from '../../cases/labels';
import { CaseForm } from './case-form';

export function ConsentForm({ caseId }: { caseId: string }) {
  return (
    <CaseForm
      action={addConsent.bind(null, caseId)}
      idPrefix="consent"
      submitLabel="Record consent"
      pendingLabel="Recording…"
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'scope',
              label: 'Consent to',
              options: optionsOf(CONSENT_SCOPE_LABELS),
            },
            {
              kind: 'datetime-local',
              name: 'givenAt',
              label: 'Given on',
              hint: "In the organisation's time zone.",
              required: true,
            },
            { kind: 'datetime-local', name: 'expiresAt', label: 'Expires on', hint: 'Optional.' },
            { kind: 'textarea', name: 'note', label: 'Note', rows: 2 },
          ],
        },
      ]}
    />
  );
}
