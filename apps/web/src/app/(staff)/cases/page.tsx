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
import { CASE_MESSAGES } from '../../../cases/case-messages';
import { staffSections } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';
import { zodFieldErrors } from '../../../forms/form-state';
import { staffLocale } from '../../../forms/staff-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).cases.title };
}

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
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const { title } = staffSections(locale).cases;
  const words = CASE_MESSAGES[locale].list;
  if (!roleAllows(me.role, 'cases.read')) {
    return (
      <div lang={locale}>
        <h1>{title}</h1>
        <p className="notice">{words.cannotSee}</p>
      </div>
    );
  }

  const params = await searchParams;
  const { timeZone } = me.organization;
  const token = await requireApiToken();
  const query = apiListQuery(params, timeZone);
  // The contract's schema refuses bad filters here with the API's words, without a round trip.
  const checked = CaseListQuery.safeParse(Object.fromEntries(query));
  const [answer, staff] = await Promise.all([
    checked.success ? listCases(query, token) : Promise.resolve(null),
    assignableStaff(token),
  ]);
  const problems = checked.success
    ? answer && !answer.ok
      ? (answer.problem?.errors ?? [{ field: '', message: words.filtersRefused }])
      : []
    : zodFieldErrors(checked.error);
  const refused = problems.length > 0 ? placeErrors(FILTER_FIELDS, problems, locale) : null;
  const list = answer?.ok ? answer.list : null;

  return (
    <>
      <div className="page-heading" lang={locale}>
        <h1>{title}</h1>
        {roleAllows(me.role, 'cases.write') && (
          <Link className="button-link" href="/cases/new">
            {words.newCase}
          </Link>
        )}
      </div>
      <CaseFilters
        params={params}
        staff={staff}
        errors={refused?.fieldErrors ?? {}}
        locale={locale}
      />
      {refused && (
        <p className="form-error" role="alert" lang={locale}>
          {refused.message}
        </p>
      )}
      {list && (
        <section aria-labelledby="results-heading">
          <div className="results-bar">
            <h2 id="results-heading" lang={locale}>
              {/* The API stops counting at a limit, and says so. */}
              {words.count(list.total, list.totalCapped)}
            </h2>
            {roleAllows(me.role, 'cases.export') && (
              <ExportForm
                params={params}
                withSurvivor={roleAllows(me.role, 'cases.export-survivor')}
                locale={locale}
              />
            )}
          </div>
          <CaseTable cases={list.items} timeZone={timeZone} locale={locale} />
          <nav className="pager" aria-label={words.pages} lang={locale}>
            {firstValue(params, 'cursor') && (
              <Link href={`/cases?${withParams(params, { cursor: null })}`}>{words.firstPage}</Link>
            )}
            {list.nextCursor && (
              <Link href={`/cases?${withParams(params, { cursor: list.nextCursor })}`} rel="next">
                {words.nextPage}
              </Link>
            )}
          </nav>
        </section>
      )}
    </>
  );
}
