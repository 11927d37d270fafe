import Link from 'next/link';
import type { FieldLocale, GuideRevisionView } from '@cairn/contracts';
import { EDITOR_MESSAGES } from '../../content-admin/editor-messages';
import { editHref } from '../../content-admin/document-paths';
import { formatDateTime } from '../../staff/format-date';
import styles from './content-admin.module.css';

/** Every published revision, newest first: who, when, why, and a way to read each. */
export function RevisionHistory({
  path,
  revisions,
  current,
  timeZone,
  locale,
}: {
  path: string;
  revisions: readonly GuideRevisionView[];
  /** The revision readers see now. */
  current: number | null;
  timeZone: string;
  locale: FieldLocale;
}) {
  const words = EDITOR_MESSAGES[locale];
  if (revisions.length === 0) {
    return <p>{words.nothingPublished}</p>;
  }
  return (
    <ol className={styles.history} reversed>
      {revisions.map((revision) => (
        <li key={revision.number}>
          <p>
            <strong>{words.revision(revision.number)}</strong>
            {revision.number === current && words.currentRevision} —{' '}
            {words.by(formatDateTime(revision.publishedAt, timeZone, locale), revision.publishedBy)}
          </p>
          {revision.source === null && <p>{words.withdrew}</p>}
          {revision.restoredFrom !== null && <p>{words.rolledBackTo(revision.restoredFrom)}</p>}
          {revision.note && <p>{words.historyNote(revision.note)}</p>}
          <p>
            <Link href={editHref(path, revision.number)}>
              {words.viewRevision(revision.number)}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
