'use client';

import type { FieldLocale } from '@cairn/contracts';
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
import { FORM_MESSAGES } from '../../i18n/form-messages';
import { IMPORT_MESSAGES, type ImportMessages } from '../../content-admin/import-messages';
import { FieldError, invalidProps } from '../field-error';
import styles from './content-admin.module.css';
import { ImportProblems } from './import-problems';
import { ProblemList } from './problem-list';

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
  unavailable: string,
): Promise<State> {
  const failed: State = { attempt: attempt + 1, problems: [], message: unavailable };
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
function ServerProgress({
  running,
  importId,
  locale,
}: {
  running: ImportRunning;
  importId?: string;
  locale: FieldLocale;
}) {
  const words = IMPORT_MESSAGES[locale];
  return (
    <div className={styles.progress} role="status">
      <label htmlFor="import-server-progress">{runningLabel(running, locale)}</label>
      <progress id="import-server-progress" max={running.steps} value={running.step - 1} />
      {importId && (
        <p className="hint">
          {words.updatesItself} <a href={importPageHref(importId)}>{words.checkAgain}</a>
        </p>
      )}
    </div>
  );
}

function ImportProgress({ progress, words }: { progress: Progress; words: ImportMessages }) {
  if (progress === null) return null;
  if (progress === 'processing') {
    return (
      <div className={styles.progress}>
        <label htmlFor="import-progress">{words.processing}</label>
        <progress id="import-progress" />
      </div>
    );
  }
  const percent = progress.total > 0 ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <div className={styles.progress}>
      <label htmlFor="import-progress">{words.uploading(percent)}</label>
      <progress id="import-progress" max={progress.total} value={progress.sent} />
    </div>
  );
}

/**
 * Uploads a zipped guide. Every readable file is stored, as a draft or published; every
 * problem is listed with its file and line; an archive with nothing readable stores nothing.
 * Without JavaScript the form posts itself, and `initial` is the outcome it came back with.
 */
export function ImportForm({ initial, locale }: { initial: State; locale: FieldLocale }) {
  const words = IMPORT_MESSAGES[locale];
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
      const next = await upload(
        form,
        state.attempt,
        setProgress,
        FORM_MESSAGES[locale].unavailable,
      );
      setProgress(null);
      setState(next);
    });
  };
  return (
    <>
      {running && <ServerProgress running={running} importId={importId} locale={locale} />}
      {problems.length > 0 && !imported && (
        <section aria-labelledby="import-problems-heading">
          <h2 id="import-problems-heading">{words.nothingImportedHeading}</h2>
          <p className="form-error" role="alert">
            {words.nothingImported(state.fileName ?? '', problems.length)}
          </p>
          <ProblemList problems={problems} locale={locale} />
        </section>
      )}
      {imported && (
        <section aria-labelledby="import-result-heading">
          <h2 id="import-result-heading">{words.importedHeading}</h2>
          <p className="form-done" role="status">
            {words.imported(state.fileName ?? '', imported)}
          </p>
          {imported.skipped.length > 0 && (
            <>
              <p>{words.skipped}</p>
              <ul>
                {imported.skipped.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </>
          )}
          {imported.problems.length > 0 && (
            <>
              <p>{words.problemsFound(imported.problems.length)}</p>
              <ImportProblems problems={imported.problems} locale={locale} />
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
        <label htmlFor="import-archive">{words.archive}</label>
        <p className="hint" id="import-archive-hint">
          {words.archiveHint}
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
        {state.notShown !== undefined && <p className="hint">{words.notShown(state.notShown)}</p>}
        <label className="choice">
          <input type="checkbox" name="publish" value="true" /> {words.publishAtOnce}
        </label>
        <button type="submit" disabled={pending || running !== undefined}>
          {pending || running ? words.importing : words.importButton}
        </button>
        <ImportProgress progress={progress} words={words} />
      </form>
    </>
  );
}
