import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import type { SearchParams } from '../../../../cases/list-query';
import { staffLocale } from '../../../../forms/staff-locale';
import { listCaught } from '../../../../mail/mail-api';
import { MAIL_MESSAGES } from '../../../../mail/mail-messages';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: MAIL_MESSAGES[await staffLocale()].catcherTitle };
}

export default async function MailCatcherPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = MAIL_MESSAGES[locale];
  if (!roleAllows(me.role, 'mail.manage')) {
    return (
      <div lang={locale}>
        <h1>{words.catcherTitle}</h1>
        <p className="notice">{words.adminsOnly}</p>
      </div>
    );
  }
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const token = await requireApiToken();
  const caught = await listCaught(token, cursor);
  const { timeZone } = me.organization;
  return (
    <div lang={locale}>
      <p>
        <Link href="/mail">{words.allEmails}</Link>
      </p>
      <h1>{words.catcherTitle}</h1>
      <p>{words.catcherIntro}</p>
      {caught.items.length === 0 ? (
        <p>{words.noneCaught}</p>
      ) : (
        <ol className="mail-list">
          {caught.items.map((item) => (
            <li key={item.id}>
              <Link href={`/mail/catcher/${item.id}`} className="mail-subject">
                {item.subject || words.noSubject}
              </Link>
              <p className="mail-meta">
                {words.to(item.to.join(', '))} ·{' '}
                <time dateTime={item.receivedAt}>
                  {formatDateTime(item.receivedAt, timeZone, locale)}
                </time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {caught.nextCursor && (
        <p>
          <Link href={`/mail/catcher?cursor=${encodeURIComponent(caught.nextCursor)}`}>
            {words.older}
          </Link>
        </p>
      )}
    </div>
  );
}
