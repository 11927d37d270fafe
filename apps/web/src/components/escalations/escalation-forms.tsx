'use client';

import type {
  FieldLocale,
  EscalationCalendarView,
  EscalationRuleKind,
  EscalationRuleView,
  OnCallMemberView,
} from '@cairn/contracts';
import { saveCalendar, saveRule, setOnCall } from '../../escalations/escalation-actions';
import {
  ESCALATION_MESSAGES,
  type EscalationMessages,
} from '../../escalations/escalation-messages';
import { CaseForm, type FieldSpec } from '../cases/case-form';

/** The days, hours and holidays every business-time deadline is counted in. */
export function CalendarForm({
  calendar,
  locale,
}: {
  calendar: EscalationCalendarView;
  locale: FieldLocale;
}) {
  const words = ESCALATION_MESSAGES[locale];
  return (
    <CaseForm
      action={saveCalendar}
      idPrefix="calendar"
      submitLabel={words.saveHours}
      pendingLabel={words.saving}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'checkboxes',
              name: 'days',
              label: words.workingDays,
              options: words.weekdays.map((label, index) => ({ value: String(index + 1), label })),
              defaultValues: calendar.days.map(String),
            },
            {
              kind: 'text',
              name: 'opens',
              label: words.opensAt,
              hint: words.opensHint(calendar.timeZone),
              defaultValue: calendar.opens,
              required: true,
            },
            {
              kind: 'text',
              name: 'closes',
              label: words.closesAt,
              hint: words.closesHint,
              defaultValue: calendar.closes,
              required: true,
            },
            {
              kind: 'textarea',
              name: 'holidays',
              label: words.holidays,
              hint: words.holidaysHint,
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

function ruleFields(
  words: EscalationMessages,
  kind: EscalationRuleKind,
  rule?: EscalationRuleView,
): FieldSpec[] {
  const enabled: FieldSpec = {
    kind: 'checkbox',
    name: 'enabled',
    label: words.turnedOn,
    defaultChecked: rule?.enabled ?? false,
  };
  if (kind === 'TAKEDOWN_UNANSWERED') {
    const current = rule?.kind === kind ? rule : undefined;
    return [
      enabled,
      number(
        'followUpAfterBusinessDays',
        words.followUpAfter,
        words.followUpHint,
        current?.followUpAfterBusinessDays ?? 5,
      ),
      number(
        'escalateAfterBusinessDays',
        words.escalateAfter,
        words.escalateHint,
        current ? current.escalateAfterBusinessDays : 5,
      ),
      {
        kind: 'radios',
        name: 'escalateTo',
        label: words.escalateTo,
        options: [
          { value: 'PLATFORM_CONTACT', label: words.toPlatformContact },
          { value: 'REGULATOR', label: words.toRegulator },
        ],
        defaultValue: current?.escalateTo ?? 'PLATFORM_CONTACT',
      },
      {
        kind: 'text',
        name: 'regulatorEmail',
        label: words.regulatorEmail,
        hint: words.regulatorHint,
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
        words.alertAfterMinutes,
        words.alertMinutesHint,
        current?.afterMinutes ?? 30,
      ),
    ];
  }
  const current = rule?.kind === kind ? rule : undefined;
  return [
    enabled,
    number(
      'afterBusinessHours',
      words.alertAfterHours,
      words.alertHoursHint,
      current?.afterBusinessHours ?? 8,
    ),
  ];
}

/** One rule: added the first time it is saved, replaced after. */
export function RuleForm({
  kind,
  rule,
  locale,
}: {
  kind: EscalationRuleKind;
  rule?: EscalationRuleView;
  locale: FieldLocale;
}) {
  const words = ESCALATION_MESSAGES[locale];
  return (
    <CaseForm
      action={saveRule.bind(null, kind, rule?.id ?? null)}
      idPrefix={`rule-${kind.toLowerCase()}`}
      submitLabel={words.saveRule}
      pendingLabel={words.saving}
      locale={locale}
      groups={[{ fields: ruleFields(words, kind, rule) }]}
    />
  );
}

export function OnCallForm({ member, locale }: { member: OnCallMemberView; locale: FieldLocale }) {
  const words = ESCALATION_MESSAGES[locale];
  return (
    <CaseForm
      action={setOnCall.bind(null, member.id, !member.onCall)}
      idPrefix={`on-call-${member.id}`}
      submitLabel={
        member.onCall ? words.takeOff(member.displayName) : words.putOn(member.displayName)
      }
      pendingLabel={words.saving}
      locale={locale}
      groups={[]}
    />
  );
}
