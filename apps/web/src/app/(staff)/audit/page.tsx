import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows, type AuditVerifyView } from '@cairn/contracts';
import { listAudit, verifyAudit } from '../../../audit/audit-api';
import { apiAuditQuery } from '../../../audit/audit-query';
import { AuditEventList } from '../../../components/audit/audit-event-list';
import { AuditFilters } from '../../../components/audit/audit-filters';
import { placeErrors } from '../../../cases/form-values';
import { withParams, type SearchParams } from '../../../cases/list-query';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';
import { listStaff, requireApiToken } from '../../../staff/staff-api';

export const metadata: Metadata = { title: STAFF_SECTIONS.audit.title };

const FILTER_FIELDS = ['actor', 'action', 'caseId', 'from', 'to', 'before'];

function ChainStatus({ verify }: { verify: AuditVerifyView }) {
  const pending =
    verify.pending > 0 ? ` ${verify.pending} more being recorded, not yet linked.` : '';
  return (
    <p className={verify.ok ? 'notice' : 'form-error'} role="status">
      {verify.ok
        ? `Chain intact: ${verify.checked} events checked.${pending}`
        : `Chain broken at event #${verify.firstBroken?.seq ?? '?'} (${verify.firstBroken?.reason ?? 'unknown'}).${pending}`}
    </p>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  const me = await currentStaff();
  const { title } = STAFF_SECTIONS.audit;
  if (!roleAllows(me.role, 'audit.read')) {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">Only admins can read the audit log.</p>
      </>
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
        answer.problem?.errors ?? [{ field: '', message: 'These filters could not be used.' }],
      );
  const { timeZone } = me.organization;
  return (
    <>
      <h1>{title}</h1>
      <ChainStatus verify={verify} />
      <AuditFilters params={params} staff={staff} errors={refused?.fieldErrors ?? {}} />
      {refused && (
        <p className="form-error" role="alert">
          {refused.message}
        </p>
      )}
      {answer.ok && (
        <>
          {answer.list.pending.length > 0 && (
            <section aria-labelledby="audit-pending">
              <h2 id="audit-pending">Being recorded</h2>
              <AuditEventList
                events={answer.list.pending}
                names={names}
                timeZone={timeZone}
                pending
              />
            </section>
          )}
          <section aria-labelledby="audit-chained">
            <h2 id="audit-chained">Recorded</h2>
            {answer.list.items.length === 0 ? (
              <p>No event matches these filters.</p>
            ) : (
              <AuditEventList
                events={answer.list.items}
                names={names}
                timeZone={timeZone}
                pending={false}
              />
            )}
            {answer.list.nextBefore !== null && (
              <p>
                <Link
                  href={`/audit?${withParams(params, { before: String(answer.list.nextBefore) })}`}
                >
                  Older events
                </Link>
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}
