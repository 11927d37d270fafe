import { Problem } from '@cairn/contracts';
import type { z } from 'zod';

/** What a form shows after an attempt: a message for the whole form and one per field. */
export interface FormState<Field extends string> {
  /** A message about the whole attempt, as opposed to one field. */
  message?: string;
  fieldErrors: Partial<Record<Field, string>>;
}

export const CHECK_FIELDS_MESSAGE = 'Check the fields marked below.';
export const UNAVAILABLE_MESSAGE = 'That did not work right now. Try again in a moment.';

/** The text of a form field; a missing field, or a file, reads as empty. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Puts field errors on the form's fields. A field is named by its path within the part of
 * the request it belongs to; the path's last segment is the form field's name. Errors on
 * fields the form does not have become the form's message, so none is silently dropped.
 */
export function stateFromFieldErrors<Field extends string>(
  fields: readonly Field[],
  errors: readonly { field: string; message: string }[],
): FormState<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const { field, message } of errors) {
    const name = field.split('.').pop() ?? field;
    if ((fields as readonly string[]).includes(name)) fieldErrors[name as Field] ??= message;
    else unplaced.push(message);
  }
  return {
    fieldErrors,
    message: unplaced.length > 0 ? unplaced.join(' ') : CHECK_FIELDS_MESSAGE,
  };
}

/** The state for input the shared contract schema refused, in the API's own terms. */
export function stateFromZodError<Field extends string>(
  fields: readonly Field[],
  error: z.ZodError,
): FormState<Field> {
  return stateFromFieldErrors(
    fields,
    error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  );
}

/** Reads a problem+json answer; undefined when the body is not one (a proxy's error page). */
export function readProblem(body: unknown): Problem | undefined {
  const problem = Problem.safeParse(body);
  return problem.success ? problem.data : undefined;
}
