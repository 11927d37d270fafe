import { roleAllows } from '@cairn/contracts';
import { ConsentForm } from '../../../../../components/cases/consent-form';
import { withdrawConsent } from '../../../../../cases/case-actions';
import { listConsents } from '../../../../../cases/case-api';
import { CASE_RECORD_MESSAGES } from '../../../../../cases/case-record-messages';
import { CASE_LABELS } from '../../../../../cases/labels';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function ConsentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_RECORD_MESSAGES[locale];
  const scopes = CASE_LABELS[locale].consentScope;
  const consents = await listConsents(id, token);
  const writes = roleAllows(me.role, 'cases.write');
  const { timeZone } = me.organization;
  const withdraw = withdrawConsent.bind(null, id);

  return (
    <>
      <section aria-labelledby="consents-heading" lang={locale}>
        <h2 id="consents-heading">{words.consentsTitle}</h2>
        {consents.length === 0 ? (
          <p>{words.noConsent}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{words.consentTo}</th>
                  <th scope="col">{words.status}</th>
                  <th scope="col">{words.given}</th>
                  <th scope="col">{words.expires}</th>
                  <th scope="col">{words.note}</th>
                  <th scope="col">
                    <span className="visually-hidden">{words.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {consents.map((consent) => (
                  <tr key={consent.id}>
                    <td>{scopes[consent.scope]}</td>
                    <td>
                      {words.consentStatus[consent.status]}
                      {consent.withdrawnAt &&
                        `, ${formatDateTime(consent.withdrawnAt, timeZone, locale)}`}
                    </td>
                    <td>
                      {formatDateTime(consent.givenAt, timeZone, locale)}
                      {consent.recordedBy && (
                        <span className="hint">
                          {' '}
                          {words.recordedBy(consent.recordedBy.displayName)}
                        </span>
                      )}
                    </td>
                    <td>
                      {consent.expiresAt
                        ? formatDateTime(consent.expiresAt, timeZone, locale)
                        : '—'}
                    </td>
                    <td lang="">{consent.note ?? ''}</td>
                    <td>
                      {writes && consent.status === 'ACTIVE' && (
                        <form action={withdraw}>
                          <input type="hidden" name="consentId" value={consent.id} />
                          <button
                            type="submit"
                            className="secondary"
                            aria-label={words.withdrawLabel(scopes[consent.scope].toLowerCase())}
                          >
                            {words.withdraw}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {writes && (
        <section aria-labelledby="add-consent-heading" lang={locale}>
          <h2 id="add-consent-heading">{words.recordConsentTitle}</h2>
          <ConsentForm caseId={id} locale={locale} />
        </section>
      )}
    </>
  );
}
