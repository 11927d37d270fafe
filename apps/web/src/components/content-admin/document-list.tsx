import Link from 'next/link';
import type { FieldLocale, GuideDocumentSummaryView } from '@cairn/contracts';
import { CONTENT_MESSAGES } from '../../content-admin/content-messages';
import { editHref } from '../../content-admin/document-paths';
import { groupDocuments } from '../../content-admin/group-documents';
import { languageName, slugTitle } from '../../content-admin/labels';
import { formatDateTime } from '../../staff/format-date';
import styles from './content-admin.module.css';

function DocumentItem({
  document,
  timeZone,
  locale,
  guideLocale,
}: {
  document: GuideDocumentSummaryView;
  timeZone: string;
  locale: FieldLocale;
  /** The language the file is written in, which its title is said in. */
  guideLocale: string;
}) {
  const words = CONTENT_MESSAGES[locale];
  return (
    <li className={styles.document}>
      <p lang={guideLocale}>
        <Link href={editHref(document.path)}>{document.title || document.path}</Link>
      </p>
      <p className={styles.path}>{document.path}</p>
      <p>
        <span className="badge">{words.kinds[document.kind]}</span>
        <span className="badge">{words.origins[document.origin]}</span>
        {document.publishedRevision !== null && (
          <span className="badge">{words.revision(document.publishedRevision)}</span>
        )}
        {document.origin === 'own' && document.publishedRevision === null && (
          <span className="badge">{words.notPublished}</span>
        )}
        {document.hasDraft && <span className="badge">{words.draft}</span>}
        {document.problemCount > 0 && (
          <span className="badge">{words.problems(document.problemCount)}</span>
        )}
        {document.updatedAt && (
          <span className="hint">
            {words.changed(formatDateTime(document.updatedAt, timeZone, locale))}
          </span>
        )}
      </p>
    </li>
  );
}

/** The guide's files by language and topic, each with where its text comes from. */
export function DocumentList({
  documents,
  timeZone,
  locale = 'en',
}: {
  documents: readonly GuideDocumentSummaryView[];
  timeZone: string;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  if (documents.length === 0) return <p>{words.noFileMatches}</p>;
  return groupDocuments(documents).map(({ locale: guideLocale, topics }) => (
    <section key={guideLocale} aria-labelledby={`locale-${guideLocale}`}>
      <h2 id={`locale-${guideLocale}`}>{languageName(guideLocale, locale)}</h2>
      {/* A topic is a heading within its language's region, not a region of its own: the
          same topic in two languages would be two regions of one name. */}
      {topics.map((group) => (
        <div key={group.key}>
          <h3>
            {group.topic || group.category
              ? slugTitle(group.topic || group.category)
              : words.otherFiles}
          </h3>
          <ul className={styles.documents}>
            {group.documents.map((document) => (
              <DocumentItem
                key={document.path}
                document={document}
                timeZone={timeZone}
                locale={locale}
                guideLocale={guideLocale}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  ));
}
