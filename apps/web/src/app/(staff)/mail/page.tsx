import type { Metadata } from 'next';
import Link from 'next/link';
import { OutboxStatus, roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../cases/list-query';
import { staffLocale } from '../../../forms/staff-locale';
import { listOutbox, statusFilter } from '../../../mail/mail-api';
import { MAIL_MESSAGES } from '../../../mail/mail-messages';
import { currentStaff } from '../../../staff/current-staff';
import { formatDateTime } from '../../../staff/format-date';
import { requireApiToken } from '../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: MAIL_MESSAGES[await staffLocale()].title };
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = MAIL_MESSAGES[locale];
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <div lang={locale}>
        <h1>{words.title}</h1>
        <p className="notice">{words.adminsOnly}</p>
      </div>
    );
  }
  const params = await searchParams;
  const status = statusFilter(params.status);
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const token = await requireApiToken();
  const outbox = await listOutbox(token, { status, cursor });
  const { timeZone } = me.organization;
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, timeZone, locale)}</time>;
  const total = Object.values(outbox.counts).reduce((sum, count) => sum + count, 0);

  return (
    <div lang={locale}>
      <h1>{words.title}</h1>
      <p>
        {words.intro} <Link href="/mail/catcher">{words.catcherLink}</Link> ·{' '}
        <Link href="/mail/settings">{words.settingsLink}</Link>
      </p>
      {!outbox.mailConfigured && (
        <p className="notice" role="status">
          {words.notConfigured}
        </p>
      )}
      {outbox.counts.NEEDS_REVIEW > 0 && (
        <p className="form-error" role="status">
          {words.needsReview(outbox.counts.NEEDS_REVIEW)}
        </p>
      )}
      <nav aria-label={words.filterLabel} className="mail-filters">
        <ul>
          <li>
            <Link href="/mail" aria-current={status ? undefined : 'page'}>
              {words.all(total)}
            </Link>
          </li>
          {OutboxStatus.options.map((option) => (
            <li key={option}>
              <Link
                href={`/mail?status=${option}`}
                aria-current={status === option ? 'page' : undefined}
              >
                {words.statuses[option]} ({outbox.counts[option]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {outbox.items.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ol className="mail-list">
          {outbox.items.map((item) => (
            <li key={item.id}>
              <Link href={`/mail/${item.id}`} className="mail-subject">
                {item.subject}
              </Link>
              <span className={`badge mail-status-${item.status.toLowerCase()}`}>
                {words.statuses[item.status]}
              </span>
              <p className="mail-meta">
                {words.to(item.to.join(', '))} · {words.queued} {when(item.createdAt)}
                {item.sentAt && (
                  <>
                    {' '}
                    · {words.sent} {when(item.sentAt)}
                  </>
                )}
              </p>
              {item.interrupted && <p className="mail-meta">{words.interrupted}</p>}
              {item.lastError && item.status !== 'SENT' && (
                <p className="mail-meta">{words.lastAnswer(item.lastError)}</p>
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
            {words.older}
          </Link>
        </p>
      )}
    </div>
  );
}
