'use client';

import type {
  EscalationCalendarView,
  EscalationRuleKind,
  EscalationRuleView,
  OnCallMemberView,
} from '@cairn/contracts';
import { saveCalendar, saveRule, setOnCall } from '../../escalations/escalation-actions';
import { CaseForm, type FieldSpec } from '../cases/case-form';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The days, hours and holidays every business-time deadline is counted in. */
export function CalendarForm({ calendar }: { calendar: EscalationCalendarView }) {
  return (
    <CaseForm
      action={saveCalendar}
      idPrefix="calendar"
      submitLabel="Save business hours"
      pendingLabel="Saving…"
      groups={[
        {
          fields: [
            {
              kind: 'checkboxes',
              name: 'days',
              label: 'Working days',
              options: WEEKDAYS.map((label, index) => ({ value: String(index + 1), label })),
              defaultValues: calendar.days.map(String),
            },
            {
              kind: 'text',
              name: 'opens',
              label: 'Opens at',
              hint: `24-hour time in ${calendar.timeZone}, such as 09:00.`,
              defaultValue: calendar.opens,
              required: true,
            },
            {
              kind: 'text',
              name: 'closes',
              label: 'Closes at',
              hint: 'Such as 17:30; 24:00 for midnight.',
              defaultValue: calendar.closes,
              required: true,
            },
            {
              kind: 'textarea',
              name: 'holidays',
              label: 'Holidays',
              hint: 'Days off, one per line, such as 2026-12-25. They do not count as business days.',
              rows: 4,
              defaultValue: calendar.holidays.join('\n'),
            },
          ],
        },
      ]}
    />
  );
}

const number = (
  name: string,
  label: string,
  hint: string,
  value: number | null | undefined,
): FieldSpec => ({
  kind: 'text',
  name,
  label,
  hint,
  defaultValue: value === null || value === undefined ? '' : String(value),
});

function ruleFields(kind: EscalationRuleKind, rule?: EscalationRuleView): FieldSpec[] {
  const enabled: FieldSpec = {
    kind: 'checkbox',
    name: 'enabled',
    label: 'Turned on',
    defaultChecked: rule?.enabled ?? false,
  };
  if (kind === 'TAKEDOWN_UNANSWERED') {
    const current = rule?.kind === kind ? rule : undefined;
    return [
      enabled,
      number(
        'followUpAfterBusinessDays',
        'Follow up after (business days)',
        'A request the platform has not acknowledged by then is followed up by email. 1 to 60.',
        current?.followUpAfterBusinessDays ?? 5,
      ),
      number(
        'escalateAfterBusinessDays',
        'Escalate after (more business days)',
        'Counted from the follow-up. Leave empty never to escalate. 1 to 60.',
        current ? current.escalateAfterBusinessDays : 5,
      ),
      {
        kind: 'radios',
        name: 'escalateTo',
        label: 'Escalate to',
        options: [
          {
            value: 'PLATFORM_CONTACT',
            label: "The platform's escalation contact (the regulator when it has none)",
          },
          { value: 'REGULATOR', label: 'The regulator, always' },
        ],
        defaultValue: current?.escalateTo ?? 'PLATFORM_CONTACT',
      },
      {
        kind: 'text',
        name: 'regulatorEmail',
        label: 'Regulator email address',
        hint: 'Told which notice went unanswered, not the content. Needed to escalate to a regulator.',
        defaultValue: current?.regulatorEmail ?? '',
      },
    ];
  }
  if (kind === 'HIGH_RISK_UNASSIGNED') {
    const current = rule?.kind === kind ? rule : undefined;
    return [
      enabled,
      number(
        'afterMinutes',
        'Alert after (minutes)',
        'Counted day and night. The staff on call are emailed, or the supervisors when nobody is.',
        current?.afterMinutes ?? 30,
      ),
    ];
  }
  const current = rule?.kind === kind ? rule : undefined;
  return [
    enabled,
    number(
      'afterBusinessHours',
      'Alert after (business hours)',
      'A first response is a contact logged, a note written or a change of status by staff.',
      current?.afterBusinessHours ?? 8,
    ),
  ];
}

/** One rule: added the first time it is saved, replaced after. */
export function RuleForm({ kind, rule }: { kind: EscalationRuleKind; rule?: EscalationRuleView }) {
  return (
    <CaseForm
      action={saveRule.bind(null, kind, rule?.id ?? null)}
      idPrefix={`rule-${kind.toLowerCase()}`}
      submitLabel="Save this rule"
      pendingLabel="Saving…"
      groups={[{ fields: ruleFields(kind, rule) }]}
    />
  );
}

export function OnCallForm({ member }: { member: OnCallMemberView }) {
  return (
    <CaseForm
      action={setOnCall.bind(null, member.id, !member.onCall)}
      idPrefix={`on-call-${member.id}`}
      submitLabel={
        member.onCall ? `Take ${member.displayName} off call` : `Put ${member.displayName} on call`
      }
      pendingLabel="Saving…"
      groups={[]}
    />
  );
}
