'use server';

import type { z } from 'zod';
import {
  EscalationCalendarBody,
  EscalationRuleBody,
  OnCallBody,
  type EscalationRuleKind,
} from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { submitForm } from '../forms/submit-form';
import { CALENDAR_FIELDS, calendarInput, RULE_FIELDS, ruleInput } from './escalation-bodies';

function send(
  previous: CaseFormState,
  form: FormData,
  fields: readonly string[],
  schema: z.ZodType,
  input: unknown,
  method: 'POST' | 'PUT',
  path: string,
  done: string,
): Promise<CaseFormState> {
  return submitForm({
    previous,
    form,
    fields,
    schema,
    input,
    method,
    path,
    done,
    page: '/escalations',
    gone: 'This rule or person no longer exists here. Reload the page.',
    conflict: 'That conflicts with the settings as they are now.',
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
    'Business hours saved.',
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
    'Rule saved.',
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
    onCall ? 'Now on call.' : 'No longer on call.',
  );
}
