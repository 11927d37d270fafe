import Link from 'next/link';
import type { StaffMemberView } from '@cairn/contracts';
import { ACTION_LABELS } from '../../audit/action-labels';
import { firstValue, type SearchParams } from '../../cases/list-query';
import { FieldError, invalidProps } from '../field-error';

/** The audit page's filters, sent as a plain GET so they work without JavaScript. */
export function AuditFilters({
  params,
  staff,
  errors,
}: {
  params: SearchParams;
  staff: StaffMemberView[];
  errors: Record<string, string>;
}) {
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
        <label htmlFor="audit-actor">Who</label>
        <select id="audit-actor" name="actor" defaultValue={value('actor')}>
          <option value="">Anyone</option>
          {staff.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.displayName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">What</label>
        <select id="audit-action" name="action" defaultValue={value('action')}>
          <option value="">Anything</option>
          {Object.entries(ACTION_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {date('from', 'From')}
      {date('to', 'Until')}
      {caseId && (
        <p>
          <input type="hidden" name="caseId" value={caseId} />
          Only events about one case. <Link href="/audit">Show all cases</Link>
        </p>
      )}
      <FieldError id="audit-caseId-error" message={errors.caseId} />
      <button type="submit">Show events</button>
    </form>
  );
}
