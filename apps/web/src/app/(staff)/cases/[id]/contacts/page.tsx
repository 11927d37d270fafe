import type { ContactView, FieldLocale } from '@cairn/contracts';
import {
  ContactUpdateForm,
  ReportForm,
  WarningForm,
} from '../../../../../components/cases/contact-forms';
import { getCase, listContacts } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import {
  CASE_RECORD_MESSAGES,
  type CaseRecordMessages,
} from '../../../../../cases/case-record-messages';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDate, formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

function ContactFacts({
  contact,
  timeZone,
  locale,
  words,
}: {
  contact: ContactView;
  timeZone: string;
  locale: FieldLocale;
  words: CaseRecordMessages;
}) {
  return (
    <dl className="facts" lang={locale}>
      <dt>{words.when}</dt>
      <dd>{formatDateTime(contact.contactedAt, timeZone, locale)}</dd>
      <dt>{words.method}</dt>
      <dd>{words.methods[contact.method]}</dd>
      {contact.referenceNumber && (
        <>
          <dt>{words.reference}</dt>
          <dd>{contact.referenceNumber}</dd>
        </>
      )}
      {contact.outcome && (
        <>
          <dt>{words.outcome}</dt>
          <dd className="pre-line" lang="">
            {contact.outcome}
          </dd>
        </>
      )}
      {contact.nextFollowUp && (
        <>
          <dt>{words.nextFollowUp}</dt>
          <dd>{formatDate(contact.nextFollowUp, 'UTC', locale)}</dd>
        </>
      )}
    </dl>
  );
}

export default async function ContactsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const cursor = firstValue(await searchParams, 'cursor');
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_RECORD_MESSAGES[locale];
  const [item, page] = await Promise.all([getCase(id, token), listContacts(id, token, cursor)]);
  const contacts = page.items;
  const { timeZone } = me.organization;
  const writes = item.may.edit;
  const reports = contacts.filter((contact) => contact.kind === 'REPORT');
  const warning = contacts.find((contact) => contact.kind === 'WARNING');

  return (
    <>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" lang={locale}>
          {words.reportsTitle}
        </h2>
        {reports.length === 0 ? (
          <p lang={locale}>{words.noReport}</p>
        ) : (
          <ol className="records">
            {reports.map((contact) => (
              <li key={contact.id} className="record">
                <p className="record-meta">
                  <strong>{contact.recipientName}</strong>
                  {contact.recipientKind && (
                    <span lang={locale}> ({words.recipients[contact.recipientKind]})</span>
                  )}
                </p>
                <ContactFacts contact={contact} timeZone={timeZone} locale={locale} words={words} />
                {writes && (
                  <details lang={locale}>
                    <summary>{words.whatCameOfIt}</summary>
                    <ContactUpdateForm caseId={id} contact={contact} locale={locale} />
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        <OlderLink path={`/cases/${id}/contacts`} cursor={page.nextCursor} locale={locale} />
      </section>
      {writes && (
        <section aria-labelledby="add-report-heading" lang={locale}>
          <h2 id="add-report-heading">{words.recordReportTitle}</h2>
          <ReportForm caseId={id} locale={locale} />
        </section>
      )}
      <section aria-labelledby="warning-heading">
        <h2 id="warning-heading" lang={locale}>
          {words.warningTitle}
        </h2>
        {warning ? (
          <div className="record">
            <p className="pre-line" lang="">
              {warning.warningText}
            </p>
            <ContactFacts contact={warning} timeZone={timeZone} locale={locale} words={words} />
            {writes && (
              <details lang={locale}>
                <summary>{words.whatCameOfIt}</summary>
                <ContactUpdateForm caseId={id} contact={warning} locale={locale} />
              </details>
            )}
          </div>
        ) : item.warningSent ? (
          <p lang={locale}>{words.warningSent}</p>
        ) : (
          <>
            <p className="hint" lang={locale}>
              {words.warningHint}
            </p>
            {writes && (
              <div lang={locale}>
                <WarningForm caseId={id} locale={locale} />
              </div>
            )}
          </>
        )}
      </section>
    </>
  );
}
