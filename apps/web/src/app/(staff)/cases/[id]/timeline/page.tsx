import { getTimeline } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { describeEntry } from '../../../../../cases/timeline-text';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function TimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const cursor = firstValue(await searchParams, 'cursor');
  const me = await currentStaff();
  const page = await getTimeline(id, await requireApiToken(), cursor);
  const entries = page.items;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {entries.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ol className="records timeline">
          {entries.map((entry) => (
            <li key={entry.id} className="record">
              <p>{describeEntry(entry, me.organization.timeZone)}</p>
              <p className="record-meta">
                {formatDateTime(entry.at, me.organization.timeZone)}
                {entry.actor && ` by ${entry.actor.displayName}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <OlderLink path={`/cases/${id}/timeline`} cursor={page.nextCursor} />
    </section>
  );
}
