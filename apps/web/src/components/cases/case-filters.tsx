import { AbuseType, CaseStatus, RiskLevel, type PersonRef } from '@cairn/contracts';
import {
  allValues,
  DEFAULT_ORDER,
  filtersBeyondSearch,
  firstValue,
  type SearchParams,
} from '../../cases/list-query';
import { ABUSE_TYPE_LABELS, RISK_LABELS, STATUS_LABELS } from '../../cases/labels';
import { FieldError } from '../field-error';

const SORTS = [
  { value: 'updatedAt', label: 'Last updated' },
  { value: 'createdAt', label: 'Opened' },
  { value: 'riskLevel', label: 'Risk' },
  { value: 'reference', label: 'Reference' },
];

function Boxes<Code extends string>({
  legend,
  name,
  codes,
  labels,
  params,
}: {
  legend: string;
  name: string;
  codes: readonly Code[];
  labels: Record<Code, string>;
  params: SearchParams;
}) {
  const chosen = allValues(params, name).flatMap((value) => value.split(','));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {codes.map((code) => (
        <label className="choice" key={code}>
          <input type="checkbox" name={name} value={code} defaultChecked={chosen.includes(code)} />{' '}
          {labels[code]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The list's filters: a GET form, so a filtered list is a link that works without
 * JavaScript and can be bookmarked. The page turns its fields into the API's query.
 */
export function CaseFilters({
  params,
  staff,
  errors,
}: {
  params: SearchParams;
  staff: PersonRef[];
  errors: Record<string, string>;
}) {
  const value = (name: string) => firstValue(params, name);
  const field = (name: string, label: string, type = 'text') => (
    <div className="filter-field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        id={`filter-${name}`}
        name={name}
        type={type}
        defaultValue={value(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `filter-${name}-error` : undefined}
      />
      <FieldError id={`filter-${name}-error`} message={errors[name]} />
    </div>
  );

  return (
    <form className="form case-filters" method="get" action="/cases" role="search">
      {field('q', 'Search')}
      {/* Closed after a plain search, so that its results, not the filters, come first. */}
      <details open={filtersBeyondSearch(params)}>
        <summary>More filters</summary>
        <div className="filter-grid">
          <Boxes
            legend="Status"
            name="status"
            codes={CaseStatus.options}
            labels={STATUS_LABELS}
            params={params}
          />
          <Boxes
            legend="Risk"
            name="risk"
            codes={RiskLevel.options}
            labels={RISK_LABELS}
            params={params}
          />
          <Boxes
            legend="Abuse type"
            name="abuseType"
            codes={AbuseType.options}
            labels={ABUSE_TYPE_LABELS}
            params={params}
          />
          <fieldset>
            <legend>Assignment</legend>
            <label htmlFor="filter-assignee">Assigned to</label>
            <select id="filter-assignee" name="assignee" defaultValue={value('assignee')}>
              <option value="">Anyone</option>
              {staff.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.displayName}
                </option>
              ))}
            </select>
            <label className="choice">
              <input
                type="checkbox"
                name="mine"
                value="true"
                defaultChecked={value('mine') === 'true'}
              />{' '}
              Mine only
            </label>
            <label className="choice">
              <input
                type="checkbox"
                name="unassigned"
                value="true"
                defaultChecked={value('unassigned') === 'true'}
              />{' '}
              Unassigned only
            </label>
          </fieldset>
          <fieldset>
            <legend>Labels</legend>
            {field('platform', 'Platform')}
            {field('tag', 'Tag')}
          </fieldset>
          <fieldset>
            <legend>Dates</legend>
            {field('createdFrom', 'Opened from', 'date')}
            {field('createdTo', 'Opened until', 'date')}
            {field('updatedFrom', 'Updated from', 'date')}
            {field('updatedTo', 'Updated until', 'date')}
          </fieldset>
          <fieldset>
            <legend>Order</legend>
            <label htmlFor="filter-sort">Sort by</label>
            <select id="filter-sort" name="sort" defaultValue={value('sort') || DEFAULT_ORDER.sort}>
              {SORTS.map((sort) => (
                <option key={sort.value} value={sort.value}>
                  {sort.label}
                </option>
              ))}
            </select>
            <label htmlFor="filter-order">Order</label>
            <select
              id="filter-order"
              name="order"
              defaultValue={value('order') || DEFAULT_ORDER.order}
            >
              <option value="desc">Descending</option>
              <option value="asc">Ascending</option>
            </select>
          </fieldset>
        </div>
      </details>
      <button type="submit">Apply filters</button>
    </form>
  );
}
