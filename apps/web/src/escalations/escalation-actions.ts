'use server';

import type { z } from 'zod';
import {
  EscalationCalendarBody,
  EscalationRuleBody,
  OnCallBody,
  type EscalationRuleKind,
} from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { staffLocale } from '../forms/staff-locale';
import { submitForm } from '../forms/submit-form';
import { ESCALATION_MESSAGES, type EscalationMessages } from './escalation-messages';
import { CALENDAR_FIELDS, calendarInput, RULE_FIELDS, ruleInput } from './escalation-bodies';

async function send(
  previous: CaseFormState,
  form: FormData,
  fields: readonly string[],
  schema: z.ZodType,
  input: unknown,
  method: 'POST' | 'PUT',
  path: string,
  done: (words: EscalationMessages) => string,
): Promise<CaseFormState> {
  const words = ESCALATION_MESSAGES[await staffLocale()];
  return submitForm({
    previous,
    form,
    fields,
    schema,
    input,
    method,
    path,
    done: done(words),
    page: '/escalations',
    gone: words.gone,
    conflict: words.conflict,
  });
}

export async function saveCalendar(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  return send(
    previous,
    form,
    CALENDAR_FIELDS,
    EscalationCalendarBody,
    calendarInput(form),
    'PUT',
    '/escalations/calendar',
    (words) => words.hoursSaved,
  );
}

/** Adds the organisation's rule of a kind, or replaces the one it has. */
export async function saveRule(
  kind: EscalationRuleKind,
  ruleId: string | null,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  return send(
    previous,
    form,
    RULE_FIELDS[kind],
    EscalationRuleBody,
    ruleInput(kind, form),
    ruleId ? 'PUT' : 'POST',
    ruleId ? `/escalations/rules/${encodeURIComponent(ruleId)}` : '/escalations/rules',
    (words) => words.ruleSaved,
  );
}

export async function setOnCall(
  membershipId: string,
  onCall: boolean,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  return send(
    previous,
    form,
    [],
    OnCallBody,
    { onCall },
    'PUT',
    `/escalations/on-call/${encodeURIComponent(membershipId)}`,
    (words) => (onCall ? words.nowOnCall : words.noLongerOnCall),
  );
}
