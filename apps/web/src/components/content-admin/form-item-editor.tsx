'use client';

import type { FormEditorState } from '../../content-admin/form-editor-state';
import { FieldError } from '../field-error';
import styles from './content-admin.module.css';
import {
  EditorTextField,
  editorFieldId,
  Refusal,
  useEditorForm,
  type TextFieldSpec,
} from './form-editor-forms';

export interface Language {
  code: string;
  name: string;
}

export interface Choice {
  value: string;
  label: string;
}

/** Everything the item editor draws: plain data, so a server page can hand it over. */
export interface ItemEditorProps {
  action: (state: FormEditorState, form: FormData) => Promise<FormEditorState>;
  type: string;
  typeLabel: string;
  languages: Language[];
  /** Field name → value the editor starts from (the item as it is, or empty). */
  initial: Record<string, string>;
  /** Rows of options drawn (filled ones and a few empty). */
  optionRows: number;
  /** Roles that fit this type; none hides the field. */
  roles: Choice[];
  scopes: Choice[];
  /** The item starts a new screen: ask for its heading. */
  newScreen: boolean;
  submitLabel: string;
}

function Checkbox({
  name,
  label,
  hint,
  state,
  initial,
}: {
  name: string;
  label: string;
  hint: string;
  state: FormEditorState;
  initial: Record<string, string>;
}) {
  const id = editorFieldId(name);
  const checked = state.values ? state.values[name] === 'yes' : initial[name] === 'yes';
  return (
    <div className={styles.editorField}>
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={checked}
          aria-describedby={`${id}-hint`}
        />{' '}
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

function Select({
  name,
  label,
  hint,
  choices,
  empty,
  state,
  initial,
}: {
  name: string;
  label: string;
  hint: string;
  choices: Choice[];
  empty?: string;
  state: FormEditorState;
  initial: Record<string, string>;
}) {
  const id = editorFieldId(name);
  const error = state.errors.find((e) => e.field === name)?.message;
  return (
    <div className={styles.editorField}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <select
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? initial[name] ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * The editor of one item: its settings, shared by every language, then its words in each
 * language side by side. A plain form: it works the same without JavaScript.
 */
export function FormItemEditor(props: ItemEditorProps) {
  const { type, languages, initial, optionRows, roles, scopes, newScreen } = props;
  const [state, formAction, pending] = useEditorForm(props.action);
  const text = (spec: TextFieldSpec) => (
    <EditorTextField
      key={spec.name}
      spec={{ ...spec, defaultValue: initial[spec.name] }}
      state={state}
    />
  );
  const choice = type === 'single_choice' || type === 'multiple_choice';

  return (
    <form action={formAction} className="form" key={state.attempt}>
      <Refusal state={state} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="option-rows" value={optionRows} />
      <fieldset className={styles.editorGroup}>
        <legend>Settings, the same in every language</legend>
        {type !== 'label' &&
          text({
            name: 'name',
            label: 'Name of the answer',
            hint: 'Lowercase letters, digits and dashes, such as what-happened. Cases store answers under it: keep it once the form is in use.',
          })}
        {type !== 'label' && (
          <Checkbox
            name="required"
            label="An answer is required"
            hint="The form cannot be sent without it. Ask for as little as you need."
            state={state}
            initial={initial}
          />
        )}
        {roles.length > 0 && (
          <Select
            name="role"
            label="What the answer gives the case (optional)"
            hint="Each role can come from one item of the form."
            choices={roles}
            empty="Nothing: the answer is kept with the submission"
            state={state}
            initial={initial}
          />
        )}
        {type === 'consent' && (
          <Select
            name="scope"
            label="What the person consents to"
            hint="Ticking the box records this consent on the case."
            choices={scopes}
            empty="Choose…"
            state={state}
            initial={initial}
          />
        )}
        {type === 'file' && (
          <Checkbox
            name="multiple"
            label="Several files may be sent"
            hint="Untick to take one file only."
            state={state}
            initial={initial}
          />
        )}
      </fieldset>

      {newScreen && (
        <fieldset className={styles.editorGroup}>
          <legend>Heading of the new screen (optional)</legend>
          <div className={styles.languages}>
            {languages.map((language) =>
              text({
                name: `screen-${language.code}`,
                label: `Heading in ${language.name}`,
                lang: language.code,
              }),
            )}
          </div>
        </fieldset>
      )}

      <fieldset className={styles.editorGroup}>
        <legend>Words, in each language</legend>
        <div className={styles.languages}>
          {languages.map((language) => (
            <div key={language.code} className={styles.language}>
              <h3>{language.name}</h3>
              {text({
                name: `label-${language.code}`,
                label:
                  type === 'label' ? `Text in ${language.name}` : `Question in ${language.name}`,
                lang: language.code,
                multiline: type === 'label' || type === 'consent',
                hint: type === 'consent' ? 'The sentence the person ticks to agree.' : undefined,
              })}
              {text({
                name: `hint-${language.code}`,
                label: `Hint in ${language.name} (optional)`,
                lang: language.code,
              })}
            </div>
          ))}
        </div>
      </fieldset>

      {choice && (
        <fieldset className={styles.editorGroup}>
          <legend>Options</legend>
          <p className="hint">
            A value (lowercase, such as instagram: cases store it) and a label in each language.
            Leave a row empty to remove it; save to get more empty rows.
          </p>
          {Array.from({ length: optionRows }, (_, row) => (
            <fieldset key={row} className={styles.optionRow}>
              <legend>Option {row + 1}</legend>
              <div className={styles.languages}>
                {text({ name: `option-value-${row}`, label: 'Value' })}
                {languages.map((language) =>
                  text({
                    name: `option-label-${language.code}-${row}`,
                    label: `Label in ${language.name}`,
                    lang: language.code,
                  }),
                )}
              </div>
            </fieldset>
          ))}
        </fieldset>
      )}

      <button type="submit" disabled={pending}>
        {props.submitLabel}
      </button>
    </form>
  );
}
