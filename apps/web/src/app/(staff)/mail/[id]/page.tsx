import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IdParams, roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../../cases/list-query';
import { resendEmail } from '../../../../mail/mail-actions';
import { getOutboxMessage } from '../../../../mail/mail-api';
import { STATUS_HELP, STATUS_LABELS } from '../../../../mail/status-labels';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Email' };

export default async function OutboxMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const me = await currentStaff();
  const parsed = IdParams.safeParse(await params);
  if (!parsed.success || !roleAllows(me.role, 'mail.manage')) notFound();
  const query = await searchParams;
  const token = await requireApiToken();
  const email = await getOutboxMessage(token, parsed.data.id);
  const { timeZone } = me.organization;
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, timeZone)}</time> : '—';
  const canResend = email.status === 'FAILED' || email.status === 'NEEDS_REVIEW';

  return (
    <>
      <p>
        <Link href="/mail">All emails</Link>
      </p>
      <h1>{email.subject}</h1>
      {query.resent === '1' && (
        <p className="notice" role="status">
          The email is queued again. It keeps its Message-ID, so a recipient who did get it can tell
          the two apart from a new message.
        </p>
      )}
      {query.resend === 'refused' && (
        <p className="form-error" role="alert">
          This email could not be sent again: only an email that failed, or one marked for review,
          can be.
        </p>
      )}
      <p>
        <span className={`badge mail-status-${email.status.toLowerCase()}`}>
          {STATUS_LABELS[email.status]}
        </span>{' '}
        {STATUS_HELP[email.status]}
      </p>
      <dl className="mail-details">
        <dt>From</dt>
        <dd>{email.from}</dd>
        <dt>To</dt>
        <dd>{email.to.join(', ')}</dd>
        {email.cc.length > 0 && (
          <>
            <dt>Copy to</dt>
            <dd>{email.cc.join(', ')}</dd>
          </>
        )}
        {email.replyTo && (
          <>
            <dt>Replies go to</dt>
            <dd>{email.replyTo}</dd>
          </>
        )}
        <dt>Queued</dt>
        <dd>{when(email.createdAt)}</dd>
        <dt>Sent</dt>
        <dd>{when(email.sentAt)}</dd>
        {email.status === 'QUEUED' && email.attempts > 0 && (
          <>
            <dt>Next attempt</dt>
            <dd>{when(email.nextAttemptAt)}</dd>
          </>
        )}
        <dt>Attempts</dt>
        <dd>{email.attempts}</dd>
        {email.lastError && (
          <>
            <dt>Last problem</dt>
            <dd>{email.lastError}</dd>
          </>
        )}
        {email.smtpResponse && (
          <>
            <dt>Mail server’s answer</dt>
            <dd>{email.smtpResponse}</dd>
          </>
        )}
        <dt>Message-ID</dt>
        <dd className="mail-code">{email.messageId}</dd>
        {email.sentSha256 && (
          <>
            <dt>SHA-256 of the message sent</dt>
            <dd className="mail-code">{email.sentSha256}</dd>
          </>
        )}
        {email.resentAt && (
          <>
            <dt>Sent again by an admin</dt>
            <dd>{when(email.resentAt)}</dd>
          </>
        )}
      </dl>
      {canResend && (
        <form action={resendEmail} className="form">
          <input type="hidden" name="id" value={email.id} />
          <button type="submit">Send again</button>
        </form>
      )}
      <h2>Message</h2>
      <pre className="mail-body">{email.text}</pre>
    </>
  );
}
