'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { FieldLocale } from '@cairn/contracts';
import { EVIDENCE_MESSAGES } from '../../evidence/evidence-messages';
import { ErrorSummary } from '../error-summary';
import styles from './evidence.module.css';

interface Incident {
  id: string;
  label: string;
}

/** One file of an upload as the page shows it while it goes. */
interface FileProgress {
  key: string;
  name: string;
  /** Percent of the file's bytes sent; null before it starts. */
  percent: number | null;
  outcome?: { stored: boolean; sentence: string };
}

interface UploadAnswer {
  message?: string;
  outcomes?: { stored: boolean; sentence: string }[];
}

/** Files sent at the same time; the rest wait their turn. */
const AT_ONCE = 3;

/**
 * Sends one file with XMLHttpRequest, whose upload events (unlike fetch's) report progress.
 * It goes to the same route as the plain form, one file per request, and reads JSON back.
 */
function sendFile(
  action: string,
  fields: FormData,
  file: File,
  onProgress: (percent: number) => void,
  failed: string,
): Promise<{ stored: boolean; sentence: string }> {
  return new Promise((resolve) => {
    const body = new FormData();
    for (const [name, value] of fields.entries())
      if (typeof value === 'string') body.append(name, value);
    body.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', action);
    request.setRequestHeader('accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      let answer: UploadAnswer | undefined;
      try {
        answer = JSON.parse(request.responseText) as UploadAnswer;
      } catch {
        answer = undefined;
      }
      const outcome = answer?.outcomes?.[0];
      resolve(outcome ?? { stored: false, sentence: answer?.message ?? failed });
    });
    request.addEventListener('error', () => resolve({ stored: false, sentence: failed }));
    request.addEventListener('abort', () => resolve({ stored: false, sentence: failed }));
    request.send(body);
  });
}

/**
 * The upload form. Without JavaScript it posts every chosen file at once to the upload
 * route, which streams each on to the API, and the page shows what became of each. With
 * JavaScript each file goes on its own, with a progress bar and a sentence when it is done.
 */
export function EvidenceUploadForm({
  action,
  incidents,
  timeZone,
  locale,
  filesId,
}: {
  action: string;
  incidents: Incident[];
  timeZone: string;
  locale: FieldLocale;
  /** The file input's id, which the page's own error summary links to. */
  filesId: string;
}) {
  const words = EVIDENCE_MESSAGES[locale];
  const id = useId();
  const router = useRouter();
  const filesInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; errors: string[]; attempt: number }>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const files = Array.from(filesInput.current?.files ?? []);
    if (files.length === 0) {
      setProblem((previous) => ({
        message: '',
        errors: [words.chooseFiles],
        attempt: (previous?.attempt ?? 0) + 1,
      }));
      return;
    }
    const fields = new FormData(form);
    fields.delete('files');
    setProblem(undefined);
    setBusy(true);
    const shown: FileProgress[] = files.map((file, index) => ({
      key: `${index}-${file.name}-${file.size}`,
      name: file.name,
      percent: null,
    }));
    setProgress(shown);
    const update = (index: number, change: Partial<FileProgress>) =>
      setProgress((current) =>
        current.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
      );

    const outcomes: { stored: boolean; sentence: string }[] = [];
    let next = 0;
    async function worker() {
      while (next < files.length) {
        const index = next++;
        update(index, { percent: 0 });
        const outcome = await sendFile(
          action,
          fields,
          files[index]!,
          (percent) => update(index, { percent }),
          words.uploadRefused(files[index]!.name, words.unavailable),
        );
        outcomes[index] = outcome;
        update(index, { percent: outcome.stored ? 100 : 0, outcome });
      }
    }
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, files.length) }, worker));
    setBusy(false);
    const refused = outcomes.filter((outcome) => !outcome.stored);
    if (outcomes.some((outcome) => outcome.stored)) {
      form.reset();
      router.refresh();
    }
    if (refused.length > 0) {
      setProblem((previous) => ({
        message: words.uploadReport(outcomes.length - refused.length, refused.length),
        errors: refused.map((outcome) => outcome.sentence),
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    }
  }

  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      onSubmit={submit}
      className="case-form"
      noValidate
    >
      {problem && (
        <ErrorSummary
          key={problem.attempt}
          locale={locale}
          message={problem.message || undefined}
          errors={problem.errors.map((message) => ({ fieldId: filesId, message }))}
        />
      )}
      {/* The fields come before the files: the upload streams, so what describes a file must arrive first. */}
      {incidents.length > 0 && (
        <div className={styles.field}>
          <label htmlFor={`${id}-incident`}>{words.incident}</label>
          <select id={`${id}-incident`} name="incidentId" defaultValue="">
            <option value="">{words.noIncident}</option>
            {incidents.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incident.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-captured`}>{words.capturedAt}</label>
        <p className="hint" id={`${id}-captured-hint`}>
          {words.capturedAtHint(timeZone)}
        </p>
        <input
          id={`${id}-captured`}
          type="datetime-local"
          name="capturedAt"
          aria-describedby={`${id}-captured-hint`}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={filesId}>{words.files}</label>
        <p className="hint" id={`${filesId}-hint`}>
          {words.filesHint}
        </p>
        <input
          ref={filesInput}
          id={filesId}
          type="file"
          name="files"
          multiple
          aria-describedby={`${filesId}-hint`}
          aria-invalid={problem ? true : undefined}
        />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? words.uploading : words.uploadButton}
      </button>
      {progress.length > 0 && (
        <ul className={styles.files} aria-live="polite">
          {progress.map((file, index) => {
            const nameId = `${id}-file-${index}`;
            return (
              <li key={file.key} className={styles.file}>
                <span id={nameId}>{file.name}</span>
                <progress max={100} value={file.percent ?? undefined} aria-labelledby={nameId} />
                {!file.outcome && (
                  <span className="hint">
                    {file.percent === null ? words.uploadWaiting : words.uploadSent(file.percent)}
                  </span>
                )}
                {file.outcome && (
                  <p className={file.outcome.stored ? styles.stored : styles.refused}>
                    {file.outcome.sentence}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </form>
  );
}
