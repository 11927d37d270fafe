import { GuideDocumentListQuery } from '@cairn/contracts';
import { firstValue, type SearchParams } from '../cases/list-query';
import { CONTENT_HOME } from './document-paths';

/** The file list's filters, as the page's address holds them. */
export interface DocumentFilter {
  q: string;
  locale: string;
  kind: string;
  state: string;
  page: number;
}

const FIELDS = ['q', 'locale', 'kind', 'state'] as const;

/**
 * The filters of the page's address. One the contract refuses (a hand-edited link) filters
 * nothing rather than failing the page.
 */
export function documentFilter(params: SearchParams): DocumentFilter {
  const filter: DocumentFilter = { q: '', locale: '', kind: '', state: '', page: 1 };
  for (const field of FIELDS) {
    const value = firstValue(params, field);
    if (value && GuideDocumentListQuery.shape[field].safeParse(value).success)
      filter[field] = value;
  }
  const page = Number(firstValue(params, 'page'));
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) filter.page = page;
  return filter;
}

/** The filter as a query string, empty fields and the first page left out. */
export function filterQuery(filter: DocumentFilter, page = filter.page): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of FIELDS) if (filter[field]) query.set(field, filter[field]);
  if (page > 1) query.set('page', String(page));
  return query;
}

/** The list's address at another page of the same filters. */
export function pageHref(filter: DocumentFilter, page: number): string {
  const query = filterQuery(filter, page);
  return query.size > 0 ? `${CONTENT_HOME}?${query}` : CONTENT_HOME;
}
