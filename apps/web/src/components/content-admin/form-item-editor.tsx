'use client';

import type { FieldLocale } from '@cairn/contracts';
import type { ItemEditorWords } from '../../content-admin/form-editor-messages';
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

/** One language of the form, named and with its fields' labels in the reader's language. */
export interface Language {
  code: string;
  name: string;
  /** "Question in French", and "Text in French" for information text. */
  question: string;
  text: string;
  hint: string;
  screenHeading: string;
  optionLabel: string;
}

export interface Choice {
  value: string;
  label: string;
}

/** Everything the item editor draws: plain data, so a server page can hand it over. */
export interface ItemEditorProps {
  action: (state: FormEditorState, form: FormData) => Promise<FormEditorState>;
  type: string;
  languages: Language[];
  /** The reader's language, which everything but the form's own words speaks. */
  locale: FieldLocale;
  words: ItemEditorWords;
  /** The legend of each option row: "Option 1", … */
  optionLegends: string[];
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

/** "français" → "Français": a language's name as a heading, in any language. */
const capitalized = (name: string) => `${name.charAt(0).toLocaleUpperCase()}${name.slice(1)}`;

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
  const { type, languages, initial, optionRows, roles, scopes, newScreen, words } = props;
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
      <Refusal state={state} locale={props.locale} />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="option-rows" value={optionRows} />
      <fieldset className={styles.editorGroup}>
        <legend>{words.settings}</legend>
        {type !== 'label' && text({ name: 'name', label: words.name, hint: words.nameHint })}
        {type !== 'label' && (
          <Checkbox
            name="required"
            label={words.required}
            hint={words.requiredHint}
            state={state}
            initial={initial}
          />
        )}
        {roles.length > 0 && (
          <Select
            name="role"
            label={words.role}
            hint={words.roleHint}
            choices={roles}
            empty={words.roleNone}
            state={state}
            initial={initial}
          />
        )}
        {type === 'consent' && (
          <Select
            name="scope"
            label={words.scope}
            hint={words.scopeHint}
            choices={scopes}
            empty={words.choose}
            state={state}
            initial={initial}
          />
        )}
        {type === 'file' && (
          <Checkbox
            name="multiple"
            label={words.multiple}
            hint={words.multipleHint}
            state={state}
            initial={initial}
          />
        )}
      </fieldset>

      {newScreen && (
        <fieldset className={styles.editorGroup}>
          <legend>{words.newScreenHeading}</legend>
          <div className={styles.languages}>
            {languages.map((language) =>
              text({
                name: `screen-${language.code}`,
                label: language.screenHeading,
                lang: language.code,
              }),
            )}
          </div>
        </fieldset>
      )}

      <fieldset className={styles.editorGroup}>
        <legend>{words.words}</legend>
        <div className={styles.languages}>
          {languages.map((language) => (
            <div key={language.code} className={styles.language}>
              <h3>{capitalized(language.name)}</h3>
              {text({
                name: `label-${language.code}`,
                label: type === 'label' ? language.text : language.question,
                lang: language.code,
                multiline: type === 'label' || type === 'consent',
                hint: type === 'consent' ? words.consentHint : undefined,
              })}
              {text({
                name: `hint-${language.code}`,
                label: language.hint,
                lang: language.code,
              })}
            </div>
          ))}
        </div>
      </fieldset>

      {choice && (
        <fieldset className={styles.editorGroup}>
          <legend>{words.options}</legend>
          <p className="hint">{words.optionsHint}</p>
          {Array.from({ length: optionRows }, (_, row) => (
            <fieldset key={row} className={styles.optionRow}>
              <legend>{props.optionLegends[row]}</legend>
              <div className={styles.languages}>
                {text({ name: `option-value-${row}`, label: words.value })}
                {languages.map((language) =>
                  text({
                    name: `option-label-${language.code}-${row}`,
                    label: language.optionLabel,
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
