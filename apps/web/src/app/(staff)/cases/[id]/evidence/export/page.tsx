import Link from 'next/link';
import { ExportRecipient, roleAllows } from '@cairn/contracts';
import { ErrorSummary } from '../../../../../../components/error-summary';
import { FieldError } from '../../../../../../components/field-error';
import { itemName } from '../../../../../../components/evidence/evidence-list';
import styles from '../../../../../../components/evidence/evidence.module.css';
import { checkedId, evidencePage, listEvidence } from '../../../../../../evidence/evidence-api';
import { humanSize } from '../../../../../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../../../../../evidence/evidence-messages';
import { lastExportReport } from '../../../../../../evidence/evidence-report';
import { staffLocale } from '../../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../../staff/staff-api';

const FIELD_IDS = {
  recipient: 'export-recipient',
  itemIds: 'export-items',
  passphrase: 'export-passphrase',
  overrideReason: 'export-override',
} as const;

/**
 * The export dialog: a plain form to the export route, which answers the ZIP itself for a
 * small bundle, or the bundle's progress page for a large one; a refusal comes back here
 * with what was chosen (never the passphrase).
 */
export default async function EvidenceExportPage({ params }: { params: Promise<{ id: string }> }) {
  const caseId = checkedId((await params).id);
  const [me, token, locale, report] = await Promise.all([
    currentStaff(),
    requireApiToken(),
    staffLocale(),
    lastExportReport(),
  ]);
  const words = EVIDENCE_MESSAGES[locale];
  const items = await listEvidence(caseId, token, 'exclude');
  const overrides = roleAllows(me.role, 'evidence.export-override');
  const values = report?.values ?? {};
  const chosen = new Set(values.itemIds ?? []);
  const scope = values.scope === 'some' ? 'some' : 'all';
  const errorOn = (field: keyof typeof FIELD_IDS) =>
    report?.field === field ? report.message : undefined;
  const invalid = (field: keyof typeof FIELD_IDS) =>
    errorOn(field)
      ? { 'aria-invalid': true as const, 'aria-describedby': `${FIELD_IDS[field]}-error` }
      : {};

  if (!roleAllows(me.role, 'cases.export')) {
    return (
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{words.exportTitle}</h2>
        <p>{words.exportRoleRefused}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="export-heading">
      <p>
        <Link href={evidencePage(caseId)}>← {words.back}</Link>
      </p>
      <h2 id="export-heading">{words.exportTitle}</h2>
      <p>{words.exportIntro}</p>
      {items.length === 0 ? (
        <p>{words.exportNothing}</p>
      ) : (
        <form
          method="post"
          action={evidencePage(caseId, '/export/start')}
          className="case-form"
          noValidate
        >
          {report && (
            <ErrorSummary
              locale={locale}
              message={report.field ? undefined : report.message}
              errors={
                report.field ? [{ fieldId: FIELD_IDS[report.field], message: report.message }] : []
              }
            />
          )}
          <fieldset id={FIELD_IDS.recipient} {...invalid('recipient')}>
            <legend>{words.recipient}</legend>
            <p className="hint">{words.recipientHint}</p>
            <FieldError id={`${FIELD_IDS.recipient}-error`} message={errorOn('recipient')} />
            {ExportRecipient.options.map((recipient) => (
              <label key={recipient} className="choice">
                <input
                  type="radio"
                  name="recipient"
                  value={recipient}
                  defaultChecked={values.recipient === recipient}
                />{' '}
                {words.recipients[recipient]}
              </label>
            ))}
          </fieldset>
          <fieldset id={FIELD_IDS.itemIds} {...invalid('itemIds')}>
            <legend>{words.selection}</legend>
            <FieldError id={`${FIELD_IDS.itemIds}-error`} message={errorOn('itemIds')} />
            <label className="choice">
              <input type="radio" name="scope" value="all" defaultChecked={scope === 'all'} />{' '}
              {words.wholeCase}
            </label>
            <label className="choice">
              <input type="radio" name="scope" value="some" defaultChecked={scope === 'some'} />{' '}
              {words.someItems}
            </label>
            <ul className={styles.items} aria-label={words.itemsToInclude}>
              {items.map((item) => (
                <li key={item.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      name="itemIds"
                      value={item.id}
                      defaultChecked={chosen.has(item.id)}
                    />{' '}
                    {itemName(item, words.unnamed)}
                    {item.sizeBytes !== null && ` (${humanSize(item.sizeBytes, locale)})`}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={styles.field}>
            <label htmlFor={FIELD_IDS.passphrase}>{words.passphrase}</label>
            <p className="hint" id={`${FIELD_IDS.passphrase}-hint`}>
              {words.passphraseHint}
            </p>
            <FieldError id={`${FIELD_IDS.passphrase}-error`} message={errorOn('passphrase')} />
            <input
              id={FIELD_IDS.passphrase}
              type="password"
              name="passphrase"
              autoComplete="new-password"
              aria-describedby={`${FIELD_IDS.passphrase}-hint${errorOn('passphrase') ? ` ${FIELD_IDS.passphrase}-error` : ''}`}
              aria-invalid={errorOn('passphrase') ? true : undefined}
            />
          </div>
          {overrides ? (
            <div className={styles.field}>
              <label htmlFor={FIELD_IDS.overrideReason}>{words.overrideReason}</label>
              <p className="hint" id={`${FIELD_IDS.overrideReason}-hint`}>
                {words.overrideHint}
              </p>
              <FieldError
                id={`${FIELD_IDS.overrideReason}-error`}
                message={errorOn('overrideReason')}
              />
              <textarea
                id={FIELD_IDS.overrideReason}
                name="overrideReason"
                rows={3}
                defaultValue={values.overrideReason ?? ''}
                aria-describedby={`${FIELD_IDS.overrideReason}-hint${errorOn('overrideReason') ? ` ${FIELD_IDS.overrideReason}-error` : ''}`}
                aria-invalid={errorOn('overrideReason') ? true : undefined}
              />
            </div>
          ) : (
            <p className="hint">{words.overrideNotAllowed}</p>
          )}
          <button type="submit">{words.exportButton}</button>
        </form>
      )}
    </section>
  );
}
