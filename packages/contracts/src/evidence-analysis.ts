import { z } from 'zod';
import { IdParams, Timestamp } from './common';
import { defineRoute } from './route';

// ---------------------------------------------------------------------------------------
// An email's authenticity

/** One check's outcome, in the words of its RFC (pass, fail, none, neutral, temperror…). */
const Verdict = z.object({ result: z.string(), comment: z.string().nullable() });

export const AuthenticityVerdicts = z.object({
  /** One per DKIM signature, in the order they appear. */
  dkim: z.array(Verdict.extend({ domain: z.string().nullable(), selector: z.string().nullable() })),
  spf: Verdict.extend({ domain: z.string().nullable() }).nullable(),
  arc: Verdict.nullable(),
  dmarc: Verdict.extend({ domain: z.string().nullable() }).nullable(),
});
export type AuthenticityVerdicts = z.infer<typeof AuthenticityVerdicts>;

export const EmailHeadersView = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  cc: z.string().nullable(),
  date: z.string().nullable(),
  messageId: z.string().nullable(),
  subject: z.string().nullable(),
  /** Each Received header as written, newest (the last hop) first. */
  received: z.array(z.string()),
});
export type EmailHeadersView = z.infer<typeof EmailHeadersView>;

export const AuthenticityCheckView = z.object({
  mode: z.enum(['INTAKE', 'REPLAY', 'LIVE']),
  verdicts: AuthenticityVerdicts,
  /** How many DNS answers the check used (kept with it, for replay). */
  dnsAnswers: z.number().int(),
  checkedAt: Timestamp,
});
export type AuthenticityCheckView = z.infer<typeof AuthenticityCheckView>;

// ---------------------------------------------------------------------------------------
// What an item's analysis shows

export const SimilarItemView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  /** Bits of the 256-bit perceptual hash that differ: 0 is the same picture. */
  distance: z.number().int(),
});
export type SimilarItemView = z.infer<typeof SimilarItemView>;

export const EvidenceAnalysisView = z.object({
  /** FAILED: part of the file could not be read (see failure); the file itself is kept. */
  status: z.enum(['DONE', 'FAILED']),
  failure: z.string().nullable(),
  analysedAt: Timestamp,
  email: z
    .object({
      headers: EmailHeadersView,
      /** The check made at intake, with the DNS answers of that moment. */
      authenticity: AuthenticityCheckView.nullable(),
      /** Its attachments, each an item of its own on the same case. */
      attachments: z.array(z.object({ id: z.uuid(), fileName: z.string().nullable() })),
    })
    .nullable(),
  image: z
    .object({
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      /** Camera, software and times as the file states them; never its location. */
      exif: z.record(z.string(), z.union([z.string(), z.number()])),
      /** The file records where it was taken: GET …/gps reveals it (and is audited). */
      hasGps: z.boolean(),
      hasThumbnail: z.boolean(),
      /** The same picture (even resized or re-encoded) in cases the reader may see. */
      similar: z.array(SimilarItemView),
    })
    .nullable(),
});
export type EvidenceAnalysisView = z.infer<typeof EvidenceAnalysisView>;

export const EvidenceGpsView = z.object({
  latitude: z.number(),
  longitude: z.number(),
  altitude: z.number().nullable(),
});
export type EvidenceGpsView = z.infer<typeof EvidenceGpsView>;

export const RecheckAuthenticityBody = z.strictObject({
  /** Also check again against today's DNS (the sender may have rotated or removed its keys). */
  live: z.boolean().default(false),
});
export type RecheckAuthenticityBody = z.infer<typeof RecheckAuthenticityBody>;

export const RecheckAuthenticityView = z.object({
  intake: AuthenticityCheckView,
  /** The same check run again with the DNS answers kept from intake. */
  replay: AuthenticityCheckView,
  /** The replay's verdicts are those of intake. */
  unchanged: z.boolean(),
  live: AuthenticityCheckView.extend({ unchanged: z.boolean() }).nullable(),
});
export type RecheckAuthenticityView = z.infer<typeof RecheckAuthenticityView>;

// ---------------------------------------------------------------------------------------
// Routes

const tag = 'Evidence';

export const evidenceAnalysisRoutes = {
  gps: defineRoute({
    method: 'GET',
    path: '/evidence/{id}/gps',
    summary: "Reveal where an image was taken, from its EXIF (audited: a survivor's location)",
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    response: EvidenceGpsView,
  }),
  thumbnail: defineRoute({
    method: 'GET',
    path: '/evidence/{id}/thumbnail',
    summary: "An image item's thumbnail (JPEG, made by the server)",
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    binary: true,
  }),
  recheckAuthenticity: defineRoute({
    method: 'POST',
    path: '/evidence/{id}/recheck-authenticity',
    summary: "Replay an email's DKIM/ARC/SPF check with the DNS answers kept at intake",
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    body: RecheckAuthenticityBody,
    status: 200,
    response: RecheckAuthenticityView,
  }),
} as const;
