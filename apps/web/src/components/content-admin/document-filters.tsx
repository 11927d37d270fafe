import { GuideDocumentKind, GuideDocumentState } from '@cairn/contracts';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import type { DocumentFilter } from '../../content-admin/document-query';
import { KIND_LABELS, STATE_LABELS } from '../../content-admin/labels';
import styles from './content-admin.module.css';

/** A GET form: a search or filtered list is a link that works without JavaScript. */
export function DocumentFilters({
  locales,
  filter,
}: {
  locales: readonly { code: string; name: string }[];
  filter: DocumentFilter;
}) {
  return (
    <form className={styles.filters} method="get" action={CONTENT_HOME} role="search">
      <div className={styles.search}>
        <label htmlFor="filter-q">Search by title or path</label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q} maxLength={200} />
      </div>
      <div>
        <label htmlFor="filter-locale">Language</label>
        <select id="filter-locale" name="locale" defaultValue={filter.locale}>
          <option value="">All</option>
          {locales.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" name="kind" defaultValue={filter.kind}>
          <option value="">All</option>
          {GuideDocumentKind.options.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-state">State</label>
        <select id="filter-state" name="state" defaultValue={filter.state}>
          <option value="">All</option>
          {GuideDocumentState.options.map((option) => (
            <option key={option} value={option}>
              {STATE_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary">
        Search
      </button>
    </form>
  );
}
