import Link from 'next/link';
import type { EvidenceView, FieldLocale } from '@cairn/contracts';
import { itemPage } from '../../evidence/evidence-api';
import { hashPrefix, humanSize, zonedDateTime } from '../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../evidence/evidence-messages';
import styles from './evidence.module.css';

/** What to call an item in a list or a heading: its file name, or its link's title or address. */
export function itemName(item: EvidenceView, unnamed: string): string {
  if (item.link) return item.link.title ?? item.link.url;
  return item.fileName ?? unnamed;
}

/** Declared and detected types, and the warning when they disagree. */
export function TypeCell({ item, locale }: { item: EvidenceView; locale: FieldLocale }) {
  const words = EVIDENCE_MESSAGES[locale];
  if (item.kind === 'LINK') return <>—</>;
  const declared = item.declaredType ?? words.typeUnknown;
  return (
    <>
      {item.detectedType ?? declared}
      {item.typeMismatch && (
        <span className={styles.mismatch}>
          {words.typeMismatch(declared, item.detectedType ?? words.typeUnknown)}
        </span>
      )}
    </>
  );
}

export function Marks({ item, locale }: { item: EvidenceView; locale: FieldLocale }) {
  const words = EVIDENCE_MESSAGES[locale];
  const failed = item.analysisState === 'FAILED';
  if (!item.hidden && !item.legalHold && !failed) return null;
  return (
    <span className={styles.marks}>
      {item.hidden && <span className="badge">{words.hiddenMark}</span>}
      {item.legalHold && <span className="badge">{words.heldMark}</span>}
      {failed && <span className={`badge ${styles.failedMark}`}>{words.analysisFailedMark}</span>}
    </span>
  );
}

/**
 * An image's thumbnail, drawn through this app's own route with the session; a sentence while
 * the worker is still making it, and nothing when its analysis failed (the mark says so),
 * rather than a broken image.
 */
function Thumbnail({
  caseId,
  item,
  name,
  locale,
}: {
  caseId: string;
  item: EvidenceView;
  name: string;
  locale: FieldLocale;
}) {
  const words = EVIDENCE_MESSAGES[locale];
  if (item.kind !== 'IMAGE' || item.analysisState === 'FAILED') return null;
  if (item.analysisState === 'PENDING') {
    return <span className={styles.thumbnailPending}>{words.thumbnailPending}</span>;
  }
  return (
    // A plain img: the thumbnail comes through this app's own route, with the session.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={styles.thumbnail}
      src={itemPage(caseId, item.id, '/thumbnail')}
      alt={words.thumbnailOf(name)}
      width={64}
      height={64}
      loading="lazy"
    />
  );
}

/** The case's evidence, newest first; on a phone each row becomes a card (see globals.css). */
export function EvidenceList({
  caseId,
  items,
  timeZone,
  locale,
}: {
  caseId: string;
  items: EvidenceView[];
  timeZone: string;
  locale: FieldLocale;
}) {
  const words = EVIDENCE_MESSAGES[locale];
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{words.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.item}</th>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.type}</th>
            <th scope="col">{words.size}</th>
            <th scope="col">{words.sha256}</th>
            <th scope="col">{words.received}</th>
            <th scope="col">{words.marks}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const name = itemName(item, words.unnamed);
            return (
              <tr key={item.id}>
                <td data-label={words.item}>
                  <Thumbnail caseId={caseId} item={item} name={name} locale={locale} />
                  <Link href={itemPage(caseId, item.id)}>{name}</Link>
                </td>
                <td data-label={words.kind}>{words.kinds[item.kind]}</td>
                <td data-label={words.type}>
                  <TypeCell item={item} locale={locale} />
                </td>
                <td data-label={words.size}>
                  {item.sizeBytes === null ? '—' : humanSize(item.sizeBytes, locale)}
                </td>
                <td data-label={words.sha256}>
                  {item.sha256 ? (
                    <code className={styles.hash} title={item.sha256}>
                      {hashPrefix(item.sha256)}…
                    </code>
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label={words.received}>
                  {zonedDateTime(item.receivedAt, timeZone, locale)}
                </td>
                <td data-label={words.marks}>
                  <Marks item={item} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
