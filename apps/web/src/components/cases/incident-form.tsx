import type { FieldLocale, IncidentView } from '@cairn/contracts';
import { addIncident, updateIncident } from '../../cases/case-actions';
import { CASE_RECORD_MESSAGES } from '../../cases/case-record-messages';
import { CaseForm } from './case-form';
import { timeZoneChoices, withValue } from '../../cases/choice-lists';
import { identifierLine } from '../../cases/case-bodies';

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
  locale = 'en',
}: {
  caseId: string;
  timeZone: string;
  incident?: IncidentView;
  locale?: FieldLocale;
}) {
  const location = incident?.location;
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <CaseForm
      action={
        incident
          ? updateIncident.bind(null, caseId, incident.id, asSent(incident))
          : addIncident.bind(null, caseId)
      }
      idPrefix={incident ? `incident-${incident.id}` : 'incident'}
      submitLabel={incident ? words.saveIncident : words.addIncident}
      pendingLabel={incident ? words.saving : words.adding}
      locale={locale}
      groups={[
        {
          legend: words.whenLegend,
          fields: [
            {
              kind: 'datetime-local',
              name: 'occurredAt',
              label: words.dateAndTime,
              hint: words.dateAndTimeHint,
              required: true,
              defaultValue: incident?.localTime,
            },
            {
              kind: 'choice',
              name: 'timeZone',
              label: words.timeZone,
              hint: words.timeZoneHint,
              options: withValue(timeZoneChoices(), incident?.timeZone ?? timeZone),
              defaultValue: incident?.timeZone ?? timeZone,
              required: true,
            },
            {
              kind: 'checkbox',
              name: 'approximate',
              label: words.approximate,
              defaultChecked: incident?.approximate,
            },
          ],
        },
        {
          legend: words.whereLegend,
          fields: [
            {
              kind: 'select',
              name: 'location.kind',
              label: words.location,
              defaultValue: location?.kind ?? 'PLATFORM',
              options: (['PLATFORM', 'URL', 'PLACE', 'UNKNOWN'] as const).map((value) => ({
                value,
                label: words.locationKinds[value],
              })),
            },
            {
              kind: 'text',
              name: 'location.platform',
              label: words.platform,
              hint: words.platformHint,
              defaultValue: location?.platform,
            },
            {
              kind: 'url',
              name: 'location.url',
              label: words.webAddress,
              hint: words.webAddressHint,
              defaultValue: location?.url,
            },
            {
              kind: 'text',
              name: 'location.place',
              label: words.place,
              hint: words.placeHint,
              defaultValue: location?.place,
            },
          ],
        },
        {
          legend: words.whatLegend,
          fields: [
            {
              kind: 'textarea',
              name: 'description',
              label: words.whatHappened,
              required: true,
              defaultValue: incident?.description,
            },
            {
              kind: 'textarea',
              name: 'otherPartyIdentifiers',
              label: words.otherParty,
              hint: words.otherPartyHint,
              rows: 3,
              defaultValue: incident?.otherPartyIdentifiers.map(identifierLine).join('\n'),
            },
          ],
        },
      ]}
    />
  );
}
