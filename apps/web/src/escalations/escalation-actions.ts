'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import {
  EscalationCalendarBody,
  EscalationRuleBody,
  OnCallBody,
  type EscalationRuleKind,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { checkInput, readProblem, UNAVAILABLE_MESSAGE, zodFieldErrors } from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { formValues, placeErrors, type CaseFormState } from '../cases/form-values';
import { requireApiToken } from '../staff/staff-api';
import { CALENDAR_FIELDS, calendarInput, RULE_FIELDS, ruleInput } from './escalation-bodies';

const PAGE = '/escalations';

/**
 * Checks the form with the API's own schema, sends it, and turns the answer into what the
 * form shows: the same with a plain HTML form POST as with JavaScript.
 */
async function send(
  previous: CaseFormState,
  form: FormData,
  fields: readonly string[],
  schema: z.ZodType,
  input: unknown,
  method: 'POST' | 'PUT',
  path: string,
  done: string,
): Promise<CaseFormState> {
  const attempt = previous.attempt + 1;
  const values = formValues(form);
  const locale = await staffLocale();
  const checked = checkInput(schema, input);
  if (!checked.success)
    return { ...placeErrors(fields, zodFieldErrors(checked.error), locale), values, attempt };
  const token = await requireApiToken();
  const response = await callApi(path, { method, token, body: checked.data });
  if (response.status === 401) redirect('/signin?ended=1');
  const answer = await readJson(response);
  if (response.ok) {
    revalidatePath(PAGE);
    return { fieldErrors: {}, attempt, done };
  }
  const problem = readProblem(answer);
  if (problem?.errors?.length)
    return { ...placeErrors(fields, problem.errors, locale), values, attempt };
  const message =
    response.status === 409 || response.status === 403
      ? (problem?.detail ?? problem?.title ?? 'That conflicts with the settings as they are now.')
      : response.status === 404
        ? 'This rule or person no longer exists here. Reload the page.'
        : UNAVAILABLE_MESSAGE;
  return { fieldErrors: {}, message, values, attempt, locale };
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
