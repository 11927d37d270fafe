import { GuideDocumentKind, GuideDocumentState, type FieldLocale } from '@cairn/contracts';
import { CONTENT_MESSAGES } from '../../content-admin/content-messages';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import type { DocumentFilter } from '../../content-admin/document-query';
import { stateLabels } from '../../content-admin/labels';
import styles from './content-admin.module.css';

/** A GET form: a search or filtered list is a link that works without JavaScript. */
export function DocumentFilters({
  locales,
  filter,
  locale = 'en',
}: {
  locales: readonly { code: string; name: string }[];
  filter: DocumentFilter;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  return (
    <form className={styles.filters} method="get" action={CONTENT_HOME} role="search">
      <div className={styles.search}>
        <label htmlFor="filter-q">{words.searchLabel}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filter.q} maxLength={200} />
      </div>
      <div>
        <label htmlFor="filter-locale">{words.language}</label>
        <select id="filter-locale" name="locale" defaultValue={filter.locale}>
          <option value="">{words.all}</option>
          {locales.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kind">{words.kind}</label>
        <select id="filter-kind" name="kind" defaultValue={filter.kind}>
          <option value="">{words.all}</option>
          {GuideDocumentKind.options.map((option) => (
            <option key={option} value={option}>
              {words.kinds[option]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-state">{words.state}</label>
        <select id="filter-state" name="state" defaultValue={filter.state}>
          <option value="">{words.all}</option>
          {GuideDocumentState.options.map((option) => (
            <option key={option} value={option}>
              {stateLabels(locale)[option]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary">
        {words.search}
      </button>
    </form>
  );
}
