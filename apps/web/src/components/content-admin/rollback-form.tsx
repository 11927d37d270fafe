'use client';

import { useActionState } from 'react';
import { INITIAL_EDITOR_STATE, type EditorState } from '../../content-admin/editor-state';
import styles from './content-admin.module.css';
import { ProblemList } from './problem-list';
import { ErrorSummary } from '../error-summary';

/** The confirmation step of a rollback: it publishes the revision above as a new one. */
export function RollbackForm({
  revision,
  action,
}: {
  revision: number;
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_EDITOR_STATE);
  return (
    <form key={state.attempt} action={formAction} className="form">
      <ErrorSummary message={state.message} errors={[]} />
      <ProblemList problems={state.problems} />
      <p>
        Readers will see this revision&apos;s text again. It is published as a new revision, so the
        history keeps everything.
      </p>
      <div className={styles.actions}>
        <div className={styles.noteField}>
          <label htmlFor="rollback-note">Note for the history (optional)</label>
          <p className="hint" id="rollback-note-hint">
            Up to 500 characters.
          </p>
          <input
            id="rollback-note"
            name="note"
            aria-describedby="rollback-note-hint"
            defaultValue={state.note}
          />
        </div>
        <button type="submit" disabled={pending}>
          Roll back to revision {revision}
        </button>
      </div>
    </form>
  );
}
