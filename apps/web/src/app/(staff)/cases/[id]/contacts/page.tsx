import type { ContactView } from '@cairn/contracts';
import {
  ContactUpdateForm,
  ReportForm,
  WarningForm,
} from '../../../../../components/cases/contact-forms';
import { getCase, listContacts } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { humanize } from '../../../../../cases/labels';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDate, formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

function ContactFacts({ contact, timeZone }: { contact: ContactView; timeZone: string }) {
  return (
    <dl className="facts">
      <dt>When</dt>
      <dd>{formatDateTime(contact.contactedAt, timeZone)}</dd>
      <dt>Method</dt>
      <dd>{humanize(contact.method)}</dd>
      {contact.referenceNumber && (
        <>
          <dt>Reference</dt>
          <dd>{contact.referenceNumber}</dd>
        </>
      )}
      {contact.outcome && (
        <>
          <dt>Outcome</dt>
          <dd className="pre-line">{contact.outcome}</dd>
        </>
      )}
      {contact.nextFollowUp && (
        <>
          <dt>Next follow-up</dt>
          <dd>{formatDate(contact.nextFollowUp, 'UTC')}</dd>
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
  const me = await currentStaff();
  const token = await requireApiToken();
  const [item, page] = await Promise.all([getCase(id, token), listContacts(id, token, cursor)]);
  const contacts = page.items;
  const { timeZone } = me.organization;
  const writes = item.may.edit;
  const reports = contacts.filter((contact) => contact.kind === 'REPORT');
  const warning = contacts.find((contact) => contact.kind === 'WARNING');

  return (
    <>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Reports to third parties</h2>
        {reports.length === 0 ? (
          <p>No report recorded yet.</p>
        ) : (
          <ol className="records">
            {reports.map((contact) => (
              <li key={contact.id} className="record">
                <p className="record-meta">
                  <strong>{contact.recipientName}</strong>
                  {contact.recipientKind && ` (${humanize(contact.recipientKind)})`}
                </p>
                <ContactFacts contact={contact} timeZone={timeZone} />
                {writes && (
                  <details>
                    <summary>Record what came of it</summary>
                    <ContactUpdateForm caseId={id} contact={contact} />
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
        <OlderLink path={`/cases/${id}/contacts`} cursor={page.nextCursor} />
      </section>
      {writes && (
        <section aria-labelledby="add-report-heading">
          <h2 id="add-report-heading">Record a report</h2>
          <ReportForm caseId={id} />
        </section>
      )}
      <section aria-labelledby="warning-heading">
        <h2 id="warning-heading">The written warning</h2>
        {warning ? (
          <div className="record">
            <p className="pre-line">{warning.warningText}</p>
            <ContactFacts contact={warning} timeZone={timeZone} />
            {writes && (
              <details>
                <summary>Record what came of it</summary>
                <ContactUpdateForm caseId={id} contact={warning} />
              </details>
            )}
          </div>
        ) : item.warningSent ? (
          <p>A warning was sent.</p>
        ) : (
          <>
            <p className="hint">
              The one warning to the other party that further contact goes to the police. It can be
              recorded once.
            </p>
            {writes && <WarningForm caseId={id} />}
          </>
        )}
      </section>
    </>
  );
}
