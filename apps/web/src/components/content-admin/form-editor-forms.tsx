'use client';

import { useActionState } from 'react';
import type { FieldLocale } from '@cairn/contracts';
import {
  INITIAL_FORM_EDITOR_STATE,
  type FormEditorState,
} from '../../content-admin/form-editor-state';
import { NEW_FILE_MESSAGES, type NewFileMessages } from '../../content-admin/new-file-messages';
import { FORM_MESSAGES } from '../../i18n/form-messages';
import { ErrorSummary } from '../error-summary';
import { FieldError } from '../field-error';
import styles from './content-admin.module.css';

type Action = (state: FormEditorState, form: FormData) => Promise<FormEditorState>;

export const editorFieldId = (name: string) => `form-editor-${name}`;

/** The box at the top of a refused form: the message, each field error a link to its field. */
function Refusal({
  state,
  extraId,
  locale = 'en',
  problemsLabel = NEW_FILE_MESSAGES[locale].problemsFound,
}: {
  state: FormEditorState;
  extraId?: string;
  /** The reader's language, which the summary speaks. */
  locale?: FieldLocale;
  problemsLabel?: string;
}) {
  const errors = state.errors.map(({ field, message }) => ({
    fieldId: editorFieldId(field),
    message,
  }));
  const message = [state.message, ...(state.problems ?? [])].filter(Boolean).join(' ');
  return (
    <>
      <ErrorSummary
        locale={locale}
        message={
          state.message ?? (errors.length > 0 ? FORM_MESSAGES[locale].checkFields : undefined)
        }
        errors={errors}
      />
      {state.problems && state.problems.length > 0 && (
        <ul className={styles.formProblems} id={extraId} aria-label={problemsLabel}>
          {state.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {!message && state.done && (
        <p className="form-done" role="status">
          {state.done}
        </p>
      )}
    </>
  );
}

export interface TextFieldSpec {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  /** `dir="auto"` lets words of a right-to-left language read as they should. */
  lang?: string;
  multiline?: boolean;
}

/** A text field with its hint and error, tied together for assistive technology. */
export function EditorTextField({ spec, state }: { spec: TextFieldSpec; state: FormEditorState }) {
  const id = editorFieldId(spec.name);
  const error = state.errors.find((e) => e.field === spec.name)?.message;
  const described = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: spec.name,
    lang: spec.lang,
    dir: 'auto',
    defaultValue: state.values?.[spec.name] ?? spec.defaultValue ?? '',
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div className={styles.editorField}>
      <label htmlFor={id}>{spec.label}</label>
      {spec.hint && (
        <p className="hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
      )}
      {spec.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Words per language (a title, a screen's heading), side by side, saved together. */
export function WordsForm({
  action,
  fields,
  submitLabel,
  locale,
}: {
  action: Action;
  fields: TextFieldSpec[];
  submitLabel: string;
  locale: FieldLocale;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_EDITOR_STATE);
  return (
    <form action={formAction} className="form" key={state.attempt} noValidate>
      <Refusal state={state} locale={locale} />
      <div className={styles.languages}>
        {fields.map((spec) => (
          <EditorTextField key={spec.name} spec={spec} state={state} />
        ))}
      </div>
      <button type="submit" className="secondary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

/** One button that changes the form's structure (move, remove); says why when it cannot. */
export function StructureButton({
  action,
  label,
  description,
  locale = 'en',
}: {
  action: Action;
  label: string;
  /** What the button acts on, for a screen reader ("Move up: item 2, What happened?"). */
  description: string;
  locale?: FieldLocale;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_EDITOR_STATE);
  return (
    <form action={formAction} className={styles.inlineForm}>
      {state.message && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      <button
        type="submit"
        className="secondary"
        disabled={pending}
        aria-label={`${label}${locale === 'fr' ? ' : ' : ': '}${description}`}
      >
        {label}
      </button>
    </form>
  );
}

/** Publishes every language's draft of the form at once. */
export function PublishFormForm({
  action,
  locale,
  words,
}: {
  action: Action;
  locale: FieldLocale;
  /** The note's label and hint, and the button's words. */
  words: { noteLabel: string; noteHint: string; publish: string };
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_EDITOR_STATE);
  return (
    <form action={formAction} className="form" key={state.attempt} noValidate>
      <Refusal state={state} locale={locale} />
      <EditorTextField
        spec={{ name: 'note', label: words.noteLabel, hint: words.noteHint }}
        state={state}
      />
      <button type="submit" disabled={pending}>
        {words.publish}
      </button>
    </form>
  );
}

/** A form whose fields are drawn by `fields`, given the last answer; its refusal on top. */
export function useEditorForm(action: Action) {
  return useActionState(action, INITIAL_FORM_EDITOR_STATE);
}

export { Refusal };

/** Where a new form goes and its title in each language; its editor opens on the draft. */
export function NewFormForm({
  action,
  languages,
  levels,
  locale,
  words,
}: {
  action: Action;
  /** Each language of the guide, with its name and the label of its title in the reader's. */
  languages: { code: string; titleLabel: string }[];
  levels: { value: string; label: string }[];
  locale: FieldLocale;
  words: NewFileMessages;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_EDITOR_STATE);
  const levelId = editorFieldId('level');
  const levelError = state.errors.find((e) => e.field === 'level')?.message;
  return (
    <form action={formAction} className="form" key={state.attempt} noValidate>
      <Refusal state={state} locale={locale} problemsLabel={words.problemsFound} />
      <EditorTextField
        spec={{
          name: 'category',
          label: words.category,
          hint: words.categoryHint,
          defaultValue: 'online-abuse',
        }}
        state={state}
      />
      <EditorTextField
        spec={{ name: 'topic', label: words.topic, hint: words.topicHint }}
        state={state}
      />
      <div className={styles.editorField}>
        <label htmlFor={levelId}>{words.level}</label>
        <select
          id={levelId}
          name="level"
          defaultValue={state.values?.level ?? 'beginner'}
          aria-invalid={levelError ? true : undefined}
          aria-describedby={levelError ? `${levelId}-error` : undefined}
        >
          {levels.map((level) => (
            <option key={level.value} value={level.value}>
              {level.label}
            </option>
          ))}
        </select>
        <FieldError id={`${levelId}-error`} message={levelError} />
      </div>
      <EditorTextField
        spec={{ name: 'id', label: words.formId, hint: words.formIdHint }}
        state={state}
      />
      <div className={styles.languages}>
        {languages.map((language) => (
          <EditorTextField
            key={language.code}
            spec={{
              name: `title-${language.code}`,
              label: language.titleLabel,
              lang: language.code,
            }}
            state={state}
          />
        ))}
      </div>
      <button type="submit" disabled={pending}>
        {words.createForm}
      </button>
    </form>
  );
}
