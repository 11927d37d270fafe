import { z } from 'zod';
import { IdParams, Timestamp } from './common';
import { PersonRef } from './cases';
import { EvidenceAnalysisView } from './evidence-analysis';
import { defineRoute } from './route';
import { multiLineText, singleLineText, webAddress } from './text';

// ---------------------------------------------------------------------------------------
// Vocabularies

/** What an item of evidence is; it decides how it is shown, never how it is stored. */
export const EvidenceKind = z.enum([
  'FILE',
  'IMAGE',
  'AUDIO',
  'VIDEO',
  'WEB_PAGE',
  'LINK',
  'EMAIL',
]);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** The kinds an uploaded file may be filed as (a link has no file). */
export const FileEvidenceKind = EvidenceKind.exclude(['LINK']);
export type FileEvidenceKind = z.infer<typeof FileEvidenceKind>;

const Reason = multiLineText(500, { min: 1 });

// ---------------------------------------------------------------------------------------
// Requests

/**
 * The text fields of an upload, sent as multipart fields before the file part (the file is
 * streamed as it arrives, so what describes it must come first).
 */
export const EvidenceUploadFields = z.strictObject({
  /** Files the item under one incident of the same case. */
  incidentId: z.uuid().optional(),
  /** When the survivor says the screenshot, recording or copy was made. */
  capturedAt: Timestamp.optional(),
  /** Overrides the kind guessed from the file's type. */
  kind: FileEvidenceKind.optional(),
});
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFields>;

/** A link to an abusive post. Cairn keeps the link and what was said about it; it fetches nothing. */
export const CreateEvidenceLinkBody = z.strictObject({
  url: webAddress(2_000),
  title: singleLineText(300).optional(),
  seenAt: Timestamp,
  archiveUrl: webAddress(2_000).optional(),
  incidentId: z.uuid().optional(),
});
export type CreateEvidenceLinkBody = z.infer<typeof CreateEvidenceLinkBody>;

