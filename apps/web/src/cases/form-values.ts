import type { FieldLocale } from '@cairn/contracts';
import { formText, localFieldErrors, type SentFieldError } from '../forms/form-state';
import { FORM_MESSAGES } from '../i18n/form-messages';
import type { CaseFormState, FormValues } from './case-form-state';

export { INITIAL_CASE_FORM_STATE, type CaseFormState, type FormValues } from './case-form-state';

export function formValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form.entries()) {
    // Next's own fields for the action itself.
    if (name.startsWith('$') || typeof value !== 'string') continue;
    (values[name] ??= []).push(value);
  }
  return values;
}

/**
 * Puts each error on the form field whose name is the longest prefix of the error's path
 * (`never.2` lands on `never`); errors on fields the form does not have become its message,
 * so none is silently dropped.
 */
export function placeErrors(
  fields: readonly string[],
  errors: readonly SentFieldError[],
  locale: FieldLocale = 'en',
): Pick<CaseFormState, 'fieldErrors' | 'message' | 'locale'> {
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { field, message } of localFieldErrors(errors, locale)) {
    const segments = field.split('.');
    let placed = false;
    for (let length = segments.length; length > 0 && !placed; length -= 1) {
      const name = segments.slice(0, length).join('.');
      if (fields.includes(name)) {
        fieldErrors[name] ??= message;
        placed = true;
      }
    }
    if (!placed) unplaced.push(field ? `${field}: ${message}` : message);
  }
  return {
    fieldErrors,
    message: unplaced.length > 0 ? unplaced.join(' ') : FORM_MESSAGES[locale].checkFields,
    locale,
  };
}

/** A trimmed text field; undefined when empty, for optional API fields. */
export function optionalText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `a, b ,c` → `['a', 'b', 'c']`. */
export function commaList(form: FormData, name: string): string[] {
  return formText(form, name)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** One entry per non-blank line. */
export function lineList(form: FormData, name: string): string[] {
  return formText(form, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function checked(form: FormData, name: string): boolean {
  return form.get(name) !== null;
}

/** A yes / no / unknown answer: `true`, `false` or `null`. */
export function triState(form: FormData, name: string): boolean | null {
  const value = form.get(name);
  return value === 'yes' ? true : value === 'no' ? false : null;
}
