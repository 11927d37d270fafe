'use client';

import type { FieldLocale } from '@cairn/contracts';
import { useActionState } from 'react';
import { EDITOR_MESSAGES } from '../../content-admin/editor-messages';
import { INITIAL_EDITOR_STATE, type EditorState } from '../../content-admin/editor-state';
import styles from './content-admin.module.css';
import { ProblemList } from './problem-list';
import { ErrorSummary } from '../error-summary';

/** The confirmation step of a rollback: it publishes the revision above as a new one. */
export function RollbackForm({
  revision,
  action,
  locale,
}: {
  revision: number;
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  locale: FieldLocale;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_EDITOR_STATE);
  const words = EDITOR_MESSAGES[locale];
  return (
    <form key={state.attempt} action={formAction} className="form">
      <ErrorSummary locale={locale} message={state.message} errors={[]} />
      <ProblemList problems={state.problems} locale={locale} />
      <p>{words.rollbackExplain}</p>
      <div className={styles.actions}>
        <div className={styles.noteField}>
          <label htmlFor="rollback-note">{words.noteLabel}</label>
          <p className="hint" id="rollback-note-hint">
            {words.noteHint}
          </p>
          <input
            id="rollback-note"
            name="note"
            aria-describedby="rollback-note-hint"
            defaultValue={state.note}
          />
        </div>
        <button type="submit" disabled={pending}>
          {words.rollBackTo(revision)}
        </button>
      </div>
    </form>
  );
}
