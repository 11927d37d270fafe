import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IdParams, roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../../cases/list-query';
import { staffLocale } from '../../../../forms/staff-locale';
import { resendEmail } from '../../../../mail/mail-actions';
import { getOutboxMessage } from '../../../../mail/mail-api';
import { MAIL_MESSAGES } from '../../../../mail/mail-messages';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: MAIL_MESSAGES[await staffLocale()].emailTitle };
}

export default async function OutboxMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const parsed = IdParams.safeParse(await params);
  if (!parsed.success || !roleAllows(me.role, 'mail.manage')) notFound();
  const words = MAIL_MESSAGES[locale];
  const query = await searchParams;
  const token = await requireApiToken();
  const email = await getOutboxMessage(token, parsed.data.id);
  const { timeZone } = me.organization;
  const when = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, timeZone, locale)}</time> : '—';
  const canResend = email.status === 'FAILED' || email.status === 'NEEDS_REVIEW';

  return (
    <div lang={locale}>
      <p>
        <Link href="/mail">{words.allEmails}</Link>
      </p>
      {/* The subject is the email's own, in whatever language it was written. */}
      <h1 lang="" dir="auto">
        {email.subject}
      </h1>
      {query.resent === '1' && (
        <p className="notice" role="status">
          {words.resent}
        </p>
      )}
      {query.resend === 'refused' && (
        <p className="form-error" role="alert">
          {words.resendRefused}
        </p>
      )}
      <p>
        <span className={`badge mail-status-${email.status.toLowerCase()}`}>
          {words.statuses[email.status]}
        </span>{' '}
        {words.statusHelp[email.status]}
      </p>
      <dl className="mail-details">
        <dt>{words.from}</dt>
        <dd>{email.from}</dd>
        <dt>{words.toLabel}</dt>
        <dd>{email.to.join(', ')}</dd>
        {email.cc.length > 0 && (
          <>
            <dt>{words.copyTo}</dt>
            <dd>{email.cc.join(', ')}</dd>
          </>
        )}
        {email.replyTo && (
          <>
            <dt>{words.repliesTo}</dt>
            <dd>{email.replyTo}</dd>
          </>
        )}
        <dt>{words.queuedLabel}</dt>
        <dd>{when(email.createdAt)}</dd>
        <dt>{words.sentLabel}</dt>
        <dd>{when(email.sentAt)}</dd>
        {email.status === 'QUEUED' && email.attempts > 0 && (
          <>
            <dt>{words.nextAttempt}</dt>
            <dd>{when(email.nextAttemptAt)}</dd>
          </>
        )}
        <dt>{words.attempts}</dt>
        <dd>{email.attempts}</dd>
        {email.interrupted && (
          <>
            <dt>{words.lastProblem}</dt>
            <dd>{words.interrupted}</dd>
          </>
        )}
        {/* The mail server's own words (SMTP replies are written in English), not the page's:
            marked so, whatever language the page speaks. */}
        {email.lastError && (
          <>
            <dt>{words.lastProblem}</dt>
            <dd lang="en">{email.lastError}</dd>
          </>
        )}
        {email.smtpResponse && (
          <>
            <dt>{words.serverAnswer}</dt>
            <dd lang="en">{email.smtpResponse}</dd>
          </>
        )}
        <dt>Message-ID</dt>
        <dd className="mail-code">{email.messageId}</dd>
        {email.sentSha256 && (
          <>
            <dt>{words.sentSha256}</dt>
            <dd className="mail-code">{email.sentSha256}</dd>
          </>
        )}
        {email.resentAt && (
          <>
            <dt>{words.resentAt}</dt>
            <dd>{when(email.resentAt)}</dd>
          </>
        )}
      </dl>
      {canResend && (
        <form action={resendEmail} className="form">
          <input type="hidden" name="id" value={email.id} />
          <button type="submit">{words.sendAgain}</button>
        </form>
      )}
      <h2>{words.message}</h2>
      <pre className="mail-body" lang="" dir="auto">
        {email.text}
      </pre>
    </div>
  );
}
