import { CASE_ROLE_TYPES, CASE_ROLES, FORM_ITEM_TYPES, type FormItemType } from '@cairn/content';
import {
  ConsentScope,
  fieldMessage,
  fieldRule,
  singleLineText,
  type FieldLocale,
} from '@cairn/contracts';
import { formText } from '../forms/form-state';
import { FORM_EDITOR_MESSAGES } from './form-editor-messages';
import { languageName } from './labels';
import { EMPTY_TEXT, type ItemModel, type ItemText } from './form-model';

export const isChoice = (type: FormItemType) =>
  type === 'single_choice' || type === 'multiple_choice';

/** Empty option rows offered below the filled ones, so options can be added without JavaScript. */
export const SPARE_OPTION_ROWS = 2;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const ITEM_TEXT = singleLineText(2_000);

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

function checkedText(
  errors: FieldError[],
  field: string,
  value: string,
  what: string,
  staff: FieldLocale,
): string {
  const trimmed = value.trim();
  // The shared text rules (one line, no control character, at most 2,000 characters), said
  // in the reader's language after the field's name, going on in lower case.
  const issue = ITEM_TEXT.safeParse(trimmed).error?.issues[0];
  if (issue) {
    const problem = fieldMessage(fieldRule(issue), staff);
    const rest = `${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
    errors.push({ field, message: FORM_EDITOR_MESSAGES[staff].errors.about(what, rest) });
  }
  return trimmed;
}

/**
 * Reads the item editor's fields. Settings are checked as the guide's checker would
 * (a name like `what-happened`, a role that fits the type and is not used twice, a scope
 * asked once), and words are wanted in every language or none, so no language shows a
 * question the others skip. Every refusal names the field it is about.
 */
export function readItemInput(
  form: FormData,
  locales: readonly string[],
  taken: Taken,
  staff: FieldLocale = 'en',
): ItemInput {
  const words = FORM_EDITOR_MESSAGES[staff];
  const said = words.errors;
  const language = (locale: string) => languageName(locale, staff);
  const errors: FieldError[] = [];
  const typeValue = formText(form, itemField.type);
  const type = FORM_ITEM_TYPES.find((known) => known === typeValue);
  if (!type) return { errors: [{ field: itemField.type, message: said.type }] };

  const name = formText(form, itemField.name).trim();
  if (type !== 'label' || name) {
    if (!name) errors.push({ field: itemField.name, message: said.nameMissing });
    else if (!NAME.test(name)) errors.push({ field: itemField.name, message: said.nameFormat });
    else if (taken.names.has(name))
      errors.push({ field: itemField.name, message: said.nameTaken(name) });
  }

  const required = type !== 'label' && formText(form, itemField.required) === 'yes';
  const roleValue = formText(form, itemField.role);
  const role = CASE_ROLES.find((known) => known === roleValue) ?? '';
  if (role && !CASE_ROLE_TYPES[role].includes(type))
    errors.push({
      field: itemField.role,
      message: said.roleWrongType(words.roles[role], words.types[type]),
    });
  else if (role && taken.roles.has(role))
    errors.push({ field: itemField.role, message: said.roleTaken(words.roleGiven[role]) });

  const scopeValue = formText(form, itemField.scope);
  const scope = type === 'consent' ? (ConsentScope.safeParse(scopeValue).data ?? '') : '';
  if (type === 'consent' && !scope)
    errors.push({ field: itemField.scope, message: said.scopeMissing });
  else if (scope && taken.scopes.has(scope))
    errors.push({ field: itemField.scope, message: said.scopeTaken(words.scopes[scope]) });

  const text: Record<string, ItemText> = Object.fromEntries(
    locales.map((locale) => [locale, { ...EMPTY_TEXT, options: {} }]),
  );
  for (const key of ['label', 'hint'] as const) {
    const values = locales.map((locale) => {
      const field = itemField[key](locale);
      const what = key === 'label' ? said.labelIn(language(locale)) : said.hintIn(language(locale));
      return checkedText(errors, field, formText(form, field), what, staff);
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
              ? said.consentMissing(language(locale))
              : key === 'label'
                ? said.labelMissing(language(locale))
                : said.hintMissing(language(locale)),
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
        const what = said.optionIn(row + 1, language(locale));
        return checkedText(errors, field, formText(form, field), what, staff);
      });
      if (!value && labels.every((label) => !label)) continue;
      if (!value)
        errors.push({
          field: itemField.optionValue(row),
          message: said.optionValueMissing(row + 1),
        });
      else if (options.includes(value))
        errors.push({ field: itemField.optionValue(row), message: said.optionValueTwice(row + 1) });
      else if (role === 'survivor-country' && !COUNTRY.test(value))
        errors.push({ field: itemField.optionValue(row), message: said.optionCountry(row + 1) });
      options.push(value);
      locales.forEach((locale, index) => {
        const label = labels[index] ?? '';
        if (!label)
          errors.push({
            field: itemField.optionLabel(locale, row),
            message: said.optionLabelMissing(row + 1, language(locale)),
          });
        if (value) (text[locale] as ItemText).options[value] = label;
      });
    }
    if (options.length < 2)
      errors.push({ field: itemField.optionValue(0), message: said.twoOptions });
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
