import { fieldMessage, fieldRule, Problem, type FieldLocale } from '@cairn/contracts';
import type { z } from 'zod';
import { FORM_MESSAGES } from '../i18n/form-messages';

/** What a form shows after an attempt: a message for the whole form and one per field. */
export interface FormState<Field extends string> {
  /** A message about the whole attempt, as opposed to one field. */
  message?: string;
  fieldErrors: Partial<Record<Field, string>>;
  /** The language the errors are in, for the words around them. */
  locale?: FieldLocale;
}

export const CHECK_FIELDS_MESSAGE = FORM_MESSAGES.en.checkFields;
export const UNAVAILABLE_MESSAGE = FORM_MESSAGES.en.unavailable;

/** A field error as the API sends it: an English sentence, and the rule it words when known. */
export interface SentFieldError {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * Checks form input with a contract schema. The issues keep the input so that a missing
 * field reads "required" rather than "enter text"; they never leave the server action.
 */
export function checkInput<Schema extends z.ZodType>(schema: Schema, input: unknown) {
  return schema.safeParse(input, { reportInput: true });
}

/**
 * The API's field errors in the reader's language. English keeps the API's own sentence,
 * which a schema may make more precise than the table (a count, an example).
 */
export function localFieldErrors(
  errors: readonly SentFieldError[],
  locale: FieldLocale,
): { field: string; message: string }[] {
  return errors.map(({ field, message, code, params }) => ({
    field,
    message: locale === 'en' || !code ? message : fieldMessage({ rule: code, params }, locale),
  }));
}

/** A refused schema's issues as the API would send them, each naming its rule. */
export function zodFieldErrors(error: z.ZodError): SentFieldError[] {
  return error.issues.map((issue) => {
    const { rule, params } = fieldRule(issue);
    return { field: issue.path.join('.'), message: issue.message, code: rule, params };
  });
}

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
  errors: readonly SentFieldError[],
  locale: FieldLocale = 'en',
): FormState<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  const unplaced: string[] = [];
  for (const { field, message } of localFieldErrors(errors, locale)) {
    const name = field.split('.').pop() ?? field;
    if ((fields as readonly string[]).includes(name)) fieldErrors[name as Field] ??= message;
    else unplaced.push(message);
  }
  return {
    fieldErrors,
    message: unplaced.length > 0 ? unplaced.join(' ') : FORM_MESSAGES[locale].checkFields,
    locale,
  };
}

/** The state for input the shared contract schema refused, in the reader's language. */
export function stateFromZodError<Field extends string>(
  fields: readonly Field[],
  error: z.ZodError,
  locale: FieldLocale = 'en',
): FormState<Field> {
  return stateFromFieldErrors(fields, zodFieldErrors(error), locale);
}

/** Reads a problem+json answer; undefined when the body is not one (a proxy's error page). */
export function readProblem(body: unknown): Problem | undefined {
  const problem = Problem.safeParse(body);
  return problem.success ? problem.data : undefined;
}
