import {
  AbuseType,
  CaseStatus,
  RiskLevel,
  type FieldLocale,
  type PersonRef,
} from '@cairn/contracts';
import {
  allValues,
  DEFAULT_ORDER,
  filtersBeyondSearch,
  firstValue,
  type SearchParams,
} from '../../cases/list-query';
import { CASE_MESSAGES } from '../../cases/case-messages';
import { CASE_LABELS } from '../../cases/labels';
import { FieldError } from '../field-error';

const SORTS = ['updatedAt', 'createdAt', 'riskLevel', 'reference'] as const;

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
  locale = 'en',
}: {
  params: SearchParams;
  staff: PersonRef[];
  errors: Record<string, string>;
  locale?: FieldLocale;
}) {
  const all = CASE_MESSAGES[locale];
  const words = all.list;
  const labels = CASE_LABELS[locale];
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
    <form className="form case-filters" method="get" action="/cases" role="search" lang={locale}>
      {field('q', words.search)}
      {/* Closed after a plain search, so that its results, not the filters, come first. */}
      <details open={filtersBeyondSearch(params)}>
        <summary>{words.moreFilters}</summary>
        <div className="filter-grid">
          <Boxes
            legend={all.status}
            name="status"
            codes={CaseStatus.options}
            labels={labels.status}
            params={params}
          />
          <Boxes
            legend={all.risk}
            name="risk"
            codes={RiskLevel.options}
            labels={labels.risk}
            params={params}
          />
          <Boxes
            legend={words.abuseType}
            name="abuseType"
            codes={AbuseType.options}
            labels={labels.abuseType}
            params={params}
          />
          <fieldset>
            <legend>{all.assignment}</legend>
            <label htmlFor="filter-assignee">{all.assignTo}</label>
            <select id="filter-assignee" name="assignee" defaultValue={value('assignee')}>
              <option value="">{words.anyone}</option>
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
              {words.mineOnly}
            </label>
            <label className="choice">
              <input
                type="checkbox"
                name="unassigned"
                value="true"
                defaultChecked={value('unassigned') === 'true'}
              />{' '}
              {words.unassignedOnly}
            </label>
          </fieldset>
          <fieldset>
            <legend>{words.labels}</legend>
            {field('platform', words.platform)}
            {field('tag', words.tag)}
          </fieldset>
          <fieldset>
            <legend>{words.dates}</legend>
            {field('createdFrom', words.openedFrom, 'date')}
            {field('createdTo', words.openedUntil, 'date')}
            {field('updatedFrom', words.updatedFrom, 'date')}
            {field('updatedTo', words.updatedUntil, 'date')}
          </fieldset>
          <fieldset>
            <legend>{words.order}</legend>
            <label htmlFor="filter-sort">{words.sortBy}</label>
            <select id="filter-sort" name="sort" defaultValue={value('sort') || DEFAULT_ORDER.sort}>
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {words.sorts[sort]}
                </option>
              ))}
            </select>
            <label htmlFor="filter-order">{words.order}</label>
            <select
              id="filter-order"
              name="order"
              defaultValue={value('order') || DEFAULT_ORDER.order}
            >
              <option value="desc">{words.descending}</option>
              <option value="asc">{words.ascending}</option>
            </select>
          </fieldset>
        </div>
      </details>
      <button type="submit">{words.apply}</button>
    </form>
  );
}