export const EvidenceListQuery = z.strictObject({
  /** Hidden items are left out unless asked for. */
  hidden: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export type EvidenceListQuery = z.infer<typeof EvidenceListQuery>;

export const EvidenceReasonBody = z.strictObject({ reason: Reason });
export type EvidenceReasonBody = z.infer<typeof EvidenceReasonBody>;

// ---------------------------------------------------------------------------------------
// Answers

const Flag = z.object({ at: Timestamp, by: PersonRef.nullable(), reason: z.string() });

export const EvidenceView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  incidentId: z.uuid().nullable(),
  kind: EvidenceKind,
  /** For a file: what it was called, made safe to show (no path, no control characters). */
  fileName: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  /** Hex SHA-256 of the file exactly as received. */
  sha256: z.string().nullable(),
  /** The type the uploader's software declared. */
  declaredType: z.string().nullable(),
  /** The type read from the file's first bytes; null when the bytes name none (plain text). */
  detectedType: z.string().nullable(),
  /** The declared and detected types disagree: the file may not be what its name says. */
  typeMismatch: z.boolean(),
  /** For a link: the post's address, its title, when it was seen and an archived copy. */
  link: z
    .object({
      url: z.string(),
      title: z.string().nullable(),
      seenAt: Timestamp,
      archiveUrl: z.string().nullable(),
    })
    .nullable(),
  capturedAt: Timestamp.nullable(),
  receivedAt: Timestamp,
  uploadedBy: PersonRef.nullable(),
  /** Who sent it when it was not a staff member (survivor intake). */
  uploaderLabel: z.string().nullable(),
  hidden: Flag.nullable(),
  legalHold: Flag.nullable(),
  /**
   * The analysis of an email or image, run by the worker after upload: PENDING until it is
   * stored, then DONE, or FAILED (the detail's analysis says why); null when there is none
   * to run (a link, a video, a plain file).
   */
  analysisState: z.enum(['PENDING', 'DONE', 'FAILED']).nullable(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const CustodyEntryView = z.object({
  at: Timestamp,
  action: z.string(),
  actor: PersonRef.nullable(),
  requestId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type CustodyEntryView = z.infer<typeof CustodyEntryView>;

export const EvidenceFlagChange = z.enum(['HIDDEN', 'SHOWN', 'HOLD_SET', 'HOLD_RELEASED']);
export type EvidenceFlagChange = z.infer<typeof EvidenceFlagChange>;

export const EvidenceFlagChangeView = z.object({
  change: EvidenceFlagChange,
  reason: z.string(),
  by: PersonRef.nullable(),
  at: Timestamp,
});

export const EvidenceDetailView = EvidenceView.extend({
  /** Every hide, show, hold and release, oldest first, with its reason. */
  flagChanges: z.array(EvidenceFlagChangeView),
  /** Who received, viewed, downloaded and verified the item, oldest first (from the audit log). */
  custody: z.array(CustodyEntryView),
  /** What was read from the file at intake; null for a link, or a file not (yet) analysed. */
  analysis: EvidenceAnalysisView.nullable(),
  /** The email this item was attached to, when it came as an attachment. */
  attachedTo: z.uuid().nullable(),
});
export type EvidenceDetailView = z.infer<typeof EvidenceDetailView>;

export const EvidenceVerifyView = z.object({
  id: z.uuid(),
  /** The stored content opened and hashed to the SHA-256 recorded at upload. */
  matches: z.boolean(),
  expectedSha256: z.string(),
  /** What was read back; null when the stored content could not be opened at all. */
  actualSha256: z.string().nullable(),
  /** Why it does not match: the content failed decryption (changed, cut or moved), or hashed differently. */
  problem: z.enum(['unreadable', 'hash-mismatch', 'missing']).nullable(),
  checkedAt: Timestamp,
});
export type EvidenceVerifyView = z.infer<typeof EvidenceVerifyView>;

// ---------------------------------------------------------------------------------------
// Routes

const CaseParams = IdParams;

/** The upload's multipart shape: its fields, then one file part named `file`. */
export const evidenceUpload = { file: 'file', fields: EvidenceUploadFields } as const;
const tag = 'Evidence';

export const evidenceRoutes = {
  upload: defineRoute({
    method: 'POST',
    path: '/cases/{id}/evidence',
    summary:
      'Upload one file as evidence (multipart/form-data: the fields, then one part named `file`)',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: CaseParams,
    upload: evidenceUpload,
    response: EvidenceView,
  }),
  addLink: defineRoute({
    method: 'POST',
    path: '/cases/{id}/evidence/links',
    summary: 'Record a link to an abusive post (Cairn does not fetch it)',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: CaseParams,
    body: CreateEvidenceLinkBody,
    response: EvidenceView,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/cases/{id}/evidence',
    summary: "A case's evidence, newest first",
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: CaseParams,
    query: EvidenceListQuery,
    response: z.object({ items: z.array(EvidenceView) }),
  }),
  get: defineRoute({
    method: 'GET',
    path: '/evidence/{id}',
    summary: 'One item of evidence with its custody log',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    response: EvidenceDetailView,
  }),
  download: defineRoute({
    method: 'GET',
    path: '/evidence/{id}/content',
    summary: 'Download the file exactly as received, as an attachment',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    binary: true,
  }),
  verify: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/verify',
    summary: 'Re-read the stored file and check it against its SHA-256',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    status: 200,
    response: EvidenceVerifyView,
  }),
  hide: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/hide',
    summary: 'Hide an item from the case (never deleted), with a reason',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: IdParams,
    body: EvidenceReasonBody,
    status: 200,
    response: EvidenceView,
  }),
  show: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/show',
    summary: 'Show a hidden item again, with a reason',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: IdParams,
    body: EvidenceReasonBody,
    status: 200,
    response: EvidenceView,
  }),
  hold: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/hold',
    summary: 'Put an item under legal hold, with a reason',
    tag,
    auth: 'staff',
    permission: 'evidence.hold',
    params: IdParams,
    body: EvidenceReasonBody,
    status: 200,
    response: EvidenceView,
  }),
  release: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/release',
    summary: 'Lift the legal hold of an item, with a reason',
    tag,
    auth: 'staff',
    permission: 'evidence.hold',
    params: IdParams,
    body: EvidenceReasonBody,
    status: 200,
    response: EvidenceView,
  }),
} as const;
