import Link from 'next/link';
import type { AuditPendingEventView, FieldLocale } from '@cairn/contracts';
import { actionLabel, AUDIT_MESSAGES } from '../../audit/action-labels';
import { formatDateTime } from '../../staff/format-date';

type Event = AuditPendingEventView & { seq?: number };

/** Each event as a sentence: who did what, to which case, when (in the organisation's zone). */
export function AuditEventList({
  events,
  names,
  timeZone,
  pending,
  locale = 'en',
}: {
  events: Event[];
  names: Map<string, string>;
  timeZone: string;
  pending: boolean;
  locale?: FieldLocale;
}) {
  const words = AUDIT_MESSAGES[locale];
  return (
    <ol className="audit-events">
      {events.map((event, index) => {
        const who = event.actorUserId
          ? (names.get(event.actorUserId) ?? words.formerMember)
          : words.notSignedIn;
        const onCase = Boolean(event.targetType === 'case' && event.targetId);
        return (
          <li key={event.seq ?? `pending-${index}`}>
            {who} {actionLabel(event.action, locale, onCase)}
            {onCase && (
              <>
                {' '}
                {event.caseReference ? (
                  <Link href={`/cases/${event.targetId}`}>{event.caseReference}</Link>
                ) : (
                  words.caseYouCannotSee
                )}{' '}
                (<Link href={`/audit?caseId=${event.targetId}`}>{words.itsEvents}</Link>)
              </>
            )}
            , <time dateTime={event.at}>{formatDateTime(event.at, timeZone, locale)}</time>
            {pending ? (
              <span className="badge">{words.beingRecorded}</span>
            ) : (
              <span className="audit-seq"> · #{event.seq}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
