import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows, type FieldLocale, type QueueView } from '@cairn/contracts';
import { CaseTable } from '../../../components/cases/case-table';
import { RiskBadge } from '../../../components/cases/badges';
import { getQueue } from '../../../cases/queue-api';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { DASHBOARD_MESSAGES, type DashboardMessages } from '../../../staff/dashboard-messages';
import { formatDate } from '../../../staff/format-date';
import { ROLE_LABELS_BY_LOCALE } from '../../../staff/role-labels';
import { requireApiToken } from '../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: DASHBOARD_MESSAGES[await staffLocale()].title };
}

type Section = Pick<QueueView['mine'], 'total' | 'totalCapped'> & { items: unknown[] };

function count(section: Section): string {
  return section.totalCapped ? `${section.total}+` : String(section.total);
}

function More({
  section,
  href,
  words,
}: {
  section: Section;
  href: string;
  words: DashboardMessages;
}) {
  if (section.total <= section.items.length) return null;
  return (
    <p>
      <Link href={href}>{words.all(count(section))}</Link>
    </p>
  );
}

/** Follow-up days are calendar days of the organisation: shown as such, not converted. */
function FollowUps({
  section,
  words,
  locale,
}: {
  section: QueueView['followUps'];
  words: DashboardMessages;
  locale: FieldLocale;
}) {
  if (section.items.length === 0) return <p>{words.noFollowUp}</p>;
  return (
    <ul className="queue-list">
      {section.items.map((item) => (
        <li key={item.contactId}>
          <Link href={`/cases/${item.caseId}/contacts`}>{item.caseReference}</Link>{' '}
          <RiskBadge risk={item.riskLevel} locale={locale} /> {item.caseTitle}
          {words.followUpWith}{' '}
          {item.kind === 'WARNING' ? words.otherParty : (item.recipientName ?? words.recipient)}
          {item.referenceNumber && words.reference(item.referenceNumber)},{' '}
          <span className={item.overdue ? 'overdue' : undefined}>
            {item.overdue ? words.overdueSince : words.due}{' '}
            {formatDate(`${item.nextFollowUp}T12:00:00Z`, 'UTC', locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function DashboardPage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = DASHBOARD_MESSAGES[locale];
  const { timeZone } = me.organization;
  const intro = (
    <>
      <h1>{words.welcome(me.user.displayName)}</h1>
      <p>{words.signedInAs(me.organization.name, ROLE_LABELS_BY_LOCALE[locale][me.role])}</p>
    </>
  );
  if (!roleAllows(me.role, 'cases.read')) return <div lang={locale}>{intro}</div>;
  const queue = await getQueue(await requireApiToken());
  return (
    <div lang={locale}>
      {intro}
      <section aria-labelledby="queue-mine">
        <h2 id="queue-mine">{words.mine(count(queue.mine))}</h2>
        {queue.mine.items.length === 0 ? (
          <p>{words.noneMine}</p>
        ) : (
          <CaseTable cases={queue.mine.items} timeZone={timeZone} locale={locale} />
        )}
        <More section={queue.mine} href="/cases?mine=true&sort=riskLevel" words={words} />
      </section>
      {queue.unassigned && (
        <section aria-labelledby="queue-unassigned">
          <h2 id="queue-unassigned">{words.unassigned(count(queue.unassigned))}</h2>
          {queue.unassigned.items.length === 0 ? (
            <p>{words.noneUnassigned}</p>
          ) : (
            <CaseTable cases={queue.unassigned.items} timeZone={timeZone} locale={locale} />
          )}
          <More
            section={queue.unassigned}
            href="/cases?unassigned=true&sort=riskLevel"
            words={words}
          />
        </section>
      )}
      <section aria-labelledby="queue-follow-ups">
        <h2 id="queue-follow-ups">{words.followUps(count(queue.followUps))}</h2>
        <p className="hint">{words.dueBy(formatDate(`${queue.today}T12:00:00Z`, 'UTC', locale))}</p>
        <FollowUps section={queue.followUps} words={words} locale={locale} />
      </section>
    </div>
  );
}
