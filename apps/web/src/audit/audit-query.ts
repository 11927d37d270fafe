import { zonedDayEndIso, zonedToIso } from '@cairn/contracts';
import { firstValue, type SearchParams } from '../cases/list-query';

/**
 * The API's query for the audit page's query: who, what, which case, and whole days in the
 * organisation's time zone; `before` is the page. Empty fields do not filter.
 */
export function apiAuditQuery(params: SearchParams, timeZone: string): URLSearchParams {
  const query = new URLSearchParams({ limit: '50' });
  for (const name of ['actor', 'action', 'caseId', 'before']) {
    const value = firstValue(params, name);
    if (value) query.set(name, value);
  }
  const from = firstValue(params, 'from');
  // A malformed date goes through as typed, so the API names the field that is wrong.
  if (from) query.set('from', zonedToIso(from, timeZone) ?? from);
  const to = firstValue(params, 'to');
  if (to) query.set('to', zonedDayEndIso(to, timeZone) ?? to);
  return query;
}
