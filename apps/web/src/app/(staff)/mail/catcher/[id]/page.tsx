import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IdParams, roleAllows } from '@cairn/contracts';
import { staffLocale } from '../../../../../forms/staff-locale';
import { getCaught } from '../../../../../mail/mail-api';
import { MAIL_MESSAGES } from '../../../../../mail/mail-messages';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: MAIL_MESSAGES[await staffLocale()].caughtTitle };
}

export default async function CaughtMailPage({ params }: { params: Promise<{ id: string }> }) {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const parsed = IdParams.safeParse(await params);
  if (!parsed.success || !roleAllows(me.role, 'mail.manage')) notFound();
  const words = MAIL_MESSAGES[locale];
  const token = await requireApiToken();
  const mail = await getCaught(token, parsed.data.id);
  return (
    <div lang={locale}>
      <p>
        <Link href="/mail/catcher">{words.catcherTitle}</Link>
      </p>
      {/* The subject and text are the email's own, in whatever language it was written. */}
      {mail.subject ? (
        <h1 lang="" dir="auto">
          {mail.subject}
        </h1>
      ) : (
        <h1>{words.noSubject}</h1>
      )}
      <dl className="mail-details">
        <dt>{words.from}</dt>
        <dd>{mail.from}</dd>
        <dt>{words.toLabel}</dt>
        <dd>{mail.to.join(', ')}</dd>
        <dt>{words.caught}</dt>
        <dd>
          <time dateTime={mail.receivedAt}>
            {formatDateTime(mail.receivedAt, me.organization.timeZone, locale)}
          </time>
        </dd>
        <dt>{words.inOutbox}</dt>
        <dd>
          <Link href={`/mail/${mail.outboxMessageId}`}>{words.asQueued}</Link>
        </dd>
        <dt>SHA-256</dt>
        <dd className="mail-code">{mail.sha256}</dd>
      </dl>
      <h2>{words.message}</h2>
      <pre className="mail-body" lang="" dir="auto">
        {mail.text}
      </pre>
      <details>
        <summary>{words.headers}</summary>
        <pre className="mail-body" lang="">
          {mail.headers}
        </pre>
      </details>
    </div>
  );
}
