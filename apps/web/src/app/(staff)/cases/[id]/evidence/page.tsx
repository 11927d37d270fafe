import Link from 'next/link';
import { roleAllows, type IncidentView } from '@cairn/contracts';
import { CaseForm } from '../../../../../components/cases/case-form';
import { ErrorSummary } from '../../../../../components/error-summary';
import { EvidenceList } from '../../../../../components/evidence/evidence-list';
import { EvidenceUploadForm } from '../../../../../components/evidence/evidence-upload-form';
import styles from '../../../../../components/evidence/evidence.module.css';
import { listIncidents } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { addEvidenceLink } from '../../../../../evidence/evidence-actions';
import {
  checkedId,
  evidencePage,
  itemPage,
  listEvidence,
} from '../../../../../evidence/evidence-api';
import { zonedInputValue } from '../../../../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../../../../evidence/evidence-messages';
import { lastUploadReport } from '../../../../../evidence/evidence-report';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../staff/staff-api';

function incidentLabel(incident: IncidentView): string {
  const when = incident.localTime.replace('T', ' ').slice(0, 16);
  const what = incident.description.replace(/\s+/g, ' ');
  return `${when} — ${what.length > 60 ? `${what.slice(0, 59)}…` : what}`;
}

export default async function EvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const caseId = checkedId((await params).id);
  const withHidden = firstValue(await searchParams, 'hidden') === 'include';
  const [me, token, locale, report] = await Promise.all([
    currentStaff(),
    requireApiToken(),
    staffLocale(),
    lastUploadReport(),
  ]);
  const words = EVIDENCE_MESSAGES[locale];
  const writes = roleAllows(me.role, 'cases.write');
  const exports = roleAllows(me.role, 'cases.export');
  const { timeZone } = me.organization;
  const [items, incidents] = await Promise.all([
    listEvidence(caseId, token, withHidden ? 'include' : 'exclude'),
    writes ? listIncidents(caseId, token).then((page) => page.items) : Promise.resolve([]),
  ]);
  const refused = report?.outcomes.filter((outcome) => !outcome.stored) ?? [];
  const stored = report?.outcomes.filter((outcome) => outcome.stored) ?? [];

  return (
    <>
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{words.section}</h2>
        <p>{words.intro}</p>
        <div className={styles.actions}>
          {exports && items.length > 0 && (
            <Link className="button-link" href={evidencePage(caseId, '/export')}>
              {words.exportLink}
            </Link>
          )}
          <Link href={withHidden ? evidencePage(caseId) : `${evidencePage(caseId)}?hidden=include`}>
            {withHidden ? words.hideHidden : words.showHidden}
          </Link>
        </div>
        {items.length === 0 ? (
          <p>{withHidden ? words.none : words.noneVisible}</p>
        ) : (
          <EvidenceList caseId={caseId} items={items} timeZone={timeZone} locale={locale} />
        )}
      </section>
      {writes && (
        <section aria-labelledby="upload-heading">
          <h2 id="upload-heading">{words.uploadTitle}</h2>
          <p>{words.uploadHint}</p>
          {/* The outcome of an upload sent without JavaScript, back from the upload route. */}
          {refused.length > 0 && (
            <ErrorSummary
              locale={locale}
              message={report?.message || undefined}
              errors={refused.map((outcome) => ({
                fieldId: 'evidence-files',
                message: outcome.sentence,
              }))}
            />
          )}
          {stored.length > 0 && (
            <div role="status">
              {refused.length === 0 && <p>{report?.message}</p>}
              <ul className={styles.files}>
                {stored.map((outcome, index) => (
                  <li key={index} className={`${styles.file} ${styles.stored}`}>
                    {outcome.itemId ? (
                      <Link href={itemPage(caseId, outcome.itemId)}>{outcome.sentence}</Link>
                    ) : (
                      outcome.sentence
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <EvidenceUploadForm
            action={evidencePage(caseId, '/upload')}
            incidents={incidents.map((incident) => ({
              id: incident.id,
              label: incidentLabel(incident),
            }))}
            timeZone={timeZone}
            locale={locale}
            filesId="evidence-files"
          />
        </section>
      )}
      {writes && (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">{words.linkTitle}</h2>
          <p>{words.linkHint}</p>
          <CaseForm
            action={addEvidenceLink.bind(null, caseId)}
            idPrefix="evidence-link"
            submitLabel={words.addLink}
            pendingLabel={words.adding}
            groups={[
              {
                fields: [
                  { kind: 'url', name: 'url', label: words.url, required: true, maxLength: 2_000 },
                  { kind: 'text', name: 'title', label: words.linkName, maxLength: 300 },
                  {
                    kind: 'datetime-local',
                    name: 'seenAt',
                    label: words.seenAt,
                    hint: words.timesIn(timeZone),
                    required: true,
                    defaultValue: zonedInputValue(new Date(), timeZone),
                  },
                  { kind: 'url', name: 'archiveUrl', label: words.archiveUrl, maxLength: 2_000 },
                  ...(incidents.length > 0
                    ? [
                        {
                          kind: 'select' as const,
                          name: 'incidentId',
                          label: words.incident,
                          emptyLabel: words.noIncident,
                          options: incidents.map((incident) => ({
                            value: incident.id,
                            label: incidentLabel(incident),
                          })),
                        },
                      ]
                    : []),
                ],
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
