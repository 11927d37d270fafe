import type { ExportRecipient, IncidentLocation } from '@cairn/contracts';
import type { AuditService } from '../../audit/audit.service';
import type { Tx } from '../../core/database/prisma.service';
import { AppError } from '../../core/errors/app-error';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import type { SealedItem } from '../evidence-vault';
import { BundleAnalysis, bundleAnalyses } from './bundle-analysis';

export interface BundleCustodyEntry {
  at: Date;
  action: string;
  actor: string | null;
  requestId: string | null;
  data: Record<string, unknown>;
}

/** One item as the bundle describes it; `sealed` is null for a link, which has no file. */
export interface BundleItem {
  id: string;
  kind: string;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  declaredType: string | null;
  detectedType: string | null;
  capturedAt: Date | null;
  receivedAt: Date;
  uploadedBy: string | null;
  incidentId: string | null;
  link: { url: string; title: string | null; seenAt: Date; archiveUrl: string | null } | null;
  hidden: boolean;
  legalHold: boolean;
  /** What the analysis found (an email's signatures, a picture's metadata), when it has one. */
  analysis?: BundleAnalysis;
  custody: BundleCustodyEntry[];
  sealed: SealedItem | null;
}

export interface BundleIncident {
  localTime: string;
  timeZone: string;
  approximate: boolean;
  occurredAt: Date;
  location: IncidentLocation;
  description: string;
}

/** Everything a bundle says besides the originals' bytes. */
export interface BundleSource {
  exportId: string;
  recipient: ExportRecipient;
  /** The consent it was made under, or the override's reason; neither for the survivor. */
  consentId: string | null;
  overrideReason: string | null;
  requestedBy: string;
  generatedAt: Date;
  organization: { name: string; timeZone: string };
  caseFile: { reference: string; title: string; summary: string; status: string };
  incidents: BundleIncident[];
  items: BundleItem[];
}

export interface ExportRecord {
  id: string;
  caseId: string;
  recipient: string;
  consentId: string | null;
  overrideReason: string | null;
  itemIds: string[];
  requestedById: string;
  includeLocation: boolean;
}

/**
 * Reads what a bundle holds for an export, inside the caller's tenant transaction (the
 * request's or the worker's). The custody log of each item is read from the audit log at
 * the moment of export, so it includes the export itself.
 */
export async function loadBundleSource(
  tx: Tx,
  audit: AuditService,
  keys: OrganizationKeysService,
  record: ExportRecord,
): Promise<BundleSource> {
  const caseRow = await tx.case.findUnique({
    where: { id: record.caseId },
    select: {
      reference: true,
      title: true,
      summary: true,
      status: true,
      organization: { select: { name: true, timeZone: true } },
    },
  });
  if (!caseRow) throw AppError.notFound('case');
  const rows = await tx.evidenceItem.findMany({
    where: { id: { in: record.itemIds }, caseId: record.caseId },
    include: { uploadedBy: { select: { displayName: true } } },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
  });
  const incidents = await tx.incident.findMany({
    where: { caseId: record.caseId },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  });
  const requester = await tx.user.findUnique({
    where: { id: record.requestedById },
    select: { displayName: true },
  });
  const analyses = await bundleAnalyses(tx, keys, record.caseId, rows, record.includeLocation);
  const names = new Map<string, string>();
  const items: BundleItem[] = [];
  for (const row of rows) {
    const events = await audit.trail(tx, 'evidence', row.id);
    const unknownActors = events.flatMap((event) =>
      event.actorUserId && !names.has(event.actorUserId) ? [event.actorUserId] : [],
    );
    if (unknownActors.length > 0) {
      const people = await tx.user.findMany({
        where: { id: { in: unknownActors } },
        select: { id: true, displayName: true },
      });
      for (const person of people) names.set(person.id, person.displayName);
    }
    items.push({
      id: row.id,
      kind: row.kind,
      fileName: row.fileName,
      sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
      sha256: row.sha256,
      declaredType: row.declaredType,
      detectedType: row.detectedType,
      capturedAt: row.capturedAt,
      receivedAt: row.receivedAt,
      uploadedBy: row.uploadedBy?.displayName ?? row.uploaderLabel,
      incidentId: row.incidentId,
      link:
        row.url && row.seenAt
          ? { url: row.url, title: row.title, seenAt: row.seenAt, archiveUrl: row.archiveUrl }
          : null,
      hidden: row.hiddenAt !== null,
      legalHold: row.holdAt !== null,
      analysis: analyses.get(row.id),
      custody: events.map((event) => ({
        at: event.at,
        action: event.action,
        actor: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null,
        requestId: event.requestId,
        data: event.data,
      })),
      sealed:
        row.storageKey && row.wrappedKey
          ? { id: row.id, storageKey: row.storageKey, wrappedKey: row.wrappedKey }
          : null,
    });
  }
  return {
    exportId: record.id,
    recipient: record.recipient as ExportRecipient,
    consentId: record.consentId,
    overrideReason: record.overrideReason,
    requestedBy: requester?.displayName ?? 'unknown',
    generatedAt: new Date(),
    organization: caseRow.organization,
    caseFile: {
      reference: caseRow.reference,
      title: caseRow.title,
      summary: caseRow.summary,
      status: caseRow.status,
    },
    incidents: incidents.map((incident) => ({
      localTime: incident.localTime,
      timeZone: incident.timeZone,
      approximate: incident.approximate,
      occurredAt: incident.occurredAt,
      location: incident.location as IncidentLocation,
      description: incident.description,
    })),
    items,
  };
}
