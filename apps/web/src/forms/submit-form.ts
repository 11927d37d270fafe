import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { callApi, readJson } from '../api/api-client';
import { formValues, placeErrors, type CaseFormState } from '../cases/form-values';
import { requireApiToken } from '../staff/staff-api';
import { checkInput, zodFieldErrors } from './form-state';
import {
  codedRefusal,
  readRichProblem,
  refusalSentence,
  withActionWords,
  type ActionRefusals,
} from './refusal';
import { staffLocale } from './staff-locale';

export interface FormSubmission {
  previous: { attempt: number };
  form: FormData;
  /** The form's field names, on which the errors of the check and of the API are placed. */
  fields: readonly string[];
  /**
   * The API route's own body schema, checked here first so a refusal costs no round trip;
   * absent for a route that takes no body.
   */
  schema?: z.ZodType;
  input?: unknown;
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  /** The sentence shown once the API has taken it. */
  done: string;
  /** The page whose data changed, when the caller does not revalidate it itself. */
  page?: string;
  /** What a 404 means on this form, said to the person; a generic sentence otherwise. */
  gone?: string;
  /**
   * What a 409 means when the API's problem code says nothing better; also a 403's, unless
   * `refusals.forbidden` says it.
   */
  conflict?: string;
  /** What this action's other refusals mean (a 403, a state it no longer applies to). */
  refusals?: ActionRefusals;
  /**
   * This action's sentences, by field path and in the reader's language, for the field
   * errors its API service sends without a rule to word them; English keeps the API's own.
   */
  fieldRefusals?: Readonly<Record<string, string>>;
  /** Called once when the check or the API refuses, before the answer is drawn. */
  onRefused?: () => Promise<void>;
}

/**
 * Checks a form with the API's schema, sends it, and turns the answer into what the form
 * shows: the same with a plain HTML form POST as with JavaScript. What was typed comes back
 * with every refusal, so nothing is lost.
 */
export async function submitForm(
  submission: FormSubmission,
): Promise<CaseFormState & { answer?: unknown }> {
  const { previous, form, fields, schema, input } = submission;
  const attempt = previous.attempt + 1;
  const values = formValues(form);
  const locale = await staffLocale();
  let body: unknown;
  if (schema) {
    const checked = checkInput(schema, input);
    if (!checked.success) {
      await submission.onRefused?.();
      return { ...placeErrors(fields, zodFieldErrors(checked.error), locale), values, attempt };
    }
    body = checked.data;
  }
  const token = await requireApiToken();
  const response = await callApi(submission.path, { method: submission.method, token, body });
  if (response.status === 401) redirect('/signin?ended=1');
  const answer = await readJson(response);
  if (response.ok) {
    if (submission.page) revalidatePath(submission.page);
    return { fieldErrors: {}, attempt, done: submission.done, answer };
  }
  await submission.onRefused?.();
  const problem = readRichProblem(answer);
  if (problem?.errors?.length) {
    const errors = withActionWords(problem.errors, locale, submission.fieldRefusals);
    const placed = placeErrors(fields, errors, locale);
    // Errors no field of this form holds (a step button's) read better as one sentence.
    const whole = Object.keys(placed.fieldErrors).length === 0 && codedRefusal(problem, locale);
    return { ...placed, ...(whole ? { message: whole } : {}), values, attempt };
  }
  const message = refusalSentence(response.status, answer, locale, {
    gone: submission.gone,
    conflict: submission.conflict,
    forbidden: submission.conflict,
    ...submission.refusals,
  });
  return { fieldErrors: {}, message, values, attempt, locale };
}
