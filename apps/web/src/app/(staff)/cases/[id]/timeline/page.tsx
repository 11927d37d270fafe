import { getTimeline } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { describeEntry } from '../../../../../cases/timeline-text';
import { staffLocale } from '../../../../../forms/staff-locale';
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
  const locale = await staffLocale();
  const words = PAGE_WORDS[locale];
  const page = await getTimeline(id, await requireApiToken(), cursor);
  const entries = page.items;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" lang={locale}>
        {words.heading}
      </h2>
      {entries.length === 0 ? (
        <p lang={locale}>{words.empty}</p>
      ) : (
        <ol className="records timeline">
          {entries.map((entry) => (
            <li key={entry.id} className="record" lang={locale}>
              <p>{describeEntry(entry, me.organization.timeZone, locale)}</p>
              <p className="record-meta">
                {formatDateTime(entry.at, me.organization.timeZone)}
                {entry.actor && ` ${words.by} ${entry.actor.displayName}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <OlderLink path={`/cases/${id}/timeline`} cursor={page.nextCursor} />
    </section>
  );
}

/** The page's own words, in the caseworker's language as their browser asks for it. */
const PAGE_WORDS = {
  en: { heading: 'Timeline', empty: 'Nothing yet.', by: 'by' },
  fr: { heading: 'Chronologie', empty: 'Rien pour l’instant.', by: 'par' },
} as const;
