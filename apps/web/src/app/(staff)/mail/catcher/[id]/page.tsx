import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IdParams, roleAllows } from '@cairn/contracts';
import { getCaught } from '../../../../../mail/mail-api';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Caught email' };

export default async function CaughtMailPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await currentStaff();
  const parsed = IdParams.safeParse(await params);
  if (!parsed.success || !roleAllows(me.role, 'mail.manage')) notFound();
  const token = await requireApiToken();
  const mail = await getCaught(token, parsed.data.id);
  return (
    <>
      <p>
        <Link href="/mail/catcher">Mail catcher</Link>
      </p>
      <h1>{mail.subject || '(no subject)'}</h1>
      <dl className="mail-details">
        <dt>From</dt>
        <dd>{mail.from}</dd>
        <dt>To</dt>
        <dd>{mail.to.join(', ')}</dd>
        <dt>Caught</dt>
        <dd>
          <time dateTime={mail.receivedAt}>
            {formatDateTime(mail.receivedAt, me.organization.timeZone)}
          </time>
        </dd>
        <dt>In the outbox</dt>
        <dd>
          <Link href={`/mail/${mail.outboxMessageId}`}>The email as queued</Link>
        </dd>
        <dt>SHA-256</dt>
        <dd className="mail-code">{mail.sha256}</dd>
      </dl>
      <h2>Message</h2>
      <pre className="mail-body">{mail.text}</pre>
      <details>
        <summary>Headers</summary>
        <pre className="mail-body">{mail.headers}</pre>
      </details>
    </>
  );
}
