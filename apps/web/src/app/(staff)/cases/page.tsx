import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseListQuery, roleAllows } from '@cairn/contracts';
import { CaseFilters } from '../../../components/cases/case-filters';
import { CaseTable } from '../../../components/cases/case-table';
import { ExportForm } from '../../../components/cases/export-form';
import { assignableStaff, listCases } from '../../../cases/case-api';
import { placeErrors } from '../../../cases/form-values';
import { apiListQuery, firstValue, withParams, type SearchParams } from '../../../cases/list-query';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { staffLocale } from '../../../forms/staff-locale';

export const metadata: Metadata = { title: STAFF_SECTIONS.cases.title };

const FILTER_FIELDS = [
  'q',
  'status',
  'risk',
  'abuseType',
  'assignee',
  'platform',
  'tag',
  'createdFrom',
  'createdTo',
  'updatedFrom',
  'updatedTo',
  'sort',
  'order',
];

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  const { title } = STAFF_SECTIONS.cases;
  if (!roleAllows(me.role, 'cases.read')) {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">Your role cannot see cases.</p>
      </>
    );
  }

  const params = await searchParams;
  const { timeZone } = me.organization;
  const [token, locale] = await Promise.all([requireApiToken(), staffLocale()]);
  const query = apiListQuery(params, timeZone);
  // The contract's schema refuses bad filters here with the API's words, without a round trip.
  const checked = CaseListQuery.safeParse(Object.fromEntries(query));
  const [answer, staff] = await Promise.all([
    checked.success ? listCases(query, token) : Promise.resolve(null),
    assignableStaff(token),
  ]);
  const problems = checked.success
    ? answer && !answer.ok
      ? (answer.problem?.errors ?? [{ field: '', message: 'These filters could not be used.' }])
      : []
    : checked.error.issues.map((issue) => ({
        field: issue.path.join('.'),
        message: issue.message,
      }));
  const refused = problems.length > 0 ? placeErrors(FILTER_FIELDS, problems) : null;
  const list = answer?.ok ? answer.list : null;

  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        {roleAllows(me.role, 'cases.write') && (
          <Link className="button-link" href="/cases/new">
            New case
          </Link>
        )}
      </div>
      <CaseFilters params={params} staff={staff} errors={refused?.fieldErrors ?? {}} />
      {refused && (
        <p className="form-error" role="alert">
          {refused.message}
        </p>
      )}
      {list && (
        <section aria-labelledby="results-heading">
          <div className="results-bar">
            <h2 id="results-heading">
              {/* The API stops counting at a limit, and says so. */}
              {list.total.toLocaleString('en-GB')}
              {list.totalCapped ? '+ cases' : list.total === 1 ? ' case' : ' cases'}
            </h2>
            {roleAllows(me.role, 'cases.export') && (
              <ExportForm
                params={params}
                withSurvivor={roleAllows(me.role, 'cases.export-survivor')}
              />
            )}
          </div>
          <CaseTable cases={list.items} timeZone={timeZone} locale={locale} />
          <nav className="pager" aria-label="Pages">
            {firstValue(params, 'cursor') && (
              <Link href={`/cases?${withParams(params, { cursor: null })}`}>First page</Link>
            )}
            {list.nextCursor && (
              <Link href={`/cases?${withParams(params, { cursor: list.nextCursor })}`} rel="next">
                Next page
              </Link>
            )}
          </nav>
        </section>
      )}
    </>
  );
}
