import Link from 'next/link';
import type { GuideRevisionView } from '@cairn/contracts';
import { editHref } from '../../content-admin/document-paths';
import { formatDateTime } from '../../staff/format-date';
import styles from './content-admin.module.css';

/** Every published revision, newest first: who, when, why, and a way to read each. */
export function RevisionHistory({
  path,
  revisions,
  current,
  timeZone,
}: {
  path: string;
  revisions: readonly GuideRevisionView[];
  /** The revision readers see now. */
  current: number | null;
  timeZone: string;
}) {
  if (revisions.length === 0) {
    return <p>Your organisation has published nothing for this file yet.</p>;
  }
  return (
    <ol className={styles.history} reversed>
      {revisions.map((revision) => (
        <li key={revision.number}>
          <p>
            <strong>Revision {revision.number}</strong>
            {revision.number === current && ' (published)'} —{' '}
            {formatDateTime(revision.publishedAt, timeZone)} by {revision.publishedBy}
          </p>
          {revision.source === null && <p>Withdrew your text.</p>}
          {revision.restoredFrom !== null && (
            <p>Rolled back to revision {revision.restoredFrom}.</p>
          )}
          {revision.note && <p>Note: {revision.note}</p>}
          <p>
            <Link href={editHref(path, revision.number)}>View revision {revision.number}</Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
