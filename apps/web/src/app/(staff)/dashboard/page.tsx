import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows, type QueueView } from '@cairn/contracts';
import { CaseTable } from '../../../components/cases/case-table';
import { RiskBadge } from '../../../components/cases/badges';
import { getQueue } from '../../../cases/queue-api';
import { currentStaff } from '../../../staff/current-staff';
import { formatDate } from '../../../staff/format-date';
import { ROLE_LABELS } from '../../../staff/role-labels';
import { requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: 'Overview' };

type Section = Pick<QueueView['mine'], 'total' | 'totalCapped'> & { items: unknown[] };

function count(section: Section): string {
  return section.totalCapped ? `${section.total}+` : String(section.total);
}

function More({ section, href }: { section: Section; href: string }) {
  if (section.total <= section.items.length) return null;
  return (
    <p>
      <Link href={href}>All {count(section)}</Link>
    </p>
  );
}

/** Follow-up days are calendar days of the organisation: shown as such, not converted. */
function FollowUps({ section }: { section: QueueView['followUps'] }) {
  if (section.items.length === 0) return <p>No follow-up is due.</p>;
  return (
    <ul className="queue-list">
      {section.items.map((item) => (
        <li key={item.contactId}>
          <Link href={`/cases/${item.caseId}/contacts`}>{item.caseReference}</Link>{' '}
          <RiskBadge risk={item.riskLevel} /> {item.caseTitle}: follow up with{' '}
          {item.kind === 'WARNING' ? 'the other party' : (item.recipientName ?? 'the recipient')}
          {item.referenceNumber && ` (ref. ${item.referenceNumber})`},{' '}
          <span className={item.overdue ? 'overdue' : undefined}>
            {item.overdue ? 'overdue since' : 'due'}{' '}
            {formatDate(`${item.nextFollowUp}T12:00:00Z`, 'UTC')}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function DashboardPage() {
  const me = await currentStaff();
  const { timeZone } = me.organization;
  const intro = (
    <>
      <h1>Welcome, {me.user.displayName}</h1>
      <p>
        You are signed in to {me.organization.name} as {ROLE_LABELS[me.role].toLowerCase()}.
      </p>
    </>
  );
  if (!roleAllows(me.role, 'cases.read')) return intro;
  const queue = await getQueue(await requireApiToken());
  return (
    <>
      {intro}
      <section aria-labelledby="queue-mine">
        <h2 id="queue-mine">My open cases ({count(queue.mine)})</h2>
        {queue.mine.items.length === 0 ? (
          <p>No open case is assigned to you.</p>
        ) : (
          <CaseTable cases={queue.mine.items} timeZone={timeZone} />
        )}
        <More section={queue.mine} href="/cases?mine=true&sort=riskLevel" />
      </section>
      {queue.unassigned && (
        <section aria-labelledby="queue-unassigned">
          <h2 id="queue-unassigned">Unassigned cases ({count(queue.unassigned)})</h2>
          {queue.unassigned.items.length === 0 ? (
            <p>Every open case has someone on it.</p>
          ) : (
            <CaseTable cases={queue.unassigned.items} timeZone={timeZone} />
          )}
          <More section={queue.unassigned} href="/cases?unassigned=true&sort=riskLevel" />
        </section>
      )}
      <section aria-labelledby="queue-follow-ups">
        <h2 id="queue-follow-ups">Follow-ups due ({count(queue.followUps)})</h2>
        <p className="hint">Due on or before {formatDate(`${queue.today}T12:00:00Z`, 'UTC')}.</p>
        <FollowUps section={queue.followUps} />
      </section>
    </>
  );
}
