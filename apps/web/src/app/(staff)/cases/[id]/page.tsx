import Link from 'next/link';
import { roleAllows } from '@cairn/contracts';
import { AssignForm } from '../../../../components/cases/assign-form';
import { StatusForm } from '../../../../components/cases/status-form';
import { assignableStaff, getCase } from '../../../../cases/case-api';
import { CASE_MESSAGES, type CaseMessages } from '../../../../cases/case-messages';
import { CASE_LABELS } from '../../../../cases/labels';
import { staffLocale } from '../../../../forms/staff-locale';
import { currentStaff } from '../../../../staff/current-staff';
import { formatDateTime } from '../../../../staff/format-date';
import { requireApiToken } from '../../../../staff/staff-api';
import { regionName } from '../../../../i18n/region-name';
import type { FieldLocale } from '@cairn/contracts';

/** A risk question's answer: yes, no, or not asked or not known. */
const answerText = (answer: boolean | null | undefined, words: CaseMessages) =>
  answer === true ? words.yes : answer === false ? words.no : words.unknown;

export default async function CaseOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_MESSAGES[locale];
  const labels = CASE_LABELS[locale];
  const assigns = roleAllows(me.role, 'cases.assign');
  const [item, staff] = await Promise.all([
    getCase(id, token),
    assigns ? assignableStaff(token) : Promise.resolve([]),
  ]);
  const { timeZone } = me.organization;
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : words.none);

  return (
    <>
      <section aria-labelledby="summary-heading" lang={locale}>
        <h2 id="summary-heading">{words.summary}</h2>
        {item.may.edit && (
          <p>
            <Link href={`/cases/${id}/edit`}>{words.editLink}</Link>
          </p>
        )}
        {item.summary ? (
          <p className="pre-line" lang="">
            {item.summary}
          </p>
        ) : (
          <p>{words.noSummary}</p>
        )}
        <dl className="facts">
          <dt>{words.abuseTypes}</dt>
          <dd>{list(item.abuseTypes.map((type) => labels.abuseType[type]))}</dd>
          <dt>{words.platforms}</dt>
          <dd>{list(item.platforms)}</dd>
          <dt>{words.tags}</dt>
          <dd>{list(item.tags)}</dd>
          <dt>{words.survivorCountry}</dt>
          <dd>{countryText(item.jurisdiction.survivorCountry, locale)}</dd>
          <dt>{words.otherPartyCountry}</dt>
          <dd>{countryText(item.jurisdiction.otherPartyCountry, locale)}</dd>
          {item.closingReason && (
            <>
              <dt>{words.closedBecause}</dt>
              <dd>{labels.closingReason[item.closingReason]}</dd>
            </>
          )}
          <dt>{words.opened}</dt>
          <dd>
            {formatDateTime(item.createdAt, timeZone, locale)}
            {item.createdBy && words.openedBy(item.createdBy.displayName)}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="screening-heading" lang={locale}>
        <h2 id="screening-heading">{words.riskScreening}</h2>
        <dl className="facts">
          {Object.entries(item.riskScreening).map(([question, answer]) => (
            <div key={question} className="fact">
              <dt>{labels.riskScreening[question] ?? question}</dt>
              <dd>{answerText(answer, words)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="status-heading" lang={locale}>
          <h2 id="status-heading">{words.status}</h2>
          <StatusForm item={item} locale={locale} />
        </section>
      )}

      {assigns && (
        <section aria-labelledby="assign-heading" lang={locale}>
          <h2 id="assign-heading">{words.assignment}</h2>
          {item.restricted && !roleAllows(me.role, 'cases.manage-restricted') ? (
            <p className="notice">{words.restrictedAssignment}</p>
          ) : (
            <AssignForm item={item} staff={staff} locale={locale} />
          )}
        </section>
      )}
    </>
  );
}

/** "France (FR)", as the form's list names it. */
function countryText(code: string | null, locale: FieldLocale): string {
  return code ? `${regionName(locale, code)} (${code})` : CASE_MESSAGES[locale].unknown;
}
