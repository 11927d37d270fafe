import type { FieldLocale } from '@cairn/contracts';
import Link from 'next/link';
import { CASE_RECORD_MESSAGES } from '../../cases/case-record-messages';

/**
 * The way to the next, older page of a case's records: a plain link carrying the API's
 * cursor in `?cursor=`, so it works without JavaScript.
 */
export function OlderLink({
  path,
  cursor,
  locale = 'en',
}: {
  path: string;
  cursor: string | null;
  locale?: FieldLocale;
}) {
  if (!cursor) return null;
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <nav className="pager" aria-label={words.pages} lang={locale}>
      <Link href={`${path}?cursor=${encodeURIComponent(cursor)}`} rel="next">
        {words.showOlder}
      </Link>
    </nav>
  );
}
