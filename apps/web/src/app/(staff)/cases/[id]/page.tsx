import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { AssignForm } from '../../../../components/cases/assign-form';
import { StatusForm } from '../../../../components/cases/status-form';
import { assignableStaff, getCase } from '../../../../cases/case-api';
import {
  ABUSE_TYPE_LABELS,
  CLOSING_REASON_LABELS,
  RISK_SCREENING_LABELS,
} from '../../../../cases/labels';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';
import { regionName } from '../../../../i18n/region-name';

const ANSWERS = { true: 'Yes', false: 'No', null: 'Unknown' } as const;

export default async function CaseOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  const token = await requireApiToken();
  const assigns = roleAllows(me.role, 'cases.assign');
  const [item, staff] = await Promise.all([
    getCase(id, token),
    assigns ? assignableStaff(token) : Promise.resolve([]),
  ]);
  const { timeZone } = me.organization;
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : 'None');

  return (
    <>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        {item.may.edit && (
          <p>
            <Link href={`/cases/${id}/edit`}>Edit the case</Link>
          </p>
        )}
        <p className="pre-line">{item.summary || 'No summary yet.'}</p>
        <dl className="facts">
          <dt>Abuse types</dt>
          <dd>{list(item.abuseTypes.map((type) => ABUSE_TYPE_LABELS[type]))}</dd>
          <dt>Platforms</dt>
          <dd>{list(item.platforms)}</dd>
          <dt>Tags</dt>
          <dd>{list(item.tags)}</dd>
          <dt>Survivor&apos;s country</dt>
          <dd>{countryText(item.jurisdiction.survivorCountry)}</dd>
          <dt>Other party&apos;s country</dt>
          <dd>{countryText(item.jurisdiction.otherPartyCountry)}</dd>
          {item.closingReason && (
            <>
              <dt>Closed because</dt>
              <dd>{CLOSING_REASON_LABELS[item.closingReason]}</dd>
            </>
          )}
          <dt>Opened</dt>
          <dd>
            {formatDateTime(item.createdAt, timeZone)}
            {item.createdBy && ` by ${item.createdBy.displayName}`}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="screening-heading">
        <h2 id="screening-heading">Risk screening</h2>
        <dl className="facts">
          {Object.entries(item.riskScreening).map(([question, answer]) => (
            <div key={question} className="fact">
              <dt>{RISK_SCREENING_LABELS[question] ?? question}</dt>
              <dd>{ANSWERS[String(answer) as keyof typeof ANSWERS]}</dd>
            </div>
          ))}
        </dl>
      </section>

      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">Status</h2>
          <StatusForm item={item} />
        </section>
      )}

      {assigns && (
        <section aria-labelledby="assign-heading">
          <h2 id="assign-heading">Assignment</h2>
          {item.restricted && !roleAllows(me.role, 'cases.manage-restricted') ? (
            <p className="notice">
              This case is restricted: only a supervisor or an admin can change who works on it.
            </p>
          ) : (
            <AssignForm item={item} staff={staff} />
          )}
        </section>
      )}
    </>
  );
}

/** "France (FR)", as the form's list names it. */
function countryText(code: string | null): string {
  return code ? `${regionName('en', code)} (${code})` : 'Unknown';
}
