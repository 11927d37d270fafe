import { roleAllows, type IncidentView } from '@cairn/contracts';
import { IncidentForm } from '../../../../../components/cases/incident-form';
import { listIncidents } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

function where(location: IncidentView['location']): string {
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
      return 'Unknown';
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
  const me = await currentStaff();
  const page = await listIncidents(id, await requireApiToken(), cursor);
  const incidents = page.items;
  const writes = roleAllows(me.role, 'cases.write');
  return (
    <>
      <section aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">Incidents</h2>
        {incidents.length === 0 ? (
          <p>No incident recorded yet.</p>
        ) : (
          <ol className="records">
            {incidents.map((incident) => (
              <li key={incident.id} className="record">
                <p className="record-meta">
                  <strong>
                    {incident.approximate && 'About '}
                    {incident.localTime.replace('T', ' ')}
                  </strong>{' '}
                  ({incident.timeZone}) · {where(incident.location)}
                </p>
                <p className="pre-line">{incident.description}</p>
                {incident.otherPartyIdentifiers.length > 0 && (
                  <ul className="identifiers">
                    {incident.otherPartyIdentifiers.map((identifier, index) => (
                      <li key={index}>
                        {identifier.kind.toLowerCase()}: {identifier.value}
                      </li>
                    ))}
                  </ul>
                )}
                {incident.createdBy && (
                  <p className="hint">Recorded by {incident.createdBy.displayName}</p>
                )}
                {writes && (
                  <details>
                    <summary>Correct this incident</summary>
                    <IncidentForm
                      caseId={id}
                      timeZone={me.organization.timeZone}
                      incident={incident}
                    />
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        <OlderLink path={`/cases/${id}/incidents`} cursor={page.nextCursor} />
      </section>
      {writes && (
        <section aria-labelledby="add-incident-heading">
          <h2 id="add-incident-heading">Add an incident</h2>
          <IncidentForm caseId={id} timeZone={me.organization.timeZone} />
        </section>
      )}
    </>
  );
}
