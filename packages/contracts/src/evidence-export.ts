import { z } from 'zod';
import { IdParams, Timestamp } from './common';
import { PersonRef } from './cases';
import { defineRoute } from './route';
import { multiLineText, singleLineText } from './text';

/** Who a bundle of evidence is for; each but the survivor needs the survivor's consent. */
export const ExportRecipient = z.enum(['POLICE', 'LAWYER', 'PLATFORM', 'SURVIVOR']);
export type ExportRecipient = z.infer<typeof ExportRecipient>;

export const CreateEvidenceExportBody = z.strictObject({
  recipient: ExportRecipient,
  /** The items to include; every item of the case that is not hidden when left out. */
  itemIds: z.array(z.uuid()).min(1).max(10_000).optional(),
  /** Encrypts the ZIP (AES-256) with this passphrase, for a USB key. Never stored in clear. */
  passphrase: singleLineText(200, { min: 8, trim: false }).optional(),
  /**
   * Goes ahead without the survivor's consent for this recipient (supervisors and admins),
   * with the reason recorded in the audit log.
   */
  overrideReason: multiLineText(500, { min: 1 }).optional(),
  /**
   * Puts where each picture was taken (from its EXIF) in the manifest. Left out unless
   * asked, as it may be the survivor's home; asking is recorded in the audit log.
   */
  includeLocation: z.boolean().optional(),
});
export type CreateEvidenceExportBody = z.infer<typeof CreateEvidenceExportBody>;

export const EvidenceExportStatus = z.enum([
  'STREAMED',
  'QUEUED',
  'BUILDING',
  'READY',
  'FAILED',
  'EXPIRED',
]);
export type EvidenceExportStatus = z.infer<typeof EvidenceExportStatus>;

export const EvidenceExportView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  recipient: ExportRecipient,
  /** The consent that allowed the export; null when a supervisor overrode its absence. */
  consentId: z.uuid().nullable(),
  overrideReason: z.string().nullable(),
  encrypted: z.boolean(),
  status: EvidenceExportStatus,
  requestedBy: PersonRef.nullable(),
  requestedAt: Timestamp,
  /** Progress of a bundle the worker builds: items and bytes of originals written. */
  itemsTotal: z.number().int(),
  itemsDone: z.number().int(),
  bytesTotal: z.number().int(),
  bytesDone: z.number().int(),
  /** The built ZIP's size, once ready. */
  sizeBytes: z.number().int().nullable(),
  finishedAt: Timestamp.nullable(),
  /** A ready bundle is deleted after this; its row stays, as EXPIRED. */
  expiresAt: Timestamp.nullable(),
  /** Where to download it, once ready. */
  downloadPath: z.string().nullable(),
  failure: z.string().nullable(),
});
export type EvidenceExportView = z.infer<typeof EvidenceExportView>;

export const EvidenceExportParams = z.strictObject({ id: z.uuid(), exportId: z.uuid() });

const tag = 'Evidence';

export const evidenceExportRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/cases/{id}/evidence-exports',
    summary:
      'Export evidence as a ZIP bundle for a recipient: the ZIP itself (200), or for a large ' +
      'bundle 202 with the export to follow (its JSON view)',
    tag,
    auth: 'staff',
    permission: 'cases.export',
    params: IdParams,
    body: CreateEvidenceExportBody,
    status: 200,
    binary: true,
    accepted: EvidenceExportView,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/cases/{id}/evidence-exports/{exportId}',
    summary: 'An export of evidence: its progress, and its download once ready',
    tag,
    auth: 'staff',
    permission: 'cases.export',
    params: EvidenceExportParams,
    response: EvidenceExportView,
  }),
  download: defineRoute({
    method: 'GET',
    path: '/cases/{id}/evidence-exports/{exportId}/content',
    summary: 'Download a bundle the worker built',
    tag,
    auth: 'staff',
    permission: 'cases.export',
    params: EvidenceExportParams,
    binary: true,
  }),
} as const;
