import { roleAllows, type IncidentView } from '@cairn/contracts';
import {
  CASE_RECORD_MESSAGES,
  type CaseRecordMessages,
} from '../../../../../cases/case-record-messages';
import { staffLocale } from '../../../../../forms/staff-locale';
import { IncidentForm } from '../../../../../components/cases/incident-form';
import { listIncidents } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

function where(location: IncidentView['location'], words: CaseRecordMessages): string {
  switch (location.kind) {
    case 'PLATFORM':
      return location.url
        ? `${location.platform ?? ''} (${location.url})`
        : (location.platform ?? '');
    case 'URL':
      return location.url ?? '';
    case 'PLACE':
      return location.place ?? '';
    case 'UNKNOWN':
      return words.unknownPlace;
  }
}

export default async function IncidentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const cursor = firstValue(await searchParams, 'cursor');
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_RECORD_MESSAGES[locale];
  const page = await listIncidents(id, token, cursor);
  const incidents = page.items;
  const writes = roleAllows(me.role, 'cases.write');
  return (
    <>
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading" lang={locale}>
          {words.incidentsTitle}
        </h2>
        {incidents.length === 0 ? (
          <p lang={locale}>{words.noIncident}</p>
        ) : (
          <ol className="records">
            {incidents.map((incident) => (
              <li key={incident.id} className="record">
                <p className="record-meta" lang={locale}>
                  <strong>
                    {incident.approximate && words.about}
                    {incident.localTime.replace('T', ' ')}
                  </strong>{' '}
                  ({incident.timeZone}) · {where(incident.location, words)}
                </p>
                <p className="pre-line" lang="">
                  {incident.description}
                </p>
                {incident.otherPartyIdentifiers.length > 0 && (
                  <ul className="identifiers" lang="">
                    {incident.otherPartyIdentifiers.map((identifier, index) => (
                      <li key={index}>
                        {identifier.kind.toLowerCase()}: {identifier.value}
                      </li>
                    ))}
                  </ul>
                )}
                {incident.createdBy && (
                  <p className="hint" lang={locale}>
                    {words.incidentRecordedBy(incident.createdBy.displayName)}
                  </p>
                )}
                {writes && (
                  <details lang={locale}>
                    <summary>{words.correctIncident}</summary>
                    <IncidentForm
                      caseId={id}
                      timeZone={me.organization.timeZone}
                      incident={incident}
                      locale={locale}
                    />
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        <OlderLink path={`/cases/${id}/incidents`} cursor={page.nextCursor} locale={locale} />
      </section>
      {writes && (
        <section aria-labelledby="add-incident-heading" lang={locale}>
          <h2 id="add-incident-heading">{words.addIncidentTitle}</h2>
          <IncidentForm caseId={id} timeZone={me.organization.timeZone} locale={locale} />
        </section>
      )}
    </>
  );
}
