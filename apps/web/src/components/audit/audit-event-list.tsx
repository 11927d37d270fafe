import Link from 'next/link';
import type { AuditPendingEventView } from '@cairn/contracts';
import { actionLabel } from '../../audit/action-labels';
import { formatDateTime } from '../../staff/format-date';

type Event = AuditPendingEventView & { seq?: number };

/** Each event as a sentence: who did what, to which case, when (in the organisation's zone). */
export function AuditEventList({
  events,
  names,
  timeZone,
  pending,
}: {
  events: Event[];
  names: Map<string, string>;
  timeZone: string;
  pending: boolean;
}) {
  return (
    <ol className="audit-events">
      {events.map((event, index) => {
        const who = event.actorUserId
          ? (names.get(event.actorUserId) ?? 'A former member')
          : 'Someone not signed in';
        const onCase = event.targetType === 'case' && event.targetId;
        return (
          <li key={event.seq ?? `pending-${index}`}>
            {who} {actionLabel(event.action)}
            {onCase && (
              <>
                {' '}
                case{' '}
                {event.caseReference ? (
                  <Link href={`/cases/${event.targetId}`}>{event.caseReference}</Link>
                ) : (
                  'a case you cannot see'
                )}{' '}
                (<Link href={`/audit?caseId=${event.targetId}`}>its events</Link>)
              </>
            )}
            , <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
            {pending ? (
              <span className="badge">being recorded</span>
            ) : (
              <span className="audit-seq"> · #{event.seq}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
