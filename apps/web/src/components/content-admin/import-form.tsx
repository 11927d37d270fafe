'use client';

import { useEffect, useState, useTransition, type FormEvent } from 'react';
import {
  IMPORT_PROGRESS_PATH,
  IMPORT_UPLOAD_PATH,
  ImportState,
  importPageHref,
  runningLabel,
  type ImportRunning,
  type ImportState as State,
} from '../../content-admin/import-state';
import { UNAVAILABLE_MESSAGE } from '../../forms/form-state';
import { FieldError, invalidProps } from '../field-error';
import styles from './content-admin.module.css';
import { ImportProblems } from './import-problems';
import { ProblemList } from './problem-list';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How far an import has gone: bytes sent, then the server working on the archive. */
type Progress = { sent: number; total: number } | 'processing' | null;

/**
 * Posts the form to the import's route handler and reads the state it answers. XHR rather
 * than fetch, because only XHR reports how much of the body has been sent.
 */
function upload(
  form: FormData,
  attempt: number,
  onProgress: (progress: Progress) => void,
): Promise<State> {
  const failed: State = { attempt: attempt + 1, problems: [], message: UNAVAILABLE_MESSAGE };
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', IMPORT_UPLOAD_PATH);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ sent: event.loaded, total: event.total });
    };
    request.upload.onload = () => onProgress('processing');
    request.onload = () => {
      try {
        const state = ImportState.safeParse(JSON.parse(request.responseText));
        resolve(state.success ? state.data : failed);
      } catch {
        resolve(failed);
      }
    };
    request.onerror = () => resolve(failed);
    request.send(form);
  });
}

/** How often the form asks how far a running import has got. */
const POLL_MS = 1_000;

/** Asks once how far an import has got; undefined when the answer cannot be read. */
async function poll(importId: string, attempt: number): Promise<State | undefined> {
  try {
    const query = new URLSearchParams({ import: importId, attempt: String(attempt) });
    const response = await fetch(`${IMPORT_PROGRESS_PATH}?${query}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    const state = ImportState.safeParse(await response.json());
    return state.success ? state.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An import the server is working on. Without JavaScript the page reloads itself; the link
 * is for a browser that does neither.
 */
function ServerProgress({ running, importId }: { running: ImportRunning; importId?: string }) {
  return (
    <div className={styles.progress} role="status">
      <label htmlFor="import-server-progress">{runningLabel(running)}</label>
      <progress id="import-server-progress" max={running.steps} value={running.step - 1} />
      {importId && (
        <p className="hint">
          This page updates itself. <a href={importPageHref(importId)}>Check again now</a>
        </p>
      )}
    </div>
  );
}

function ImportProgress({ progress }: { progress: Progress }) {
  if (progress === null) return null;
  if (progress === 'processing') {
    return (
      <div className={styles.progress}>
        <label htmlFor="import-progress">Uploaded; reading and storing every file…</label>
        <progress id="import-progress" />
      </div>
    );
  }
  const percent = progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <div className={styles.progress}>
      <label htmlFor="import-progress">Uploading: {percent}%</label>
      <progress id="import-progress" max={progress.total} value={progress.sent} />
    </div>
  );
}

/**
 * Uploads a zipped guide. Every readable file is stored, as a draft or published; every
 * problem is listed with its file and line; an archive with nothing readable stores nothing.
 * Without JavaScript the form posts itself, and `initial` is the outcome it came back with.
 */
export function ImportForm({ initial }: { initial: State }) {
  const [state, setState] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [progress, setProgress] = useState<Progress>(null);
  const { imported, problems, running, importId } = state;

  // Follows an import the server runs until it is over; the address names it, so reloading
  // the page follows it too.
  useEffect(() => {
    if (!running || !importId) return;
    if (window.location.search !== `?${new URLSearchParams({ import: importId })}`) {
      window.history.replaceState(null, '', importPageHref(importId));
    }
    let stopped = false;
    const timer = window.setTimeout(async () => {
      const next = await poll(importId, state.attempt);
      if (!stopped && next) setState(next);
      // An unreadable answer (a network blip) is asked again on the next tick.
      else if (!stopped) setState((current) => ({ ...current }));
    }, POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [state, running, importId]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProgress({ sent: 0, total: 0 });
    startTransition(async () => {
      const next = await upload(form, state.attempt, setProgress);
      setProgress(null);
      setState(next);
    });
  };
  return (
    <>
      {running && <ServerProgress running={running} importId={importId} />}
      {problems.length > 0 && !imported && (
        <section aria-labelledby="import-problems-heading">
          <h2 id="import-problems-heading">Nothing was imported</h2>
          <p className="form-error" role="alert">
            Nothing from {state.fileName} was stored: no file in it could be read as guide content.
            Fix the {plural(problems.length, 'problem', 'problems')} below and import it again.
          </p>
          <ProblemList problems={problems} />
        </section>
      )}
      {imported && (
        <section aria-labelledby="import-result-heading">
          <h2 id="import-result-heading">Imported</h2>
          <p className="form-done" role="status">
            Imported {state.fileName}: {plural(imported.lessons, 'lesson', 'lessons')},{' '}
            {plural(imported.checklists, 'checklist', 'checklists')},{' '}
            {plural(imported.forms, 'form', 'forms')},{' '}
            {plural(imported.workflows, 'workflow', 'workflows')},{' '}
            {plural(imported.categories, 'folder title file', 'folder title files')}.{' '}
            {plural(imported.published, 'file is', 'files are')} published,{' '}
            {plural(imported.drafts, 'file is a draft', 'files are drafts')} to review.
          </p>
          {imported.skipped.length > 0 && (
            <>
              <p>Not stored, because they could not be read as guide content:</p>
              <ul>
                {imported.skipped.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </>
          )}
          {imported.problems.length > 0 && (
            <>
              <p>
                {plural(imported.problems.length, 'problem was', 'problems were')} found. A file
                with a problem of its own was kept as a draft: fix it in the editor before
                publishing it.
              </p>
              <ImportProblems problems={imported.problems} />
            </>
          )}
        </section>
      )}
      <form
        key={state.attempt}
        action={IMPORT_UPLOAD_PATH}
        method="post"
        encType="multipart/form-data"
        onSubmit={submit}
        className="form"
      >
        <input type="hidden" name="attempt" value={state.attempt} />
        {state.message && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        <label htmlFor="import-archive">Zipped guide</label>
        <p className="hint" id="import-archive-hint">
          A ZIP of folders such as en/online-abuse/respond/beginner/s_first-steps.md, at most 20
          MiB.
        </p>
        <input
          id="import-archive"
          name="archive"
          type="file"
          accept=".zip,application/zip"
          required
          aria-describedby="import-archive-hint"
          {...invalidProps('import-archive-error', state.fieldError)}
        />
        <FieldError id="import-archive-error" message={state.fieldError} />
        {state.notShown !== undefined && (
          <p className="hint">
            {plural(state.notShown, 'more entry is', 'more entries are')} not shown here; import
            with JavaScript on to see every one.
          </p>
        )}
        <label className="choice">
          <input type="checkbox" name="publish" value="true" /> Publish at once the files with no
          problem (otherwise every file becomes a draft to review)
        </label>
        <button type="submit" disabled={pending || running !== undefined}>
          {pending || running ? 'Importing…' : 'Import'}
        </button>
        <ImportProgress progress={progress} />
      </form>
    </>
  );
}
