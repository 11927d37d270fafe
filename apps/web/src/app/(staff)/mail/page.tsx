import type { Metadata } from 'next';
import Link from 'next/link';
import { OutboxStatus, roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../cases/list-query';
import { listOutbox, statusFilter } from '../../../mail/mail-api';
import { STATUS_LABELS } from '../../../mail/status-labels';
import { currentStaff } from '../../../staff/current-staff';
import { formatDateTime } from '../../../staff/format-date';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.mail.title };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const me = await currentStaff();
  const { title } = STAFF_SECTIONS.mail;
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">Only admins can see the emails Cairn sends.</p>
      </>
    );
  }
  const params = await searchParams;
  const status = statusFilter(params.status);
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const token = await requireApiToken();
  const outbox = await listOutbox(token, { status, cursor });
  const { timeZone } = me.organization;
  const total = Object.values(outbox.counts).reduce((sum, count) => sum + count, 0);

  return (
    <>
      <h1>{title}</h1>
      <p>
        Every email Cairn sends for your organisation: invitations, takedown requests, follow-ups
        and escalations. <Link href="/mail/catcher">Mail catcher</Link> ·{' '}
        <Link href="/mail/settings">Mail settings</Link>
      </p>
      {!outbox.mailConfigured && (
        <p className="notice" role="status">
          No mail server is set up, so emails wait here and nothing leaves this machine. The mail
          catcher shows what would have been sent.
        </p>
      )}
      {outbox.counts.NEEDS_REVIEW > 0 && (
        <p className="form-error" role="status">
          {outbox.counts.NEEDS_REVIEW === 1
            ? '1 email needs review: its sending was interrupted and it may not have left.'
            : `${outbox.counts.NEEDS_REVIEW} emails need review: their sending was interrupted and they may not have left.`}
        </p>
      )}
      <nav aria-label="Filter by status" className="mail-filters">
        <ul>
          <li>
            <Link href="/mail" aria-current={status ? undefined : 'page'}>
              All ({total})
            </Link>
          </li>
          {OutboxStatus.options.map((option) => (
            <li key={option}>
              <Link
                href={`/mail?status=${option}`}
                aria-current={status === option ? 'page' : undefined}
              >
                {STATUS_LABELS[option]} ({outbox.counts[option]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {outbox.items.length === 0 ? (
        <p>No email here.</p>
      ) : (
        <ol className="mail-list">
          {outbox.items.map((item) => (
            <li key={item.id}>
              <Link href={`/mail/${item.id}`} className="mail-subject">
                {item.subject}
              </Link>
              <span className={`badge mail-status-${item.status.toLowerCase()}`}>
                {STATUS_LABELS[item.status]}
              </span>
              <p className="mail-meta">
                To {item.to.join(', ')} · queued{' '}
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, timeZone)}</time>
                {item.sentAt && (
                  <>
                    {' '}
                    · sent{' '}
                    <time dateTime={item.sentAt}>{formatDateTime(item.sentAt, timeZone)}</time>
                  </>
                )}
              </p>
              {item.lastError && item.status !== 'SENT' && (
                <p className="mail-meta">Last answer: {item.lastError}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {outbox.nextCursor && (
        <p>
          <Link
            href={`/mail?${new URLSearchParams({
              ...(status ? { status } : {}),
              cursor: outbox.nextCursor,
            }).toString()}`}
          >
            Older emails
          </Link>
        </p>
      )}
    </>
  );
}
