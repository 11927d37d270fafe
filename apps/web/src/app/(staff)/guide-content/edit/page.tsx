import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { roleAllows, type GuideDocumentView } from '@cairn/contracts';
import { firstValue, type SearchParams } from '../../../../cases/list-query';
import { ContentTabs } from '../../../../components/content-admin/content-tabs';
import styles from '../../../../components/content-admin/content-admin.module.css';
import { LessonPreviewPane } from '../../../../components/content-admin/lesson-preview-pane';
import { ContentNotAllowed } from '../../../../components/content-admin/not-allowed';
import { RevisionHistory } from '../../../../components/content-admin/revision-history';
import { RollbackForm } from '../../../../components/content-admin/rollback-form';
import { SourceEditor } from '../../../../components/content-admin/source-editor';
import { editDocument, rollbackDocument } from '../../../../content-admin/content-actions';
import { getDocument } from '../../../../content-admin/content-api';
import { formEditorHref, isFormPath } from '../../../../content-admin/form-editor-sources';
import {
  editHref,
  isMarkdown,
  placeOf,
  publicPageHref,
} from '../../../../content-admin/document-paths';
import { KIND_LABELS, ORIGIN_HINTS, ORIGIN_LABELS } from '../../../../content-admin/labels';
import { documentTitle } from '../../../../content-admin/lesson-preview';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export const metadata: Metadata = { title: 'Edit a guide file' };

/** What readers see now: the published text, else the shared one (none once withdrawn). */
function readerSource(document: GuideDocumentView): string | null {
  if (document.published) return document.published.source ?? document.defaultSource;
  return document.defaultSource;
}

function Facts({
  document,
  timeZone,
  publicHref,
}: {
  document: GuideDocumentView;
  timeZone: string;
  publicHref?: string;
}) {
  const { published, draft } = document;
  return (
    <dl className={styles.facts}>
      <dt>File</dt>
      <dd className={styles.path}>{document.path}</dd>
      <dt>Kind</dt>
      <dd>{KIND_LABELS[document.kind]}</dd>
      <dt>Text</dt>
      <dd>
        {ORIGIN_LABELS[document.origin]}. {ORIGIN_HINTS[document.origin]}
      </dd>
      <dt>Published</dt>
      <dd>
        {published
          ? `Revision ${published.number}, ${formatDateTime(published.publishedAt, timeZone)} by ${published.publishedBy}`
          : document.defaultSource !== null
            ? 'The shared text'
            : 'Not published'}
      </dd>
      <dt>Draft</dt>
      <dd>
        {draft
          ? `Saved ${formatDateTime(draft.updatedAt, timeZone)} by ${draft.updatedBy}`
          : 'None'}
      </dd>
      {publicHref && (
        <>
          <dt>Readers</dt>
          <dd>
            <a href={publicHref}>View the published page on your guide</a>
          </dd>
        </>
      )}
    </dl>
  );
}

export default async function EditGuideFilePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed />;
  const canEdit = roleAllows(me.role, 'content.edit');
  const params = await searchParams;
  const path = firstValue(params, 'path');
  const document = await getDocument(path, await requireApiToken());
  const { timeZone } = me.organization;
  const markdown = isMarkdown(document.path);
  const readerText = readerSource(document);
  const publicHref =
    readerText !== null && placeOf(document.path)
      ? publicPageHref(me.organization.slug, document.path)
      : undefined;
  const editorText = document.draft?.source ?? readerText ?? '';
  const title = documentTitle(document.path, editorText);

  const revisionParam = firstValue(params, 'revision');
  if (revisionParam) {
    const revision = document.revisions.find(({ number }) => String(number) === revisionParam);
    if (!revision) notFound();
    const current = document.published?.number === revision.number;
    return (
      <>
        <h1>
          Revision {revision.number} of {title}
        </h1>
        <p>
          <Link href={editHref(document.path)}>Back to the file</Link>
        </p>
        <p>
          Published {formatDateTime(revision.publishedAt, timeZone)} by {revision.publishedBy}
          {revision.note && `. Note: ${revision.note}`}
          {current && '. Readers see this revision now.'}
        </p>
        {revision.source === null ? (
          <p>This revision withdrew your text.</p>
        ) : (
          <div className={styles.workspace}>
            <section aria-labelledby="revision-text-heading">
              <h2 id="revision-text-heading">Text</h2>
              <pre className={styles.revisionText}>{revision.source}</pre>
            </section>
            {markdown && <LessonPreviewPane source={revision.source} id="revision-preview" />}
          </div>
        )}
        {canEdit && !current && revision.source !== null && (
          <section aria-labelledby="rollback-heading">
            <h2 id="rollback-heading">Roll back to this revision</h2>
            <RollbackForm
              revision={revision.number}
              action={rollbackDocument.bind(null, document.path, revision.number)}
            />
          </section>
        )}
      </>
    );
  }

  const restored = firstValue(params, 'restored');
  const withdraw =
    document.published && document.published.source !== null
      ? document.origin === 'override'
        ? ('revert' as const)
        : ('unpublish' as const)
      : undefined;

  return (
    <>
      <h1>{title}</h1>
      <ContentTabs canEdit={canEdit} />
      {restored && document.published && String(document.published.number) === restored && (
        <p className="form-done" role="status">
          Rolled back: revision {document.published.restoredFrom ?? '?'} is published again, as
          revision {document.published.number}.
        </p>
      )}
      <Facts document={document} timeZone={timeZone} publicHref={publicHref} />
      {canEdit && isFormPath(document.path) && (
        <p>
          <Link href={formEditorHref(document.path)}>Edit this form visually</Link>: its screens and
          questions, every language side by side.
        </p>
      )}
      {canEdit ? (
        <>
          {!document.draft && document.origin === 'default' && (
            <p className="notice">
              This is the shared guide&apos;s text. Saving or publishing a change makes your
              organisation&apos;s own version, which readers of your guide see instead.
            </p>
          )}
          <SourceEditor
            path={document.path}
            markdown={markdown}
            initialSource={editorText}
            action={editDocument.bind(null, document.path)}
            hasDraft={document.draft !== null}
            withdraw={withdraw}
          />
        </>
      ) : (
        <div className={styles.workspace}>
          <section aria-labelledby="source-heading">
            <h2 id="source-heading">Text</h2>
            <pre className={styles.revisionText}>{editorText}</pre>
          </section>
          {markdown && <LessonPreviewPane source={editorText} id="source-preview" />}
        </div>
      )}
      {document.origin !== 'default' && document.defaultSource !== null && (
        <details>
          <summary>The shared guide&apos;s text</summary>
          <pre className={styles.revisionText}>{document.defaultSource}</pre>
        </details>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <RevisionHistory
          path={document.path}
          revisions={document.revisions}
          current={document.published?.number ?? null}
          timeZone={timeZone}
        />
      </section>
    </>
  );
}
