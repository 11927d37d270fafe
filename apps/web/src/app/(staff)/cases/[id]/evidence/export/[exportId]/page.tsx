import Link from 'next/link';
import { RefreshWhileUnderway } from '../../../../../../../components/evidence/refresh-while-underway';
import { checkedId, evidencePage, getExport } from '../../../../../../../evidence/evidence-api';
import { humanSize, zonedDateTime } from '../../../../../../../evidence/evidence-format';
import { EVIDENCE_MESSAGES } from '../../../../../../../evidence/evidence-messages';
import { staffLocale } from '../../../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../../../staff/current-staff';
import { requireApiToken } from '../../../../../../../staff/staff-api';

/** Seconds between refreshes while the worker builds the bundle. */
const REFRESH_SECONDS = 3;

/**
 * A bundle the worker builds: its progress, kept up to date by the page itself (in place
 * with JavaScript, by a reload without it), then its download link.
 */
export default async function EvidenceExportProgressPage({
  params,
}: {
  params: Promise<{ id: string; exportId: string }>;
}) {
  const { id, exportId } = await params;
  const caseId = checkedId(id);
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const view = await getExport(caseId, checkedId(exportId), token);
  const words = EVIDENCE_MESSAGES[locale];
  const when = (iso: string) => zonedDateTime(iso, me.organization.timeZone, locale);
  const underway = view.status === 'QUEUED' || view.status === 'BUILDING';
  const self = evidencePage(caseId, `/export/${view.id}`);

  return (
    <section aria-labelledby="progress-heading">
      {underway && <RefreshWhileUnderway seconds={REFRESH_SECONDS} />}
      <p>
        <Link href={evidencePage(caseId)}>← {words.back}</Link>
      </p>
      <h2 id="progress-heading">
        {words.progressTitle}: {words.recipients[view.recipient]}
      </h2>
      <p role="status">{words.progressStatus[view.status]}</p>
      {underway && (
        <>
          <progress
            max={Math.max(view.bytesTotal, 1)}
            value={view.bytesDone}
            aria-label={words.progressItems(view.itemsDone, view.itemsTotal)}
          />
          <p>{words.progressItems(view.itemsDone, view.itemsTotal)}</p>
          <p>
            <a href={self}>{words.progressRefresh}</a>
          </p>
        </>
      )}
      {view.status === 'READY' && view.downloadPath && (
        <>
          <p>
            <a className="button-link" href={`${self}/download`} download>
              {words.progressDownload(humanSize(view.sizeBytes ?? 0, locale))}
            </a>
          </p>
          {view.expiresAt && <p className="hint">{words.progressExpires(when(view.expiresAt))}</p>}
        </>
      )}
      {view.status === 'FAILED' && view.failure && <p>{words.progressFailed(view.failure)}</p>}
    </section>
  );
}
