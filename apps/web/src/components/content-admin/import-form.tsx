'use client';

import { useActionState } from 'react';
import { importArchive } from '../../content-admin/content-actions';
import { INITIAL_IMPORT_STATE } from '../../content-admin/import-state';
import { FieldError, invalidProps } from '../field-error';
import { ProblemList } from './problem-list';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Uploads a zipped guide. Every readable file is stored, as a draft or published; every
 * problem is listed with its file and line; an archive with nothing readable stores nothing.
 */
export function ImportForm() {
  const [state, formAction, pending] = useActionState(importArchive, INITIAL_IMPORT_STATE);
  const { imported, problems } = state;
  return (
    <>
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
            {plural(imported.workflows, 'workflow', 'workflows')}.{' '}
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
              <ProblemList problems={imported.problems} />
            </>
          )}
        </section>
      )}
      <form key={state.attempt} action={formAction} className="form">
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
        <label className="choice">
          <input type="checkbox" name="publish" value="true" /> Publish at once the files with no
          problem (otherwise every file becomes a draft to review)
        </label>
        <button type="submit" disabled={pending}>
          {pending ? 'Importing…' : 'Import'}
        </button>
      </form>
    </>
  );
}
