import type { EvidenceExportView, ExportRecipient, EvidenceExportStatus } from '@cairn/contracts';
import type { AuditService } from '../../audit/audit.service';
import { personRef, PERSON_SELECT } from '../../cases/person';
import type { Tx } from '../../core/database/prisma.service';
import type { EvidenceExport } from '../../generated/prisma/client';
import type { ItemOutcome } from './bundle-texts';

export const EXPORT_INCLUDE = { requestedBy: PERSON_SELECT } as const;
type ExportRow = EvidenceExport & { requestedBy: { id: string; displayName: string } | null };

/** The passphrase of a bundle the worker builds is sealed to the export, never stored in clear. */
/** The field an export's passphrase is sealed under, bound to the export's id as its row. */
export const PASSPHRASE_FIELD = 'evidence-export.passphrase';

export function toExportView(row: ExportRow): EvidenceExportView {
  return {
    id: row.id,
    caseId: row.caseId,
    recipient: row.recipient as ExportRecipient,
    consentId: row.consentId,
    overrideReason: row.overrideReason,
    encrypted: row.encrypted,
    status: row.status as EvidenceExportStatus,
    requestedBy: personRef(row.requestedBy),
    requestedAt: row.requestedAt.toISOString(),
    itemsTotal: row.itemsTotal,
    itemsDone: row.itemsDone,
    bytesTotal: Number(row.bytesTotal),
    bytesDone: Number(row.bytesDone),
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    downloadPath:
      row.status === 'READY' ? `/cases/${row.caseId}/evidence-exports/${row.id}/content` : null,
    failure: row.failure,
  };
}

/**
 * An item that failed its check during an export goes into its custody log as a failed
 * verification, as if someone had asked to verify it.
 */
export async function recordFailedChecks(
  tx: Tx,
  audit: AuditService,
  caseId: string,
  exportId: string,
  outcomes: ItemOutcome[],
  actorUserId: string,
): Promise<void> {
  for (const outcome of outcomes) {
    if (outcome.integrity === 'verified' || outcome.integrity === 'link') continue;
    await audit.record(tx, {
      action: 'evidence.verified',
      targetType: 'evidence',
      targetId: outcome.id,
      actorUserId,
      data: { caseId, exportId, matches: false, problem: outcome.integrity },
    });
  }
}
