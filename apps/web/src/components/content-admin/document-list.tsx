import Link from 'next/link';
import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { editHref } from '../../content-admin/document-paths';
import { groupDocuments } from '../../content-admin/group-documents';
import { KIND_LABELS, languageName, ORIGIN_LABELS, slugTitle } from '../../content-admin/labels';
import { formatDateTime } from '../../staff/format-date';
import styles from './content-admin.module.css';

function DocumentItem({
  document,
  timeZone,
}: {
  document: GuideDocumentSummaryView;
  timeZone: string;
}) {
  return (
    <li className={styles.document}>
      <p>
        <Link href={editHref(document.path)}>{document.title || document.path}</Link>
      </p>
      <p className={styles.path}>{document.path}</p>
      <p>
        <span className="badge">{KIND_LABELS[document.kind]}</span>
        <span className="badge">{ORIGIN_LABELS[document.origin]}</span>
        {document.publishedRevision !== null && (
          <span className="badge">Revision {document.publishedRevision}</span>
        )}
        {document.origin === 'own' && document.publishedRevision === null && (
          <span className="badge">Not published</span>
        )}
        {document.hasDraft && <span className="badge">Draft</span>}
        {document.problemCount > 0 && (
          <span className="badge">
            {document.problemCount === 1 ? '1 problem' : `${document.problemCount} problems`}
          </span>
        )}
        {document.updatedAt && (
          <span className="hint"> Changed {formatDateTime(document.updatedAt, timeZone)}</span>
        )}
      </p>
    </li>
  );
}

/** The guide's files by language and topic, each with where its text comes from. */
export function DocumentList({
  documents,
  timeZone,
}: {
  documents: readonly GuideDocumentSummaryView[];
  timeZone: string;
}) {
  if (documents.length === 0) return <p>No file of the guide fits these filters.</p>;
  return groupDocuments(documents).map(({ locale, topics }) => (
    <section key={locale} aria-labelledby={`locale-${locale}`}>
      <h2 id={`locale-${locale}`}>{languageName(locale)}</h2>
      {topics.map((group) => (
        <section key={group.key} aria-labelledby={`topic-${locale}-${group.key.replace('/', '-')}`}>
          <h3 id={`topic-${locale}-${group.key.replace('/', '-')}`}>
            {slugTitle(group.topic || group.category || 'Other files')}
          </h3>
          <ul className={styles.documents}>
            {group.documents.map((document) => (
              <DocumentItem key={document.path} document={document} timeZone={timeZone} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  ));
}
