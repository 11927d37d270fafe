import Link from 'next/link';

/**
 * The way to the next, older page of a case's records: a plain link carrying the API's
 * cursor in `?cursor=`, so it works without JavaScript.
 */
export function OlderLink({ path, cursor }: { path: string; cursor: string | null }) {
  if (!cursor) return null;
  return (
    <nav className="pager" aria-label="Pages">
      <Link href={`${path}?cursor=${encodeURIComponent(cursor)}`} rel="next">
        Show older
      </Link>
    </nav>
  );
}
