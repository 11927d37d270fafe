import {
  CASE_ROLE_TYPES,
  CASE_ROLES,
  FORM_ITEM_TYPES,
  type CaseRole,
  type FormItemType,
} from '@cairn/content';
import { ConsentScope, textProblem } from '@cairn/contracts';
import { formText } from '../forms/form-state';
import { languageName } from './labels';
import { EMPTY_TEXT, type ItemModel, type ItemText } from './form-model';

/** How the editor names each item type to an admin. */
export const TYPE_LABELS: Record<FormItemType, string> = {
  label: 'Information text',
  text_input: 'Short answer',
  text_area: 'Long answer',
  single_choice: 'One choice',
  multiple_choice: 'Several choices',
  date: 'Date',
  time: 'Time',
  file: 'File upload',
  consent: 'Consent',
  safe_contact: 'Safe contact',
};

export const ROLE_LABELS: Record<CaseRole, string> = {
  'survivor-name': "The survivor's name (short answer)",
  description: 'What happened: the case summary (short or long answer)',
  'incident-date': "The incident's date (date)",
  'incident-time': "The incident's time (time)",
  'survivor-country': "The survivor's country (one choice of country codes)",
};

export const SCOPE_LABELS: Record<ConsentScope, string> = {
  SHARE_WITH_POLICE: 'Share with the police',
  SHARE_WITH_PLATFORMS: 'Share with platforms',
  SHARE_WITH_LAWYER: 'Share with a lawyer',
  CONTACT_BY_PHONE: 'Contact by phone',
  CONTACT_BY_SMS: 'Contact by text message',
  CONTACT_BY_EMAIL: 'Contact by email',
  CONTACT_BY_MESSENGER: 'Contact through a messaging app',
};

export const isChoice = (type: FormItemType) =>
  type === 'single_choice' || type === 'multiple_choice';

/** Empty option rows offered below the filled ones, so options can be added without JavaScript. */
export const SPARE_OPTION_ROWS = 2;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const TEXT_MAX = 2_000;

/** The form fields' names and ids: one per setting, one per language for words. */
export const itemField = {
  type: 'type',
  name: 'name',
  required: 'required',
  role: 'role',
  scope: 'scope',
  multiple: 'multiple',
  optionRows: 'option-rows',
  label: (locale: string) => `label-${locale}`,
  hint: (locale: string) => `hint-${locale}`,
  optionValue: (row: number) => `option-value-${row}`,
  optionLabel: (locale: string, row: number) => `option-label-${locale}-${row}`,
};

/** The id of a field's element, which an error summary links to. */
export const fieldId = (name: string) => `item-${name}`;

export interface FieldError {
  field: string;
  message: string;
}

export interface ItemInput {
  item?: ItemModel;
  errors: FieldError[];
}

/** What the other items of the form already use, which this one may not use again. */
export interface Taken {
  names: Set<string>;
  roles: Set<string>;
  scopes: Set<string>;
}

function checkedText(errors: FieldError[], field: string, value: string, what: string): string {
  const trimmed = value.trim();
  const problem = textProblem(trimmed, 'single');
  if (problem) errors.push({ field, message: `${what}: ${problem}` });
  else if (trimmed.length > TEXT_MAX)
    errors.push({ field, message: `${what}: shorten this to at most 2,000 characters` });
  return trimmed;
}

/**
 * Reads the item editor's fields. Settings are checked as the guide's checker would
 * (a name like `what-happened`, a role that fits the type and is not used twice, a scope
 * asked once), and words are wanted in every language or none, so no language shows a
 * question the others skip. Every refusal names the field it is about.
 */
