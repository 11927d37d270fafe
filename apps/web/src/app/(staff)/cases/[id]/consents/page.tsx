import { roleAllows } from '@cairn/contracts';
import { ConsentForm } from '../../../../../components/cases/consent-form';
import { withdrawConsent } from '../../../../../cases/case-actions';
import { listConsents } from '../../../../../cases/case-api';
import { CONSENT_SCOPE_LABELS, humanize } from '../../../../../cases/labels';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function ConsentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  const consents = await listConsents(id, await requireApiToken());
  const writes = roleAllows(me.role, 'cases.write');
  const { timeZone } = me.organization;
  const withdraw = withdrawConsent.bind(null, id);

  return (
    <>
      <section aria-labelledby="consents-heading">
        <h2 id="consents-heading">Consents</h2>
        {consents.length === 0 ? (
          <p>No consent recorded yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Consent to</th>
                  <th scope="col">Status</th>
                  <th scope="col">Given</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {consents.map((consent) => (
                  <tr key={consent.id}>
                    <td>{CONSENT_SCOPE_LABELS[consent.scope]}</td>
                    <td>
                      {humanize(consent.status)}
                      {consent.withdrawnAt && `, ${formatDateTime(consent.withdrawnAt, timeZone)}`}
                    </td>
                    <td>
                      {formatDateTime(consent.givenAt, timeZone)}
                      {consent.recordedBy && (
                        <span className="hint">
                          {' '}
                          (recorded by {consent.recordedBy.displayName})
                        </span>
                      )}
                    </td>
                    <td>{consent.expiresAt ? formatDateTime(consent.expiresAt, timeZone) : '—'}</td>
                    <td>{consent.note ?? ''}</td>
                    <td>
                      {writes && consent.status === 'ACTIVE' && (
                        <form action={withdraw}>
                          <input type="hidden" name="consentId" value={consent.id} />
                          <button
                            type="submit"
                            className="secondary"
                            aria-label={`Withdraw consent to ${CONSENT_SCOPE_LABELS[consent.scope].toLowerCase()}`}
                          >
                            Withdraw
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
        <section aria-labelledby="add-consent-heading">
          <h2 id="add-consent-heading">Record a consent</h2>
          <ConsentForm caseId={id} />
        </section>
      )}
    </>
  );
}
