import type { FieldLocale } from '@cairn/contracts';

// What the case forms' client code needs, kept apart from the code that builds it: the
// browser gets these few lines rather than the contracts and zod that building one uses.

/** What a form sent, kept to show it again after a refusal: every value of every field. */
export type FormValues = Record<string, string[]>;

/** What a case form shows after an attempt. */
export interface CaseFormState {
  message?: string;
  /** Errors by form field name (the API path of the field, such as `survivor.name`). */
  fieldErrors: Record<string, string>;
  /** Present after a refusal, so the form shows what was typed. */
  values?: FormValues;
  /** Changes on every answer, so the form is drawn afresh from the state. */
  attempt: number;
  /** Said after a success. */
  done?: string;
  /** The language the errors are in, for the words around them. */
  locale?: FieldLocale;
}

export const INITIAL_CASE_FORM_STATE: CaseFormState = { fieldErrors: {}, attempt: 0 };
