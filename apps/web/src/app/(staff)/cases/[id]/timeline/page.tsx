import { getTimeline } from '../../../../../cases/case-api';
import { TIMELINE_LABELS } from '../../../../../cases/labels';
import { describeEntry } from '../../../../../cases/timeline-text';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  const entries = await getTimeline(id, await requireApiToken());
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {entries.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ol className="records timeline">
          {entries.map((entry) => (
            <li key={entry.id} className="record">
              <p className="record-meta">
                <strong>{TIMELINE_LABELS[entry.kind]}</strong>,{' '}
                {formatDateTime(entry.at, me.organization.timeZone)}
                {entry.actor && ` by ${entry.actor.displayName}`}
              </p>
              {describeEntry(entry) && <p>{describeEntry(entry)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
