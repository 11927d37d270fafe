import { answerableItems, formAnswersSchema, type Form, type FormAnswers } from '@cairn/content';
import { fieldRule } from '@cairn/contracts';
import { AppError, type FieldError } from '../core/errors/app-error';
import type { FormFields } from './intake-multipart';
import { printableName } from './intake-multipart';

const SAFE_CONTACT_FIELDS = ['channels', 'times', 'details', 'never'] as const;

/**
 * The answers object of a submission, built from its fields as a browser sends them: one
 * field per item, a multiple choice repeated, a ticked consent `true`, a safe contact as
 * `<name>.channels` (repeated), `.times`, `.details` and `.never`. A field the form does not
 * have is kept under its own name, so the schema refuses it by name; a field sent twice
 * where one value is expected stays a list, which the schema refuses as such.
 */
export function answersFromFields(form: Form, fields: FormFields): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const used = new Set<string>();
  const take = (name: string) => {
    used.add(name);
    return fields.get(name);
  };
  for (const item of answerableItems(form)) {
    switch (item.type) {
      case 'multiple_choice': {
        const values = take(item.name);
        if (values) answers[item.name] = values;
        break;
      }
      case 'consent': {
        const values = take(item.name);
        if (values) answers[item.name] = single(values, (value) => value === 'true' || value);
        break;
      }
      case 'safe_contact': {
        const parts = SAFE_CONTACT_FIELDS.map(
          (field) => [field, take(`${item.name}.${field}`)] as const,
        );
        if (parts.every(([, values]) => values === undefined)) break;
        const contact: Record<string, unknown> = {};
        for (const [field, values] of parts) {
          if (values === undefined) continue;
          contact[field] = field === 'channels' ? values : single(values, (value) => value);
        }
        answers[item.name] = contact;
        break;
      }
      default: {
        const values = take(item.name);
        if (values) answers[item.name] = single(values, (value) => value);
      }
    }
  }
  for (const [name, values] of fields) {
    if (!used.has(name)) answers[name] = single(values, (value) => value);
  }
  return answers;
}

function single(values: string[], convert: (value: string) => unknown): unknown {
  return values.length === 1 ? convert(values[0]!) : values;
}

/** Each parsed revision's schema, built once: revisions are kept parsed by IntakeForms. */
const schemas = new WeakMap<Form, ReturnType<typeof formAnswersSchema>>();

/** The answers checked against the form; 400 naming each answer that is wrong, never its value. */
export function checkAnswers(form: Form, answers: Record<string, unknown>): FormAnswers {
  let schema = schemas.get(form);
  if (!schema) schemas.set(form, (schema = formAnswersSchema(form)));
  const result = schema.safeParse(answers);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => {
    const { rule, params } = fieldRule(issue);
    return {
      in: 'body',
      field: printableName(issue.path.map(String).join('.') || 'body'),
      message: issue.message,
      code: rule,
      ...(params && Object.keys(params).length > 0 ? { params } : {}),
    };
  });
  throw AppError.validation(errors);
}
