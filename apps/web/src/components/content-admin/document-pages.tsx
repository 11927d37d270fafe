import Link from 'next/link';
import type { FieldLocale } from '@cairn/contracts';
import { CONTENT_MESSAGES } from '../../content-admin/content-messages';
import { pageHref, type DocumentFilter } from '../../content-admin/document-query';
import styles from './content-admin.module.css';

/** Links to the list's other pages, with the same filters: plain links, so no script is needed. */
export function DocumentPages({
  filter,
  total,
  pageSize,
  label,
  locale = 'en',
}: {
  filter: DocumentFilter;
  total: number;
  pageSize: number;
  /** Names the navigation, distinct where a page has it twice. */
  label: string;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filter.page, pages);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className={styles.pages} aria-label={label}>
      <p>{total === 0 ? words.noFileFits : words.filesRange(first, last, total, page, pages)}</p>
      {pages > 1 && (
        <p>
          {page > 1 && (
            <Link href={pageHref(filter, page - 1)} rel="prev">
              {words.previousPage}
            </Link>
          )}
          {page < pages && (
            <Link href={pageHref(filter, page + 1)} rel="next">
              {words.nextPage}
            </Link>
          )}
        </p>
      )}
    </nav>
  );
}
