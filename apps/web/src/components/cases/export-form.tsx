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
}: {
  params: SearchParams;
  /** Offer the file with survivor details too, for roles that may take them out. */
  withSurvivor: boolean;
}) {
  const fields = Object.entries(params).flatMap(([name, value]) =>
    NOT_FILTERS.has(name) || value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).map((part) => [name, part] as const),
  );
  return (
    <form className="export-links" method="post" action="/cases/export">
      {fields.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="secondary">
        Export these cases as CSV
      </button>
      {withSurvivor && (
        <>
          {' '}
          <button type="submit" className="secondary" name="includeSurvivor" value="true">
            Export with survivor details
          </button>
        </>
      )}
    </form>
  );
}
