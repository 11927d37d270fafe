import { zonedDayEndIso, zonedToIso } from '@cairn/contracts';

/** The query of a page as Next hands it over: a name may repeat. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Filters the list form sends once per ticked box; the API takes them comma-separated. */
const MULTI = ['status', 'risk', 'abuseType'] as const;
const SINGLE = ['q', 'assignee', 'platform', 'tag', 'sort', 'order'] as const;
const FLAGS = ['mine', 'unassigned'] as const;
/** Date inputs, read as whole days in the organisation's time zone. */
const DAYS = {
  createdFrom: 'from',
  createdTo: 'to',
  updatedFrom: 'from',
  updatedTo: 'to',
} as const;

export function allValues(params: SearchParams, name: string): string[] {
  const value = params[name];
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.map((part) => part.trim()).filter((part) => part.length > 0);
}

export function firstValue(params: SearchParams, name: string): string {
  return allValues(params, name)[0] ?? '';
}

/**
 * The API's query for the list form's query. Only what the form names goes through, and
 * empty fields are left out, so an untouched filter does not filter.
 */
export function apiFilterQuery(params: SearchParams, timeZone: string): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of SINGLE) {
    const value = firstValue(params, name);
    if (value) query.set(name, value);
  }
  for (const name of MULTI) {
    // The form sends a name per box; a hand-written link may already join them.
    const values = allValues(params, name).flatMap((value) => value.split(','));
    if (values.length > 0) query.set(name, values.join(','));
  }
  for (const name of FLAGS) {
    if (firstValue(params, name) === 'true') query.set(name, 'true');
  }
  for (const [name, edge] of Object.entries(DAYS)) {
    const day = firstValue(params, name);
    if (!day) continue;
    const instant = edge === 'from' ? zonedToIso(day, timeZone) : zonedDayEndIso(day, timeZone);
    // A malformed date goes through as typed, so the API names the field that is wrong.
    query.set(name, instant ?? day);
  }
  return query;
}

/** The list's order when the form leaves it alone. */
export const DEFAULT_ORDER = { sort: 'updatedAt', order: 'desc' } as const;

/**
 * Whether the list is narrowed or ordered by more than its search. The form sends every
 * field, empty or not, so the bare presence of a name in the address says nothing.
 */
export function filtersBeyondSearch(params: SearchParams): boolean {
  const query = apiFilterQuery(params, 'UTC');
  query.delete('q');
  for (const [name, value] of Object.entries(DEFAULT_ORDER))
    if (query.get(name) === value) query.delete(name);
  return query.size > 0;
}

/** The list's API query: the filters, plus the page to show. */
export function apiListQuery(params: SearchParams, timeZone: string): URLSearchParams {
  const query = apiFilterQuery(params, timeZone);
  const cursor = firstValue(params, 'cursor');
  if (cursor) query.set('cursor', cursor);
  return query;
}

/** The same page's query with other values, for links that keep the filters. */
export function withParams(params: SearchParams, changes: Record<string, string | null>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name in changes) continue;
    for (const part of value === undefined ? [] : Array.isArray(value) ? value : [value])
      query.append(name, part);
  }
  for (const [name, value] of Object.entries(changes)) if (value !== null) query.set(name, value);
  return query.toString();
}
