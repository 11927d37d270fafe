import { encodeCursor, type CaseRecordsQuery } from '@cairn/contracts';

type Position = NonNullable<CaseRecordsQuery['cursor']>;

/**
 * The keyset condition for the rows after `cursor` in a newest-first list ordered by
 * (`column`, id): older, or as old with a smaller id. Rows added meanwhile never shift a page.
 */
export function olderThan<K extends string>(column: K, cursor: Position | undefined) {
  if (!cursor) return {};
  const at = new Date(cursor.at);
  return {
    OR: [
      { [column]: { lt: at } } as Record<K, { lt: Date }>,
      { [column]: at, id: { lt: cursor.id } } as Record<K, Date> & { id: { lt: string } },
    ],
  };
}

/** Newest first, ties broken by id, as `olderThan` expects. */
export const newestFirst = <K extends string>(column: K) => [
  { [column]: 'desc' } as Record<K, 'desc'>,
  { id: 'desc' as const },
];

/** One more row than a page is fetched, to know whether another page follows. */
export const pageSize = (query: CaseRecordsQuery) => query.limit + 1;

/** The page of `rows` (fetched with `pageSize`) and the cursor of the next one. */
export function toPage<R extends { id: string }, V>(
  rows: R[],
  query: CaseRecordsQuery,
  at: (row: R) => Date,
  view: (row: R) => V,
): { items: V[]; nextCursor: string | null } {
  const shown = rows.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(view),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ at: at(last).toISOString(), id: last.id })
        : null,
  };
}
