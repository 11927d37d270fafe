import { addIncident } from '../../cases/case-actions';
import { CaseForm } from './case-form';

const LOCATION_KINDS = [
  { value: 'PLATFORM', label: 'On a platform' },
  { value: 'URL', label: 'At a web address' },
  { value: 'PLACE', label: 'At a place' },
  { value: 'UNKNOWN', label: 'Unknown' },
];

export function IncidentForm({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  return (
    <CaseForm
      action={addIncident.bind(null, caseId)}
      idPrefix="incident"
      submitLabel="Add incident"
      pendingLabel="Adding…"
      groups={[
        {
          legend: 'When',
          fields: [
            {
              kind: 'datetime-local',
              name: 'occurredAt',
              label: 'Date and time',
              hint: 'Local time where it happened.',
              required: true,
            },
            {
              kind: 'text',
              name: 'timeZone',
              label: 'Time zone',
              hint: 'Such as Europe/Paris.',
              defaultValue: timeZone,
              required: true,
            },
            {
              kind: 'checkbox',
              name: 'approximate',
              label: 'Approximate: the survivor is not sure when',
            },
          ],
        },
        {
          legend: 'Where',
          fields: [
            {
              kind: 'select',
              name: 'location.kind',
              label: 'Location',
              defaultValue: 'PLATFORM',
              options: LOCATION_KINDS,
            },
            {
              kind: 'text',
              name: 'location.platform',
              label: 'Platform',
              hint: 'For a platform: its name.',
            },
            {
              kind: 'url',
              name: 'location.url',
              label: 'Web address',
              hint: 'For a web address; optional for a platform.',
            },
            { kind: 'text', name: 'location.place', label: 'Place', hint: 'For a place: where.' },
          ],
        },
        {
          legend: 'What',
          fields: [
            { kind: 'textarea', name: 'description', label: 'What happened', required: true },
            {
              kind: 'textarea',
              name: 'otherPartyIdentifiers',
              label: 'Other party',
              hint: 'One per line as kind: value. Kinds: handle, email, phone, url, name, other.',
              rows: 3,
            },
          ],
        },
      ]}
    />
  );
}
