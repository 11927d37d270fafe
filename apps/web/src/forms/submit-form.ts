import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { callApi, readJson } from '../api/api-client';
import { formValues, placeErrors, type CaseFormState } from '../cases/form-values';
import { requireApiToken } from '../staff/staff-api';
import { FORM_MESSAGES } from '../i18n/form-messages';
import { checkInput, readProblem, zodFieldErrors } from './form-state';
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
  /** What a 404 means on this form, said to the person. */
  gone: string;
  /** What a 409 or 403 means when the API's problem says nothing better. */
  conflict: string;
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
    if (!checked.success)
      return { ...placeErrors(fields, zodFieldErrors(checked.error), locale), values, attempt };
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
  const problem = readProblem(answer);
  if (problem?.errors?.length)
    return { ...placeErrors(fields, problem.errors, locale), values, attempt };
  const message =
    response.status === 409 || response.status === 403
      ? (problem?.detail ?? problem?.title ?? submission.conflict)
      : response.status === 404
        ? submission.gone
        : FORM_MESSAGES[locale].unavailable;
  return { fieldErrors: {}, message, values, attempt, locale };
}
