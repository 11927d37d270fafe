import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows, type AuditVerifyView, type FieldLocale } from '@cairn/contracts';
import { listAudit, verifyAudit } from '../../../audit/audit-api';
import { apiAuditQuery } from '../../../audit/audit-query';
import { AuditEventList } from '../../../components/audit/audit-event-list';
import { AuditFilters } from '../../../components/audit/audit-filters';
import { placeErrors } from '../../../cases/form-values';
import { withParams, type SearchParams } from '../../../cases/list-query';
import { AUDIT_MESSAGES } from '../../../audit/action-labels';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { staffSections } from '../../../staff/sections';
import { listStaff, requireApiToken } from '../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).audit.title };
}

const FILTER_FIELDS = ['actor', 'action', 'caseId', 'from', 'to', 'before'];

function ChainStatus({ verify, locale }: { verify: AuditVerifyView; locale: FieldLocale }) {
  const words = AUDIT_MESSAGES[locale];
  const pending = verify.pending > 0 ? words.pending(verify.pending) : '';
  return (
    <p className={verify.ok ? 'notice' : 'form-error'} role="status">
      {verify.ok
        ? `${words.chainIntact(verify.checked)}${pending}`
        : `${words.chainBroken(
            String(verify.firstBroken?.seq ?? '?'),
            verify.firstBroken
              ? words.brokenReasons[verify.firstBroken.reason]
              : words.unknownReason,
          )}${pending}`}
    </p>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = AUDIT_MESSAGES[locale];
  const { title } = staffSections(locale).audit;
  if (!roleAllows(me.role, 'audit.read')) {
    return (
      <div lang={locale}>
        <h1>{title}</h1>
        <p className="notice">{words.adminsOnly}</p>
      </div>
    );
  }
  const params = await searchParams;
  const token = await requireApiToken();
  const [answer, verify, staff] = await Promise.all([
    listAudit(apiAuditQuery(params, me.organization.timeZone), token),
    verifyAudit(token),
    listStaff(token),
  ]);
  const names = new Map(staff.map((person) => [person.userId, person.displayName]));
  const refused = answer.ok
    ? null
    : placeErrors(
        FILTER_FIELDS,
        answer.problem?.errors ?? [{ field: '', message: words.filtersRefused }],
        locale,
      );
  const { timeZone } = me.organization;
  return (
    <div lang={locale}>
      <h1>{title}</h1>
      <ChainStatus verify={verify} locale={locale} />
      <AuditFilters
        params={params}
        staff={staff}
        errors={refused?.fieldErrors ?? {}}
        locale={locale}
      />
      {refused && (
        <p className="form-error" role="alert">
          {refused.message}
        </p>
      )}
      {answer.ok && (
        <>
          {answer.list.pending.length > 0 && (
            <section aria-labelledby="audit-pending">
              <h2 id="audit-pending">{words.beingRecordedHeading}</h2>
              <AuditEventList
                events={answer.list.pending}
                names={names}
                timeZone={timeZone}
                pending
                locale={locale}
              />
            </section>
          )}
          <section aria-labelledby="audit-chained">
            <h2 id="audit-chained">{words.recordedHeading}</h2>
            {answer.list.items.length === 0 ? (
              <p>{words.noMatch}</p>
            ) : (
              <AuditEventList
                events={answer.list.items}
                names={names}
                timeZone={timeZone}
                pending={false}
                locale={locale}
              />
            )}
            {answer.list.nextBefore !== null && (
              <p>
                <Link
                  href={`/audit?${withParams(params, { before: String(answer.list.nextBefore) })}`}
                >
                  {words.older}
                </Link>
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
