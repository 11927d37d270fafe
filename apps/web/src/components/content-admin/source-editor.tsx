'use client';

import {
  useActionState,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import type { FieldLocale, GuideProblemView } from '@cairn/contracts';
import { checkSource } from '../../content-admin/content-actions';
import {
  INITIAL_EDITOR_STATE,
  type CheckAnswer,
  type EditorState,
} from '../../content-admin/editor-state';
import { EDITOR_MESSAGES, type EditorMessages } from '../../content-admin/editor-messages';
import { lineRange } from '../../content-admin/lesson-preview';
import styles from './content-admin.module.css';
import { LessonPreviewPane } from './lesson-preview-pane';
import { ProblemList } from './problem-list';
import { ErrorSummary } from '../error-summary';

/** Long enough not to ask the API on every key, short enough to feel live. */
const CHECK_DELAY_MS = 400;

export interface SourceEditorProps {
  path: string;
  /** Lessons get a preview; YAML files only the check. */
  markdown: boolean;
  /** The draft, else the published text, else the shared guide's. */
  initialSource: string;
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  hasDraft: boolean;
  /** What withdrawing the organisation's text means here, when it has any published. */
  withdraw?: 'revert' | 'unpublish';
  locale: FieldLocale;
  /** The language the file's text is written in. */
  textLang?: string;
}

function summary(problems: readonly GuideProblemView[], words: EditorMessages): string {
  return problems.length === 0 ? words.noProblems : words.problems(problems.length);
}

/** Asks before a button that throws work away; without JavaScript the button just works. */
function confirmFirst(question: string) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}

function EditorForm({
  props,
  state,
  formAction,
  pending,
}: {
  props: SourceEditorProps;
  state: EditorState;
  formAction: (form: FormData) => void;
  pending: boolean;
}) {
  const { path, markdown, initialSource, hasDraft, withdraw, locale, textLang } = props;
  const words = EDITOR_MESSAGES[locale];
  const [text, setText] = useState(state.source ?? initialSource);
  const [checked, setChecked] = useState<{ text: string; answer: CheckAnswer } | null>(null);
  const previewText = useDeferredValue(text);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      checkSource(path, text).then(
        (answer) => current && setChecked({ text, answer }),
        () => current && setChecked({ text, answer: { ok: false } }),
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [path, text]);

  const goToLine = (problem: GuideProblemView) => {
    const field = textarea.current;
    if (!field) return;
    const text = field.value;
    const { start, end } = lineRange(text, problem.line);
    // Long lines wrap, so the line's height is measured: the text up to it, then put back.
    field.value = text.slice(0, end);
    const bottom = field.scrollHeight;
    field.value = text;
    field.scrollTop = Math.max(0, bottom - field.clientHeight / 2);
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
  };

  // Until the first live answer, what the last press found (or nothing, without JavaScript).
  const stale = checked !== null && checked.text !== text;
  const problems = checked?.answer.ok ? checked.answer.problems : state.problems;
  const status =
    checked && !checked.answer.ok
      ? words.checkUnavailable
      : stale
        ? words.checking
        : checked || state.problems.length > 0
          ? summary(problems, words)
          : '';

  return (
    <form action={formAction} className={styles.workspace}>
      <div>
        <ErrorSummary locale={locale} message={state.message} errors={[]} />
        {state.done && (
          <p className="form-done" role="status">
            {state.done}
          </p>
        )}
        <label htmlFor="editor-source">
          <strong>{words.text}</strong>
        </label>
        <p className="hint" id="editor-source-hint">
          {markdown ? (
            <>
              {words.markdownHint} <code>umbrella://category/topic/level</code>.
            </>
          ) : (
            words.yamlHint
          )}
        </p>
        <textarea
          ref={textarea}
          id="editor-source"
          lang={textLang}
          name="source"
          className={styles.source}
          rows={24}
          spellCheck
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="editor-source-hint editor-checks"
        />
        <section className={styles.checks} aria-labelledby="editor-checks-heading">
          <h2 id="editor-checks-heading">{words.check}</h2>
          <div id="editor-checks">
            <p role="status">{status}</p>
            {!stale && <ProblemList problems={problems} onSelect={goToLine} locale={locale} />}
          </div>
        </section>
        <div className={styles.actions}>
          <button type="submit" name="intent" value="save" className="secondary" disabled={pending}>
            {words.saveDraft}
          </button>
          <button
            type="submit"
            name="intent"
            value="check"
            className="secondary"
            disabled={pending}
          >
            {words.checkNow}
          </button>
          <div className={styles.noteField}>
            <label htmlFor="editor-note">{words.noteLabel}</label>
            <p className="hint" id="editor-note-hint">
              {words.noteHint}
            </p>
            <input
              id="editor-note"
              name="note"
              aria-describedby="editor-note-hint"
              defaultValue={state.note}
            />
          </div>
          <button type="submit" name="intent" value="publish" disabled={pending}>
            {words.publish}
          </button>
          {hasDraft && (
            <button
              type="submit"
              name="intent"
              value="discard"
              className="secondary"
              disabled={pending}
              onClick={confirmFirst(words.discardQuestion)}
            >
              {words.discardDraft}
            </button>
          )}
          {withdraw && (
            <button
              type="submit"
              name="intent"
              value="withdraw"
              className="secondary"
              disabled={pending}
              onClick={confirmFirst(
                withdraw === 'revert' ? words.revertQuestion : words.unpublishQuestion,
              )}
            >
              {withdraw === 'revert' ? words.revert : words.unpublish}
            </button>
          )}
        </div>
      </div>
      {markdown && (
        <LessonPreviewPane
          source={previewText}
          id="editor-preview-heading"
          label={words.preview}
          lang={textLang}
        />
      )}
    </form>
  );
}

/**
 * The editor of one guide file: the text with a live preview and a link check as it is
 * typed, and the buttons that save, publish or withdraw it. A plain form without JavaScript.
 */
export function SourceEditor(props: SourceEditorProps) {
  const [state, formAction, pending] = useActionState(props.action, INITIAL_EDITOR_STATE);
  // A new key per answer draws the text afresh from the page, which the action refreshed.
  return (
    <EditorForm
      key={state.attempt}
      props={props}
      state={state}
      formAction={formAction}
      pending={pending}
    />
  );
}
