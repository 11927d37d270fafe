import Link from 'next/link';
import type { CaseSummaryView, FieldLocale } from '@cairn/contracts';
import { formatDateTime } from '../../staff/format-date';
import { INTAKE_MESSAGES } from '../../cases/intake-messages';
import { RiskBadge, StatusBadge } from './badges';
import { SourceBadges } from './source-badge';

/** A page of the case list; on a phone each row becomes a card (see globals.css). */
export function CaseTable({
  cases,
  timeZone,
  locale = 'en',
}: {
  cases: CaseSummaryView[];
  timeZone: string;
  locale?: FieldLocale;
}) {
  const words = INTAKE_MESSAGES[locale];
  if (cases.length === 0) return <p>No case matches these filters.</p>;
  return (
    <div className="table-scroll">
      <table className="table case-table">
        <caption className="visually-hidden">Cases</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Risk</th>
            <th scope="col">Assignees</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <td data-label="Reference">
                <Link href={`/cases/${item.id}`}>{item.reference}</Link>
              </td>
              <td data-label="Title">
                {item.title}
                {item.restricted && <span className="badge restricted">Restricted</span>}
                <SourceBadges source={item.source} unverified={item.unverified} words={words} />
              </td>
              <td data-label="Status">
                <StatusBadge status={item.status} />
              </td>
              <td data-label="Risk">
                <RiskBadge risk={item.riskLevel} />
              </td>
              <td data-label="Assignees">
                {item.assignees.length === 0
                  ? 'Unassigned'
                  : item.assignees.map((person) => person.displayName).join(', ')}
              </td>
              <td data-label="Updated">{formatDateTime(item.updatedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
