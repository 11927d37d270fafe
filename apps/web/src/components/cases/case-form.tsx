'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useActionState } from 'react';
import { INITIAL_CASE_FORM_STATE, type CaseFormState } from '../../cases/case-form-state';
import { ErrorSummary } from '../error-summary';
import { FieldError } from '../field-error';
import { SearchableSelect } from '../searchable-select';

export interface FieldOption {
  value: string;
  label: string;
}

interface Common {
  /** The body path the field fills, such as `survivor.name`: the API's errors name it. */
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec =
  | (Common & {
      kind: 'text' | 'date' | 'datetime-local' | 'url';
      required?: boolean;
      defaultValue?: string;
      /** Said in the hint; a longer text is refused with its error, never cut short. */
      maxLength?: number;
      placeholder?: string;
    })
  | (Common & { kind: 'textarea'; required?: boolean; defaultValue?: string; rows?: number })
  | (Common & {
      kind: 'select';
      options: FieldOption[];
      defaultValue?: string;
      /** An empty first choice, for a field that may be left out. */
      emptyLabel?: string;
      required?: boolean;
    })
  | (Common & {
      /** A long list (countries, languages, time zones): a select, searchable once scripts run. */
      kind: 'choice';
      options: FieldOption[];
      defaultValue?: string;
      emptyLabel?: string;
      required?: boolean;
    })
  | (Common & { kind: 'checkbox'; defaultChecked?: boolean })
  | (Common & { kind: 'checkboxes'; options: FieldOption[]; defaultValues?: string[] })
  | (Common & { kind: 'radios'; options: FieldOption[]; defaultValue?: string });

export interface FieldGroup {
  legend?: string;
  fields: FieldSpec[];
}

interface CaseFormProps {
  action: (state: CaseFormState, form: FormData) => Promise<CaseFormState>;
  /** Makes the ids of this form's fields unique on a page with several forms. */
  idPrefix: string;
  groups: FieldGroup[];
  /** Fixed values sent with the form, such as which kind of contact it records. */
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** The language of the words the form adds itself, such as a field's length limit. */
  locale?: FieldLocale;
}

/** The hint a field with a length limit gets, in the form's language. */
const LIMIT_HINTS: Readonly<Record<FieldLocale, (max: number) => string>> = {
  en: (max) => `Up to ${max.toLocaleString('en-GB')} characters.`,
  fr: (max) => `${max.toLocaleString('fr-FR')} caractères au plus.`,
};

type Values = CaseFormState['values'];

function Field({
  spec,
  id,
  values,
  error,
  locale,
}: {
  spec: FieldSpec;
  id: string;
  values: Values;
  error?: string;
  locale: FieldLocale;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const limit =
    'maxLength' in spec && spec.maxLength ? LIMIT_HINTS[locale](spec.maxLength) : undefined;
  const hintText = [spec.hint, limit].filter(Boolean).join(' ');
  const described = [hintText ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const aria = {
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': described || undefined,
  };
  const sent = values?.[spec.name];
  const hint = hintText && (
    <p className="hint" id={hintId}>
      {hintText}
    </p>
  );
  const errorText = <FieldError id={errorId} message={error} />;

  switch (spec.kind) {
    case 'checkbox':
      return (
        <>
          <label className="choice" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              name={spec.name}
              value="true"
              defaultChecked={values ? sent !== undefined : spec.defaultChecked}
              {...aria}
            />{' '}
            {spec.label}
          </label>
          {hint}
          {errorText}
        </>
      );
    case 'checkboxes':
    case 'radios': {
      const chosen = values
        ? (sent ?? [])
        : spec.kind === 'checkboxes'
          ? (spec.defaultValues ?? [])
          : [spec.defaultValue ?? ''];
      return (
        <fieldset
          id={id}
          className={spec.kind === 'radios' ? 'inline-choices' : undefined}
          {...aria}
        >
          <legend>{spec.label}</legend>
          {hint}
          {spec.options.map((option) => (
            <label className="choice" key={option.value}>
              <input
                type={spec.kind === 'radios' ? 'radio' : 'checkbox'}
                name={spec.name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
              />{' '}
              {option.label}
            </label>
          ))}
          {errorText}
        </fieldset>
      );
    }
    case 'select':
      return (
        <div className="field" data-field={spec.name}>
          <label htmlFor={id}>{spec.label}</label>
          {hint}
          <select
            id={id}
            name={spec.name}
            required={spec.required}
            defaultValue={sent?.[0] ?? spec.defaultValue ?? ''}
            {...aria}
          >
            {spec.emptyLabel !== undefined && <option value="">{spec.emptyLabel}</option>}
            {spec.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {errorText}
        </div>
      );
    case 'choice':
      return (
        <div className="field" data-field={spec.name}>
          <label htmlFor={id}>{spec.label}</label>
          {hint}
          <SearchableSelect
            id={id}
            name={spec.name}
            options={spec.options}
            defaultValue={sent?.[0] ?? spec.defaultValue ?? ''}
            emptyLabel={spec.emptyLabel}
            required={spec.required}
            {...aria}
          />
          {errorText}
        </div>
      );
    case 'textarea':
      return (
        <div className="field" data-field={spec.name}>
          <label htmlFor={id}>{spec.label}</label>
          {hint}
          <textarea
            id={id}
            name={spec.name}
            rows={spec.rows ?? 4}
            required={spec.required}
            defaultValue={sent?.[0] ?? spec.defaultValue ?? ''}
            {...aria}
          />
          {errorText}
        </div>
      );
    default:
      return (
        <div className="field" data-field={spec.name}>
          <label htmlFor={id}>{spec.label}</label>
          {hint}
          <input
            id={id}
            name={spec.name}
            type={spec.kind}
            required={spec.required}
            placeholder={spec.placeholder}
            defaultValue={sent?.[0] ?? spec.defaultValue ?? ''}
            {...aria}
          />
          {errorText}
        </div>
      );
  }
}

/**
 * A case form drawn from a description of its fields: a plain HTML form until JavaScript
 * loads, and after if it never does. Each field shows its error from the shared schema or
 * the API; after a refusal the form shows what was sent.
 */
export function CaseForm({
  action,
  idPrefix,
  groups,
  hidden,
  submitLabel,
  pendingLabel,
  locale = 'en',
}: CaseFormProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CASE_FORM_STATE);

  const fieldId = (name: string) => `${idPrefix}-${name.replaceAll('.', '-')}`;
  const fields = (group: FieldGroup) =>
    group.fields.map((spec) => (
      <Field
        key={spec.name}
        spec={spec}
        id={fieldId(spec.name)}
        values={state.values}
        error={state.fieldErrors[spec.name]}
        locale={locale}
      />
    ));

  return (
    // A new key per answer draws the fields afresh from the state, whatever React reset.
    // noValidate: the server's refusal, with its summary and sentences, is the one way errors
    // are told, the same with or without JavaScript.
    <form key={state.attempt} className="form case-form" action={formAction} noValidate>
      <ErrorSummary
        locale={state.locale ?? locale}
        message={state.message}
        errors={groups.flatMap((group) =>
          group.fields.flatMap((spec) => {
            const message = state.fieldErrors[spec.name];
            return message ? [{ fieldId: fieldId(spec.name), message }] : [];
          }),
        )}
      />
      {state.done && (
        <p className="form-done" role="status">
          {state.done}
        </p>
      )}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {groups.map((group, index) =>
        group.legend ? (
          <fieldset className="group" key={group.legend}>
            <legend>{group.legend}</legend>
            {fields(group)}
          </fieldset>
        ) : (
          <div className="group-plain" key={`group-${index}`}>
            {fields(group)}
          </div>
        ),
      )}
      <button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
