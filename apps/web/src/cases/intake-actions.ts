'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { FollowUpCodeView, SurvivorMessageBody } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { checkInput, formText, readProblem, zodFieldErrors } from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { requireApiToken } from '../staff/staff-api';
import { casePath } from './case-api';
import { formValues, placeErrors, type CaseFormState } from './form-values';
import { INTAKE_MESSAGES, type IntakeMessages } from './intake-messages';
import { markRefused } from './refused-title';

/** What the new-code form shows: the code once, after the API made it, or why it was not. */
export interface FollowUpCodeState {
  attempt: number;
  code?: string;
  message?: string;
}

/** The sentence for an API refusal that names no field. */
function refusal(status: number, words: IntakeMessages): string {
  if (status === 403) return words.roleRefused;
  if (status === 404) return words.caseGone;
  return words.unavailable;
}

/**
 * A new follow-up code for the survivor. The code goes back in this answer only, to be shown
 * once on the page that asked; it is never stored here nor put in an address.
 */
export async function newFollowUpCode(
  caseId: string,
  previous: FollowUpCodeState,
): Promise<FollowUpCodeState> {
  const attempt = previous.attempt + 1;
  const words = INTAKE_MESSAGES[await staffLocale()];
  const token = await requireApiToken();
  const response = await callApi(casePath(caseId, '/follow-up-code'), { method: 'POST', token });
  if (response.status === 401) redirect('/signin?ended=1');
  const answer = await readJson(response);
  if (!response.ok) {
    await markRefused();
    return { attempt, message: `${words.codeRefused} ${refusal(response.status, words)}` };
  }
  revalidatePath(`/cases/${caseId}`, 'layout');
  return { attempt, code: FollowUpCodeView.parse(answer).code };
}

const MESSAGE_FIELDS = ['text'] as const;

/** Shares a message with the survivor, checked with the API's own schema first. */
export async function shareSurvivorMessage(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const attempt = previous.attempt + 1;
  const locale = await staffLocale();
  const words = INTAKE_MESSAGES[locale];
  const values = formValues(form);
  const body = checkInput(SurvivorMessageBody, { text: formText(form, 'text') });
  if (!body.success) {
    await markRefused();
    return { ...placeErrors(MESSAGE_FIELDS, zodFieldErrors(body.error), locale), values, attempt };
  }
  const token = await requireApiToken();
  const response = await callApi(casePath(caseId, '/survivor-messages'), {
    method: 'POST',
    token,
    body: body.data,
  });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.ok) {
    revalidatePath(`/cases/${caseId}`, 'layout');
    return { fieldErrors: {}, attempt, done: words.shared, locale };
  }
  await markRefused();
  const problem = readProblem(await readJson(response));
  if (problem?.errors?.length) {
    return { ...placeErrors(MESSAGE_FIELDS, problem.errors, locale), values, attempt };
  }
  return { fieldErrors: {}, message: refusal(response.status, words), values, attempt, locale };
}