export function readItemInput(form: FormData, locales: readonly string[], taken: Taken): ItemInput {
  const errors: FieldError[] = [];
  const typeValue = formText(form, itemField.type);
  const type = FORM_ITEM_TYPES.find((known) => known === typeValue);
  if (!type) return { errors: [{ field: itemField.type, message: 'Choose the type of item' }] };

  const name = formText(form, itemField.name).trim();
  if (type !== 'label' || name) {
    if (!name)
      errors.push({
        field: itemField.name,
        message: 'Enter a name for the answer, such as what-happened',
      });
    else if (!NAME.test(name))
      errors.push({
        field: itemField.name,
        message: 'Use only lowercase letters, digits and dashes in the name, such as what-happened',
      });
    else if (taken.names.has(name))
      errors.push({
        field: itemField.name,
        message: `Another item is already named ${name}: choose another name`,
      });
  }

  const required = type !== 'label' && formText(form, itemField.required) === 'yes';
  const roleValue = formText(form, itemField.role);
  const role = CASE_ROLES.find((known) => known === roleValue) ?? '';
  if (role && !CASE_ROLE_TYPES[role].includes(type))
    errors.push({
      field: itemField.role,
      message: `${ROLE_LABELS[role]} cannot come from a ${TYPE_LABELS[type].toLowerCase()} item: choose another role or none`,
    });
  else if (role && taken.roles.has(role))
    errors.push({
      field: itemField.role,
      message: `Another item already gives ${ROLE_LABELS[role].split(' (')[0]?.toLowerCase()}: choose another role or none`,
    });

  const scopeValue = formText(form, itemField.scope);
  const scope = type === 'consent' ? (ConsentScope.safeParse(scopeValue).data ?? '') : '';
  if (type === 'consent' && !scope)
    errors.push({ field: itemField.scope, message: 'Choose what the person consents to' });
  else if (scope && taken.scopes.has(scope))
    errors.push({
      field: itemField.scope,
      message: `Another consent item already asks to ${SCOPE_LABELS[scope].toLowerCase()}: choose another`,
    });

  const text: Record<string, ItemText> = Object.fromEntries(
    locales.map((locale) => [locale, { ...EMPTY_TEXT, options: {} }]),
  );
  for (const key of ['label', 'hint'] as const) {
    const values = locales.map((locale) => {
      const field = itemField[key](locale);
      const what = `${key === 'label' ? 'Label' : 'Hint'} in ${languageName(locale)}`;
      return checkedText(errors, field, formText(form, field), what);
    });
    const wanted = (key === 'label' && type === 'consent') || values.some(Boolean);
    locales.forEach((locale, index) => {
      const value = values[index] ?? '';
      (text[locale] as ItemText)[key] = value;
      if (wanted && !value)
        errors.push({
          field: itemField[key](locale),
          message:
            key === 'label' && type === 'consent'
              ? `Enter the consent sentence in ${languageName(locale)}`
              : `Enter the ${key} in ${languageName(locale)} too, or leave it empty in every language`,
        });
    });
  }

  const options: string[] = [];
  if (isChoice(type)) {
    const rows = Math.min(200, Math.max(0, Number(formText(form, itemField.optionRows)) || 0));
    for (let row = 0; row < rows; row += 1) {
      const value = formText(form, itemField.optionValue(row)).trim();
      const labels = locales.map((locale) => {
        const field = itemField.optionLabel(locale, row);
        const what = `Option ${row + 1} in ${languageName(locale)}`;
        return checkedText(errors, field, formText(form, field), what);
      });
      if (!value && labels.every((label) => !label)) continue;
      if (!value)
        errors.push({
          field: itemField.optionValue(row),
          message: `Enter the value of option ${row + 1}, such as instagram`,
        });
      else if (options.includes(value))
        errors.push({
          field: itemField.optionValue(row),
          message: `Option ${row + 1} has the value of another option: give each its own`,
        });
      else if (role === 'survivor-country' && !COUNTRY.test(value))
        errors.push({
          field: itemField.optionValue(row),
          message: `Give option ${row + 1} a two-letter country code as its value, such as FR`,
        });
      options.push(value);
      locales.forEach((locale, index) => {
        const label = labels[index] ?? '';
        if (!label)
          errors.push({
            field: itemField.optionLabel(locale, row),
            message: `Enter the label of option ${row + 1} in ${languageName(locale)}`,
          });
        if (value) (text[locale] as ItemText).options[value] = label;
      });
    }
    if (options.length < 2)
      errors.push({ field: itemField.optionValue(0), message: 'Give at least two options' });
  }

  if (errors.length > 0) return { errors };
  return {
    errors,
    item: {
      type,
      name,
      required,
      role,
      scope,
      multiple: type !== 'file' || formText(form, itemField.multiple) === 'yes',
      options,
      text,
    },
  };
}
