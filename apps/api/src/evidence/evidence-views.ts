import type { EvidenceKind, EvidenceView } from '@cairn/contracts';
import { personRef, PERSON_SELECT } from '../cases/person';
import type { EvidenceItem } from '../generated/prisma/client';

/** The people an item's view names, loaded with it. */
export const EVIDENCE_INCLUDE = {
  uploadedBy: PERSON_SELECT,
  hiddenBy: PERSON_SELECT,
  holdBy: PERSON_SELECT,
} as const;

type Person = { id: string; displayName: string } | null;
export type EvidenceRow = EvidenceItem & { uploadedBy: Person; hiddenBy: Person; holdBy: Person };

function flag(at: Date | null, by: Person, reason: string | null) {
  return at && reason ? { at: at.toISOString(), by: personRef(by), reason } : null;
}

/** Declared and detected types disagree only when the bytes named a type at all. */
export function typesDisagree(declared: string | null, detected: string | null): boolean {
  return detected !== null && declared !== null && declared.toLowerCase() !== detected;
}

export function toEvidenceView(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    caseId: row.caseId,
    incidentId: row.incidentId,
    kind: row.kind as EvidenceKind,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    sha256: row.sha256,
    declaredType: row.declaredType,
    detectedType: row.detectedType,
    typeMismatch: typesDisagree(row.declaredType, row.detectedType),
    link:
      row.url && row.seenAt
        ? {
            url: row.url,
            title: row.title,
            seenAt: row.seenAt.toISOString(),
            archiveUrl: row.archiveUrl,
          }
        : null,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    receivedAt: row.receivedAt.toISOString(),
    uploadedBy: personRef(row.uploadedBy),
    uploaderLabel: row.uploaderLabel,
    hidden: flag(row.hiddenAt, row.hiddenBy, row.hiddenReason),
    legalHold: flag(row.holdAt, row.holdBy, row.holdReason),
    analysisState: row.analysisState as EvidenceView['analysisState'],
  };
}
