import { GuideDocumentKind } from '@cairn/contracts';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import { KIND_LABELS } from '../../content-admin/labels';
import styles from './content-admin.module.css';

/** A GET form: a filtered list is a link that works without JavaScript. */
export function DocumentFilters({
  locales,
  locale,
  kind,
}: {
  locales: readonly { code: string; name: string }[];
  locale: string;
  kind: string;
}) {
  return (
    <form className={styles.filters} method="get" action={CONTENT_HOME} role="search">
      <div>
        <label htmlFor="filter-locale">Language</label>
        <select id="filter-locale" name="locale" defaultValue={locale}>
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
        <select id="filter-kind" name="kind" defaultValue={kind}>
          <option value="">All</option>
          {GuideDocumentKind.options.map((option) => (
            <option key={option} value={option}>
              {KIND_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary">
        Apply filters
      </button>
    </form>
  );
}
