import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { roleAllows, type FieldLocale, type GuideDocumentView } from '@cairn/contracts';
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
import { CONTENT_MESSAGES } from '../../../../content-admin/content-messages';
import { EDITOR_MESSAGES } from '../../../../content-admin/editor-messages';
import { formEditorHref, isFormPath } from '../../../../content-admin/form-editor-sources';
import {
  editHref,
  isMarkdown,
  placeOf,
  publicPageHref,
} from '../../../../content-admin/document-paths';
import { documentTitle } from '../../../../content-admin/lesson-preview';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: EDITOR_MESSAGES[await staffLocale()].title };
}

/** What readers see now: the published text, else the shared one (none once withdrawn). */
function readerSource(document: GuideDocumentView): string | null {
  if (document.published) return document.published.source ?? document.defaultSource;
  return document.defaultSource;
}

function Facts({
  document,
  timeZone,
  publicHref,
  locale,
}: {
  document: GuideDocumentView;
  timeZone: string;
  publicHref?: string;
  locale: FieldLocale;
}) {
  const { published, draft } = document;
  const words = EDITOR_MESSAGES[locale];
  const labels = CONTENT_MESSAGES[locale];
  const when = (iso: string) => formatDateTime(iso, timeZone, locale);
  return (
    <dl className={styles.facts}>
      <dt>{words.file}</dt>
      <dd className={styles.path}>{document.path}</dd>
      <dt>{words.kind}</dt>
      <dd>{labels.kinds[document.kind]}</dd>
      <dt>{words.text}</dt>
      <dd>
        {labels.origins[document.origin]}. {labels.originHints[document.origin]}
      </dd>
      <dt>{words.published}</dt>
      <dd>
        {published
          ? words.publishedRevision(
              published.number,
              when(published.publishedAt),
              published.publishedBy,
            )
          : document.defaultSource !== null
            ? words.sharedText
            : words.notPublished}
      </dd>
      <dt>{words.draft}</dt>
      <dd>{draft ? words.draftSaved(when(draft.updatedAt), draft.updatedBy) : words.none}</dd>
      {publicHref && (
        <>
          <dt>{words.readers}</dt>
          <dd>
            <a href={publicHref}>{words.viewPublished}</a>
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
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = EDITOR_MESSAGES[locale];
  if (!roleAllows(me.role, 'content.read')) return <ContentNotAllowed locale={locale} />;
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
  // The file's own words are in its language, the first folder of its path.
  const fileLang = document.path.split('/')[0];

  const revisionParam = firstValue(params, 'revision');
  if (revisionParam) {
    const revision = document.revisions.find(({ number }) => String(number) === revisionParam);
    if (!revision) notFound();
    const current = document.published?.number === revision.number;
    return (
      <div lang={locale}>
        <h1>{words.revisionOf(revision.number, title)}</h1>
        <p>
          <Link href={editHref(document.path)}>{words.backToFile}</Link>
        </p>
        <p>
          {words.publishedBy(
            formatDateTime(revision.publishedAt, timeZone, locale),
            revision.publishedBy,
          )}
          {revision.note && words.note(revision.note)}
          {current && words.readersSeeNow}
        </p>
        {revision.source === null ? (
          <p>{words.revisionWithdrew}</p>
        ) : (
          <div className={styles.workspace}>
            <section aria-labelledby="revision-text-heading">
              <h2 id="revision-text-heading">{words.text}</h2>
              <pre className={styles.revisionText} lang={fileLang}>
                {revision.source}
              </pre>
            </section>
            {markdown && (
              <LessonPreviewPane
                source={revision.source}
                id="revision-preview"
                label={words.preview}
                lang={fileLang}
              />
            )}
          </div>
        )}
        {canEdit && !current && revision.source !== null && (
          <section aria-labelledby="rollback-heading">
            <h2 id="rollback-heading">{words.rollbackHeading}</h2>
            <RollbackForm
              revision={revision.number}
              action={rollbackDocument.bind(null, document.path, revision.number)}
              locale={locale}
            />
          </section>
        )}
      </div>
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
    <div lang={locale}>
      <h1 lang={fileLang}>{title}</h1>
      <ContentTabs canEdit={canEdit} locale={locale} />
      {restored && document.published && String(document.published.number) === restored && (
        <p className="form-done" role="status">
          {words.rolledBack(
            String(document.published.restoredFrom ?? '?'),
            document.published.number,
          )}
        </p>
      )}
      <Facts document={document} timeZone={timeZone} publicHref={publicHref} locale={locale} />
      {canEdit && isFormPath(document.path) && (
        <p>
          <Link href={formEditorHref(document.path)}>{words.editVisually}</Link>
          {words.editVisuallyRest}
        </p>
      )}
      {canEdit ? (
        <>
          {!document.draft && document.origin === 'default' && (
            <p className="notice">{words.sharedNotice}</p>
          )}
          <SourceEditor
            path={document.path}
            markdown={markdown}
            initialSource={editorText}
            action={editDocument.bind(null, document.path)}
            hasDraft={document.draft !== null}
            withdraw={withdraw}
            locale={locale}
            textLang={fileLang}
          />
        </>
      ) : (
        <div className={styles.workspace}>
          <section aria-labelledby="source-heading">
            <h2 id="source-heading">{words.text}</h2>
            <pre className={styles.revisionText} lang={fileLang}>
              {editorText}
            </pre>
          </section>
          {markdown && (
            <LessonPreviewPane
              source={editorText}
              id="source-preview"
              label={words.preview}
              lang={fileLang}
            />
          )}
        </div>
      )}
      {document.origin !== 'default' && document.defaultSource !== null && (
        <details>
          <summary>{words.sharedTextSummary}</summary>
          <pre className={styles.revisionText} lang={fileLang}>
            {document.defaultSource}
          </pre>
        </details>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{words.history}</h2>
        <RevisionHistory
          path={document.path}
          revisions={document.revisions}
          current={document.published?.number ?? null}
          timeZone={timeZone}
          locale={locale}
        />
      </section>
    </div>
  );
}
