import Link from 'next/link';
import type { CaseSummaryView, FieldLocale } from '@cairn/contracts';
import { formatDateTime } from '../../staff/format-date';
import { INTAKE_MESSAGES } from '../../cases/intake-messages';
import { RiskBadge, StatusBadge } from './badges';

/** The table's own words, in each language the staff pages speak. */
const TABLE_WORDS: Readonly<
  Record<
    FieldLocale,
    Record<
      | 'none'
      | 'caption'
      | 'reference'
      | 'title'
      | 'status'
      | 'risk'
      | 'assignees'
      | 'updated'
      | 'restricted'
      | 'unassigned',
      string
    >
  >
> = {
  en: {
    none: 'No case matches these filters.',
    caption: 'Cases',
    reference: 'Reference',
    title: 'Title',
    status: 'Status',
    risk: 'Risk',
    assignees: 'Assignees',
    updated: 'Updated',
    restricted: 'Restricted',
    unassigned: 'Unassigned',
  },
  fr: {
    none: 'Aucun dossier ne correspond à ces filtres.',
    caption: 'Dossiers',
    reference: 'Référence',
    title: 'Titre',
    status: 'Statut',
    risk: 'Risque',
    assignees: 'Personnes assignées',
    updated: 'Mis à jour',
    restricted: 'Restreint',
    unassigned: 'Personne',
  },
};
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
  const table = TABLE_WORDS[locale];
  if (cases.length === 0) return <p>{table.none}</p>;
  return (
    <div className="table-scroll">
      <table className="table case-table">
        <caption className="visually-hidden">{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.reference}</th>
            <th scope="col">{table.title}</th>
            <th scope="col">{table.status}</th>
            <th scope="col">{table.risk}</th>
            <th scope="col">{table.assignees}</th>
            <th scope="col">{table.updated}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <td data-label={table.reference}>
                <Link href={`/cases/${item.id}`}>{item.reference}</Link>
              </td>
              <td data-label={table.title}>
                {item.title}
                {item.restricted && <span className="badge restricted">{table.restricted}</span>}
                <SourceBadges source={item.source} unverified={item.unverified} words={words} />
              </td>
              <td data-label={table.status}>
                <StatusBadge status={item.status} locale={locale} />
              </td>
              <td data-label={table.risk}>
                <RiskBadge risk={item.riskLevel} locale={locale} />
              </td>
              <td data-label={table.assignees}>
                {item.assignees.length === 0
                  ? table.unassigned
                  : item.assignees.map((person) => person.displayName).join(', ')}
              </td>
              <td data-label={table.updated}>{formatDateTime(item.updatedAt, timeZone, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
