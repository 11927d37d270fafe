import Link from 'next/link';
import type { FieldLocale, StaffMemberView } from '@cairn/contracts';
import { ACTION_LABELS_BY_LOCALE, AUDIT_MESSAGES } from '../../audit/action-labels';
import { firstValue, type SearchParams } from '../../cases/list-query';
import { FieldError, invalidProps } from '../field-error';

/** The audit page's filters, sent as a plain GET so they work without JavaScript. */
export function AuditFilters({
  params,
  staff,
  errors,
  locale = 'en',
}: {
  params: SearchParams;
  staff: StaffMemberView[];
  errors: Record<string, string>;
  locale?: FieldLocale;
}) {
  const words = AUDIT_MESSAGES[locale];
  const value = (name: string) => firstValue(params, name);
  const caseId = value('caseId');
  const date = (name: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input
        id={`audit-${name}`}
        name={name}
        type="date"
        defaultValue={value(name)}
        {...invalidProps(`audit-${name}-error`, errors[name])}
      />
      <FieldError id={`audit-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <form className="form audit-filters" method="get" action="/audit" role="search">
      <div className="field">
        <label htmlFor="audit-actor">{words.who}</label>
        <select id="audit-actor" name="actor" defaultValue={value('actor')}>
          <option value="">{words.anyone}</option>
          {staff.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">{words.what}</label>
        <select id="audit-action" name="action" defaultValue={value('action')}>
          <option value="">{words.anything}</option>
          {Object.entries(ACTION_LABELS_BY_LOCALE[locale]).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {date('from', words.from)}
      {date('to', words.until)}
      {caseId && (
        <p>
          <input type="hidden" name="caseId" value={caseId} />
          {words.oneCase} <Link href="/audit">{words.allCases}</Link>
        </p>
      )}
      <FieldError id="audit-caseId-error" message={errors.caseId} />
      <button type="submit">{words.show}</button>
    </form>
  );
}
