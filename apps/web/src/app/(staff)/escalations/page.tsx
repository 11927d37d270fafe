import type { Metadata } from 'next';
import { roleAllows, type EscalationRuleKind } from '@cairn/contracts';
import {
  CalendarForm,
  OnCallForm,
  RuleForm,
} from '../../../components/escalations/escalation-forms';
import { getEscalationSettings } from '../../../escalations/escalation-api';
import { currentStaff } from '../../../staff/current-staff';
import { formatDateTime } from '../../../staff/format-date';
import { ROLE_LABELS } from '../../../staff/role-labels';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.escalations.title };

const RULES: { kind: EscalationRuleKind; title: string; purpose: string }[] = [
  {
    kind: 'TAKEDOWN_UNANSWERED',
    title: 'Unanswered takedown requests',
    purpose:
      'Follow up with the platform, then escalate and tell the supervisors, when a sent request is not acknowledged.',
  },
  {
    kind: 'HIGH_RISK_UNASSIGNED',
    title: 'High-risk cases nobody took',
    purpose: 'Wake the staff on call when a HIGH or CRITICAL case stays without an assignee.',
  },
  {
    kind: 'NO_FIRST_RESPONSE',
    title: 'No first response',
    purpose: 'Tell the supervisors when a new case has had no first response in time.',
  },
];

const STEP_LABELS: Record<string, string> = {
  FOLLOW_UP: 'Followed up',
  ESCALATION: 'Escalated',
  ON_CALL: 'On-call alert',
  SUPERVISORS: 'Supervisors alerted',
};

export default async function EscalationsPage() {
  const me = await currentStaff();
  const { title, purpose } = STAFF_SECTIONS.escalations;
  if (!roleAllows(me.role, 'escalations.manage')) {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">Only admins set the escalation rules.</p>
      </>
    );
  }
  const settings = await getEscalationSettings(await requireApiToken());
  const { timeZone } = me.organization;
  return (
    <>
      <h1>{title}</h1>
      <p>{purpose}</p>
      <p>
        Deadlines stop while a case is waiting on the survivor, and start again when it moves on.
        Each rule acts once per request or case.
      </p>

      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Business hours</h2>
        <CalendarForm calendar={settings.calendar} />
      </section>

      {RULES.map((entry) => {
        const rule = settings.rules.find((candidate) => candidate.kind === entry.kind);
        const headingId = `rule-${entry.kind.toLowerCase()}-heading`;
        return (
          <section key={entry.kind} aria-labelledby={headingId}>
            <h2 id={headingId}>{entry.title}</h2>
            <p>{entry.purpose}</p>
            {!rule && <p className="notice">Not set up: nothing happens until you save it.</p>}
            <RuleForm kind={entry.kind} rule={rule} />
          </section>
        );
      })}

      <section aria-labelledby="on-call-heading">
        <h2 id="on-call-heading">On call</h2>
        <ul className="escalation-list">
          {settings.staff.map((member) => (
            <li key={member.id}>
              <p>
                <strong className="break-anywhere">{member.displayName}</strong> (
                {ROLE_LABELS[member.role]}): {member.onCall ? 'on call' : 'not on call'}
              </p>
              <OnCallForm member={member} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="firings-heading">
        <h2 id="firings-heading">What the rules did lately</h2>
        {settings.recentFirings.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="escalation-list">
            {settings.recentFirings.map((firing) => (
              <li key={firing.id}>
                <p>
                  <strong>{STEP_LABELS[firing.step] ?? firing.step}</strong>,{' '}
                  <a href={`/cases/${firing.caseId}`}>{firing.caseReference}</a>,{' '}
                  {formatDateTime(firing.firedAt, timeZone)}
                </p>
                <p className="break-anywhere">{firing.outcome}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
