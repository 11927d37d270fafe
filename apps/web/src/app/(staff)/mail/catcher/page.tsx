import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../../cases/list-query';
import { listCaught } from '../../../../mail/mail-api';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Mail catcher' };

export default async function MailCatcherPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const me = await currentStaff();
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <>
        <h1>Mail catcher</h1>
        <p className="notice">Only admins can see the emails Cairn sends.</p>
      </>
    );
  }
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const token = await requireApiToken();
  const caught = await listCaught(token, cursor);
  const { timeZone } = me.organization;
  return (
    <>
      <p>
        <Link href="/mail">All emails</Link>
      </p>
      <h1>Mail catcher</h1>
      <p>
        With no mail server set up, Cairn keeps here, on this machine, every email it would have
        sent for your organisation. Nothing shown here reached its recipient.
      </p>
      {caught.items.length === 0 ? (
        <p>No email caught yet.</p>
      ) : (
        <ol className="mail-list">
          {caught.items.map((item) => (
            <li key={item.id}>
              <Link href={`/mail/catcher/${item.id}`} className="mail-subject">
                {item.subject || '(no subject)'}
              </Link>
              <p className="mail-meta">
                To {item.to.join(', ')} ·{' '}
                <time dateTime={item.receivedAt}>{formatDateTime(item.receivedAt, timeZone)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {caught.nextCursor && (
        <p>
          <Link href={`/mail/catcher?cursor=${encodeURIComponent(caught.nextCursor)}`}>
            Older emails
          </Link>
        </p>
      )}
    </>
  );
}
