import type { FieldLocale } from '@cairn/contracts';
import { CASE_MESSAGES } from '../../cases/case-messages';
import type { SearchParams } from '../../cases/list-query';

/** What the list on screen shows that the file does not need. */
const NOT_FILTERS = new Set(['cursor', 'sort', 'order', 'includeSurvivor']);

/**
 * The CSV export as a plain form POST (it works without JavaScript): the list's filters go
 * in hidden fields, and the answer downloads without leaving the page.
 */
export function ExportForm({
  params,
  withSurvivor,
  locale = 'en',
}: {
  params: SearchParams;
  /** Offer the file with survivor details too, for roles that may take them out. */
  withSurvivor: boolean;
  locale?: FieldLocale;
}) {
  const words = CASE_MESSAGES[locale].list;
  const fields = Object.entries(params).flatMap(([name, value]) =>
    NOT_FILTERS.has(name) || value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((part) => [name, part] as const),
  );
  return (
    <form className="export-links" method="post" action="/cases/export" lang={locale}>
      {fields.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="secondary">
        {words.exportCsv}
      </button>
      {withSurvivor && (
        <>
          {' '}
          <button type="submit" className="secondary" name="includeSurvivor" value="true">
            {words.exportWithSurvivor}
          </button>
        </>
      )}
    </form>
  );
}
