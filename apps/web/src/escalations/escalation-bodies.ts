import type { EscalationRuleKind } from '@cairn/contracts';
import { formText } from '../forms/form-state';

/** The fields of each form, by the API path each fills: the API's errors name them so. */
export const CALENDAR_FIELDS = ['days', 'opens', 'closes', 'holidays'] as const;
export const RULE_FIELDS: Record<EscalationRuleKind, readonly string[]> = {
  TAKEDOWN_UNANSWERED: [
    'enabled',
    'followUpAfterBusinessDays',
    'escalateAfterBusinessDays',
    'escalateTo',
    'regulatorEmail',
  ],
  HIGH_RISK_UNASSIGNED: ['enabled', 'afterMinutes'],
  NO_FIRST_RESPONSE: ['enabled', 'afterBusinessHours'],
};

const text = (form: FormData, name: string) => formText(form, name).trim();

/** A whole number as typed; anything else is sent as typed, for the schema to name. */
function count(form: FormData, name: string): unknown {
  const value = text(form, name);
  if (value === '') return undefined;
  return /^\d{1,6}$/.test(value) ? Number(value) : value;
}

/** One date per line or separated by commas; blank lines are left out. */
export function dateLines(value: string): string[] {
  return value
    .split(/[\r\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function calendarInput(form: FormData) {
  return {
    days: form
      .getAll('days')
      .filter((value): value is string => typeof value === 'string')
      .map(Number),
    opens: text(form, 'opens'),
    closes: text(form, 'closes'),
    holidays: dateLines(formText(form, 'holidays')),
  };
}

export function ruleInput(kind: EscalationRuleKind, form: FormData) {
  // CaseForm's checkbox sends "true" when ticked and nothing otherwise.
  const enabled = form.get('enabled') === 'true';
  if (kind === 'TAKEDOWN_UNANSWERED') {
    const escalate = count(form, 'escalateAfterBusinessDays');
    return {
      kind,
      enabled,
      followUpAfterBusinessDays: count(form, 'followUpAfterBusinessDays'),
      escalateAfterBusinessDays: escalate === undefined ? null : escalate,
      escalateTo: text(form, 'escalateTo') || 'PLATFORM_CONTACT',
      regulatorEmail: text(form, 'regulatorEmail') || null,
    };
  }
  if (kind === 'HIGH_RISK_UNASSIGNED')
    return { kind, enabled, afterMinutes: count(form, 'afterMinutes') };
  return { kind, enabled, afterBusinessHours: count(form, 'afterBusinessHours') };
}
