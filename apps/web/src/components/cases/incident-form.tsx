import type { IncidentView } from '@cairn/contracts';
import { addIncident, updateIncident } from '../../cases/case-actions';
import { CaseForm } from './case-form';
import { timeZoneChoices, withValue } from '../../cases/choice-lists';
import { identifierLine } from '../../cases/case-bodies';

const LOCATION_KINDS = [
  { value: 'PLATFORM', label: 'On a platform' },
  { value: 'URL', label: 'At a web address' },
  { value: 'PLACE', label: 'At a place' },
  { value: 'UNKNOWN', label: 'Unknown' },
];

/** An incident as its form sends it, to tell what a correction changed. */
function asSent(incident: IncidentView) {
  return {
    occurredAt: incident.localTime,
    timeZone: incident.timeZone,
    approximate: incident.approximate,
    location: incident.location,
    description: incident.description,
    otherPartyIdentifiers: incident.otherPartyIdentifiers,
  };
}

/** Records a new incident, or with `incident` corrects that one, filled with what it holds. */
export function IncidentForm({
  caseId,
  timeZone,
  incident,
}: {
  caseId: string;
  timeZone: string;
  incident?: IncidentView;
}) {
  const location = incident?.location;
  return (
    <CaseForm
      action={
        incident
          ? updateIncident.bind(null, caseId, incident.id, asSent(incident))
          : addIncident.bind(null, caseId)
      }
      idPrefix={incident ? `incident-${incident.id}` : 'incident'}
      submitLabel={incident ? 'Save incident' : 'Add incident'}
      pendingLabel={incident ? 'Saving…' : 'Adding…'}
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
              defaultValue: incident?.localTime,
            },
            {
              kind: 'choice',
              name: 'timeZone',
              label: 'Time zone',
              hint: 'Where it happened. Type a city or region to search, such as Paris.',
              options: withValue(timeZoneChoices(), incident?.timeZone ?? timeZone),
              defaultValue: incident?.timeZone ?? timeZone,
              required: true,
            },
            {
              kind: 'checkbox',
              name: 'approximate',
              label: 'Approximate: the survivor is not sure when',
              defaultChecked: incident?.approximate,
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
              defaultValue: location?.kind ?? 'PLATFORM',
              options: LOCATION_KINDS,
            },
            {
              kind: 'text',
              name: 'location.platform',
              label: 'Platform',
              hint: 'For a platform: its name.',
              defaultValue: location?.platform,
            },
            {
              kind: 'url',
              name: 'location.url',
              label: 'Web address',
              hint: 'For a web address; optional for a platform.',
              defaultValue: location?.url,
            },
            {
              kind: 'text',
              name: 'location.place',
              label: 'Place',
              hint: 'For a place: where.',
              defaultValue: location?.place,
            },
          ],
        },
        {
          legend: 'What',
          fields: [
            {
              kind: 'textarea',
              name: 'description',
              label: 'What happened',
              required: true,
              defaultValue: incident?.description,
            },
            {
              kind: 'textarea',
              name: 'otherPartyIdentifiers',
              label: 'Other party',
              hint: 'One per line as kind: value, and | platform if it is on one (handle: @name | Instagram). Kinds: handle, email, phone, url, name, other.',
              rows: 3,
              defaultValue: incident?.otherPartyIdentifiers.map(identifierLine).join('\n'),
            },
          ],
        },
      ]}
    />
  );
}
