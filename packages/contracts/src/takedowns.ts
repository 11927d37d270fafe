import { z } from 'zod';
import { Email, IdParams, Timestamp, Uuid } from './common';
import { PersonRef } from './cases';
import { namedPattern } from './messages';
import { defineRoute } from './route';
import { multiLineText, singleLineText, webAddress } from './text';

// ---------------------------------------------------------------------------------------
// Vocabularies

/** Every kind of letter Cairn has a template for. */
export const NoticeType = z.enum([
  'TOS_REPORT',
  'NCII_REMOVAL',
  'COPYRIGHT_DMCA',
  'DSA_NOTICE',
  'SEARCH_DELISTING',
  'WARNING',
  'POLICE_COVER',
  'FOLLOW_UP',
  'ESCALATION',
]);
export type NoticeType = z.infer<typeof NoticeType>;

/** The notices a takedown request sends to a platform. */
export const TakedownNoticeType = NoticeType.extract([
  'TOS_REPORT',
  'NCII_REMOVAL',
  'COPYRIGHT_DMCA',
  'DSA_NOTICE',
  'SEARCH_DELISTING',
]);
export type TakedownNoticeType = z.infer<typeof TakedownNoticeType>;

/** The letters a caseworker sends to someone other than a platform, on the same lifecycle. */
export const LetterType = NoticeType.extract(['WARNING', 'POLICE_COVER']);
export type LetterType = z.infer<typeof LetterType>;

/** What a request sends: a notice to a platform, or a letter. */
export const SentNoticeType = NoticeType.exclude(['FOLLOW_UP', 'ESCALATION']);
export type SentNoticeType = z.infer<typeof SentNoticeType>;

/** Who a request is for: a platform of the directory, the other party, or the police. */
export const TakedownRecipientKind = z.enum(['PLATFORM', 'OTHER_PARTY', 'POLICE']);
export type TakedownRecipientKind = z.infer<typeof TakedownRecipientKind>;

export const LETTER_RECIPIENT: Record<LetterType, Exclude<TakedownRecipientKind, 'PLATFORM'>> = {
  WARNING: 'OTHER_PARTY',
  POLICE_COVER: 'POLICE',
};

export const NoticeLocale = z.enum(['en', 'fr']);
export type NoticeLocale = z.infer<typeof NoticeLocale>;

export const TakedownStatus = z.enum([
  'DRAFT',
  'AWAITING_APPROVAL',
  'SENT',
  'ACKNOWLEDGED',
  'REMOVED',
  'PARTLY_REMOVED',
  'REFUSED',
  'NO_RESPONSE',
]);
export type TakedownStatus = z.infer<typeof TakedownStatus>;

/** The statuses a caseworker records by hand once a request is out. */
export const TakedownOutcomeStatus = TakedownStatus.extract([
  'ACKNOWLEDGED',
  'REMOVED',
  'PARTLY_REMOVED',
  'REFUSED',
  'NO_RESPONSE',
]);

export const UrlOutcome = z.enum(['PENDING', 'REMOVED', 'REFUSED', 'GONE']);
export type UrlOutcome = z.infer<typeof UrlOutcome>;

export const PlatformKind = z.enum([
  'SOCIAL_NETWORK',
  'SEARCH_ENGINE',
  'HOST',
  'REGISTRAR',
  'OTHER',
]);
export type PlatformKind = z.infer<typeof PlatformKind>;

export const ReportChannel = z.enum(['EMAIL', 'WEB_FORM']);
export type ReportChannel = z.infer<typeof ReportChannel>;

// ---------------------------------------------------------------------------------------
// Notice elements: what a caseworker gives, and what each notice cannot go without

/**
 * What a caseworker writes into a notice besides its URLs and evidence. The survivor's own
 * contact details are never added by Cairn: only what is typed here is disclosed.
 */
export const NoticeElements = z.strictObject({
  /** Why the content breaks the rules or the law (DSA Art. 16(2)(a)). */
  explanation: multiLineText(5000).optional(),
  /** The copyrighted work (17 U.S.C. 512(c)(3)(A)(ii)). */
  copyrightedWork: multiLineText(2000).optional(),
  /** The name typed as signature (512(c)(3)(A)(i)). */
  signature: singleLineText(200).optional(),
  /** Address, telephone and email of the complaining party (512(c)(3)(A)(iv)). */
  complainantContact: multiLineText(1000).optional(),
  /** Who submits the notice (DSA Art. 16(2)(c)). */
  submitterName: singleLineText(200).optional(),
  submitterEmail: Email.optional(),
  /** The sender confirms the good-faith statement (512(c)(3)(A)(v); DSA Art. 16(2)(d)). */
  goodFaith: z.boolean().optional(),
  /** The sender confirms accuracy and authority, under penalty of perjury (512(c)(3)(A)(vi)). */
  accuracyUnderPenalty: z.boolean().optional(),
});
export type NoticeElements = z.infer<typeof NoticeElements>;

/** A required element of a notice: a field of NoticeElements, or the URLs. */
export type NoticeElementName = keyof NoticeElements | 'urls';

/**
 * The elements each notice must carry, in the order the law lists them, with the provision
 * each one answers. Rendering refuses a notice missing one and names it.
 */
export const REQUIRED_ELEMENTS: Record<
  NoticeType,
  readonly { element: NoticeElementName; provision?: string }[]
> = {
  TOS_REPORT: [{ element: 'urls' }, { element: 'explanation' }],
  NCII_REMOVAL: [{ element: 'urls' }, { element: 'explanation' }],
  COPYRIGHT_DMCA: [
    { element: 'signature', provision: '17 U.S.C. 512(c)(3)(A)(i)' },
    { element: 'copyrightedWork', provision: '17 U.S.C. 512(c)(3)(A)(ii)' },
    { element: 'urls', provision: '17 U.S.C. 512(c)(3)(A)(iii)' },
    { element: 'complainantContact', provision: '17 U.S.C. 512(c)(3)(A)(iv)' },
    { element: 'goodFaith', provision: '17 U.S.C. 512(c)(3)(A)(v)' },
    { element: 'accuracyUnderPenalty', provision: '17 U.S.C. 512(c)(3)(A)(vi)' },
  ],
  DSA_NOTICE: [
    { element: 'explanation', provision: 'DSA Art. 16(2)(a)' },
    { element: 'urls', provision: 'DSA Art. 16(2)(b)' },
    { element: 'submitterName', provision: 'DSA Art. 16(2)(c)' },
    { element: 'submitterEmail', provision: 'DSA Art. 16(2)(c)' },
    { element: 'goodFaith', provision: 'DSA Art. 16(2)(d)' },
  ],
  SEARCH_DELISTING: [{ element: 'urls' }, { element: 'explanation' }],
  WARNING: [{ element: 'explanation' }],
  POLICE_COVER: [{ element: 'explanation' }],
  FOLLOW_UP: [],
  ESCALATION: [],
};

/**
 * The values a template may name. Lists (`urls`, `evidence`) are the only sections; a
 * template naming anything else is refused.
 */
export const TEMPLATE_VALUES = [
  'organizationName',
  'platformName',
  'senderName',
  'date',
  'explanation',
  'copyrightedWork',
  'signature',
  'complainantContact',
  'submitterName',
  'submitterEmail',
  'goodFaithStatement',
  'accuracyStatement',
  'platformReference',
  'sentDate',
] as const;
export const TEMPLATE_LISTS = { urls: ['url'], evidence: ['label', 'sha256'] } as const;

/** The template value that carries each element, which a template must name to be accepted. */
export const ELEMENT_VALUE: Record<NoticeElementName, string> = {
  urls: 'urls',
  explanation: 'explanation',
  copyrightedWork: 'copyrightedWork',
  signature: 'signature',
  complainantContact: 'complainantContact',
  submitterName: 'submitterName',
  submitterEmail: 'submitterEmail',
  goodFaith: 'goodFaithStatement',
  accuracyUnderPenalty: 'accuracyStatement',
};

// ---------------------------------------------------------------------------------------
// Platform directory

/** Where each fact of a platform was read, by the fact's field name. */
export const PlatformSources = z.strictObject({
  reportAddress: webAddress(2000).optional(),
  noticeTypes: webAddress(2000).optional(),
  escalationContact: webAddress(2000).optional(),
  country: webAddress(2000).optional(),
});

const CountryCode = z
  .string()
  .trim()
  .regex(
    namedPattern(/^[A-Za-z]{2}$/, 'countryCode'),
    'Use the two-letter country code, such as IE or US',
  )
  .transform((value) => value.toUpperCase());

const PlatformFields = {
  name: singleLineText(200, { min: 1 }),
  kind: PlatformKind,
  reportChannel: ReportChannel,
  /** An email address when the channel is EMAIL, a web address when it is WEB_FORM. */
  reportAddress: singleLineText(2000, { min: 3 }),
  noticeTypes: z.array(TakedownNoticeType).max(10),
  escalationContact: singleLineText(2000, { min: 3 }).nullable().optional(),
  country: CountryCode.nullable().optional(),
  sources: PlatformSources.optional(),
  notes: multiLineText(2000).nullable().optional(),
};

/** Why a report address does not suit its channel; undefined when it does. */
export function reportAddressProblem(channel: ReportChannel, address: string): string | undefined {
  if (channel === 'EMAIL')
    return Email.safeParse(address).success
      ? undefined
      : 'Enter the email address that takes reports, such as abuse@example.org';
  return webAddress(2000).safeParse(address).success
    ? undefined
    : 'Enter the full web address of the report form, such as https://example.org/report';
}

function checkAddress(
  value: { reportChannel?: ReportChannel; reportAddress?: string },
  context: z.core.$RefinementCtx,
) {
  if (!value.reportChannel || value.reportAddress === undefined) return;
  const problem = reportAddressProblem(value.reportChannel, value.reportAddress);
  if (problem)
    context.addIssue({
      code: 'custom',
      path: ['reportAddress'],
      message: problem,
      params: { rule: value.reportChannel === 'EMAIL' ? 'reportEmail' : 'reportWebForm' },
    });
}

export const CreatePlatformBody = z.strictObject(PlatformFields).superRefine(checkAddress);
export type CreatePlatformBody = z.infer<typeof CreatePlatformBody>;

export const UpdatePlatformBody = z
  .strictObject({
    ...PlatformFields,
    archived: z.boolean(),
  })
  .partial()
  .superRefine(checkAddress);
export type UpdatePlatformBody = z.infer<typeof UpdatePlatformBody>;

export const PlatformView = z.object({
  id: Uuid,
  name: z.string(),
  kind: PlatformKind,
  reportChannel: ReportChannel,
  reportAddress: z.string(),
  noticeTypes: z.array(TakedownNoticeType),
  escalationContact: z.string().nullable(),
  country: z.string().nullable(),
  sources: z.record(z.string(), z.string()),
  notes: z.string().nullable(),
  archived: z.boolean(),
  updatedAt: Timestamp,
});
export type PlatformView = z.infer<typeof PlatformView>;

export const PlatformListView = z.object({ items: z.array(PlatformView) });

// ---------------------------------------------------------------------------------------
// Templates

export const TemplateText = z.strictObject({
  subject: singleLineText(300, { min: 1 }),
  body: multiLineText(20000, { min: 1 }),
});
export type TemplateText = z.infer<typeof TemplateText>;

export const TakedownTemplateView = z.object({
  id: Uuid,
  noticeType: NoticeType,
  locale: NoticeLocale,
  subject: z.string(),
  body: z.string(),
  /** The elements this notice must carry, each with the template value that shows it. */
  required: z.array(
    z.object({ element: z.string(), value: z.string(), provision: z.string().nullable() }),
  ),
  updatedAt: Timestamp,
});
export type TakedownTemplateView = z.infer<typeof TakedownTemplateView>;

export const TakedownTemplateListView = z.object({ items: z.array(TakedownTemplateView) });

/** A template rendered with example values, or the problems that keep it from rendering. */
export const TemplatePreviewView = z.object({
  subject: z.string(),
  body: z.string(),
});
export type TemplatePreviewView = z.infer<typeof TemplatePreviewView>;

export const TakedownSettingsView = z.object({
  fourEyes: z.boolean(),
  inboundDomain: z.string(),
});
export type TakedownSettingsView = z.infer<typeof TakedownSettingsView>;

export const UpdateTakedownSettingsBody = z.strictObject({
  fourEyes: z.boolean().optional(),
  inboundDomain: singleLineText(253, { min: 1 })
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, 'Use a mail domain such as replies.example.org')
    .nullable()
    .optional(),
});
export type UpdateTakedownSettingsBody = z.infer<typeof UpdateTakedownSettingsBody>;

// ---------------------------------------------------------------------------------------
// Takedown requests

const TakedownUrls = z.array(webAddress(2000)).max(100);

export const CreateTakedownBody = z.strictObject({
  platformId: Uuid,
  noticeType: TakedownNoticeType,
  locale: NoticeLocale.default('en'),
  urls: TakedownUrls.default([]),
  evidenceIds: z.array(Uuid).max(100).default([]),
  elements: NoticeElements.default({}),
});
export type CreateTakedownBody = z.infer<typeof CreateTakedownBody>;

/**
 * A letter on a case: the one warning to the other party, or the cover letter of a police
 * report. The caseworker types the address; nothing of the survivor is added but what they
 * write into the letter's elements.
 */
export const CreateLetterBody = z.strictObject({
  noticeType: LetterType,
  recipientAddress: Email,
  recipientName: singleLineText(200, { min: 1 }).optional(),
  locale: NoticeLocale.default('en'),
  urls: TakedownUrls.default([]),
  evidenceIds: z.array(Uuid).max(100).default([]),
  elements: NoticeElements.default({}),
});
export type CreateLetterBody = z.infer<typeof CreateLetterBody>;

export const UpdateTakedownBody = z
  .strictObject({
    platformId: Uuid,
    noticeType: TakedownNoticeType,
    locale: NoticeLocale,
    urls: TakedownUrls,
    evidenceIds: z.array(Uuid).max(100),
    elements: NoticeElements,
    /** A letter's recipient, as typed; a platform's request takes it from the directory. */
    recipientAddress: Email,
    recipientName: singleLineText(200, { min: 1 }).nullable(),
  })
  .partial();
export type UpdateTakedownBody = z.infer<typeof UpdateTakedownBody>;

export const RecordTakedownOutcomeBody = z.strictObject({
  status: TakedownOutcomeStatus.optional(),
  platformReference: singleLineText(200).nullable().optional(),
  outcomeNote: multiLineText(2000).nullable().optional(),
  /** Each URL's own outcome, by the URL's id. */
  urls: z
    .array(z.strictObject({ id: Uuid, outcome: UrlOutcome }))
    .max(100)
    .optional(),
});
export type RecordTakedownOutcomeBody = z.infer<typeof RecordTakedownOutcomeBody>;

export const TakedownUrlView = z.object({ id: Uuid, url: z.string(), outcome: UrlOutcome });

export const TakedownReplyView = z.object({
  id: Uuid,
  evidenceId: Uuid,
  fromAddress: z.string().nullable(),
  subject: z.string().nullable(),
  receivedAt: Timestamp,
});
export type TakedownReplyView = z.infer<typeof TakedownReplyView>;

export const TakedownView = z.object({
  id: Uuid,
  caseId: Uuid,
  recipientKind: TakedownRecipientKind,
  /** The platform of a platform's request; null for a letter. */
  platform: z.object({ id: Uuid, name: z.string() }).nullable(),
  /** Whom a letter was written to, as the caseworker typed it. */
  recipientName: z.string().nullable(),
  noticeType: SentNoticeType,
  locale: NoticeLocale,
  status: TakedownStatus,
  channel: ReportChannel,
  recipientAddress: z.string(),
  urls: z.array(TakedownUrlView),
  evidenceIds: z.array(Uuid),
  elements: NoticeElements,
  /** The notice as rendered when it was submitted; frozen once approved. */
  subject: z.string().nullable(),
  body: z.string().nullable(),
  messageId: z.string().nullable(),
  platformReference: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
  submittedBy: PersonRef.nullable(),
  submittedAt: Timestamp.nullable(),
  approvedBy: PersonRef.nullable(),
  approvedAt: Timestamp.nullable(),
  sentAt: Timestamp.nullable(),
  acknowledgedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  replyUnseen: z.boolean(),
  replies: z.array(TakedownReplyView),
  /** Whether the signed-in member may approve it now (four-eyes: not its author). */
  canApprove: z.boolean(),
});
export type TakedownView = z.infer<typeof TakedownView>;

export const TakedownListView = z.object({ items: z.array(TakedownView) });

/** The exact email (or text to paste into a web form) a request will send. */
export const TakedownPreviewView = z.object({
  channel: ReportChannel,
  to: z.string(),
  replyTo: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
});
export type TakedownPreviewView = z.infer<typeof TakedownPreviewView>;

export const TakedownParams = z.strictObject({ id: Uuid, takedownId: Uuid });

const tag = 'Takedowns';

export const takedownRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/cases/{id}/takedowns',
    summary: 'The takedown requests of a case, newest first',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    response: TakedownListView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/cases/{id}/takedowns',
    summary: 'Start a takedown request as a draft',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: IdParams,
    body: CreateTakedownBody,
    response: TakedownView,
  }),
  createLetter: defineRoute({
    method: 'POST',
    path: '/cases/{id}/letters',
    summary:
      'Start the one warning to the other party (409 when the case has one) or a police ' +
      'cover letter (409 without the consent SHARE_WITH_POLICE) as a draft; it then goes ' +
      'through the takedown request’s preview, approval and sending',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: IdParams,
    body: CreateLetterBody,
    response: TakedownView,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/cases/{id}/takedowns/{takedownId}',
    summary: 'A takedown request with its URLs and the replies received',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: TakedownParams,
    response: TakedownView,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/cases/{id}/takedowns/{takedownId}',
    summary: 'Change a draft takedown request',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: TakedownParams,
    body: UpdateTakedownBody,
    response: TakedownView,
  }),
  preview: defineRoute({
    method: 'POST',
    path: '/cases/{id}/takedowns/{takedownId}/preview',
    status: 200,
    summary: 'The exact notice the request will send; 400 naming a missing required element',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: TakedownParams,
    response: TakedownPreviewView,
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/cases/{id}/takedowns/{takedownId}/submit',
    status: 200,
    summary: 'Render the notice and ask for approval',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: TakedownParams,
    response: TakedownView,
  }),
  approve: defineRoute({
    method: 'POST',
    path: '/cases/{id}/takedowns/{takedownId}/approve',
    status: 200,
    summary:
      'Approve a request: an email notice is sent (queued in the outbox); a web-form one is ' +
      'ready to paste',
    tag,
    auth: 'staff',
    permission: 'takedowns.approve',
    params: TakedownParams,
    response: TakedownView,
  }),
  recordSubmission: defineRoute({
    method: 'POST',
    path: '/cases/{id}/takedowns/{takedownId}/form-submitted',
    status: 200,
    summary: 'Record that an approved web-form notice was pasted into the platform’s form',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: TakedownParams,
    response: TakedownView,
  }),
  recordOutcome: defineRoute({
    method: 'PATCH',
    path: '/cases/{id}/takedowns/{takedownId}/outcome',
    summary: 'Record what the platform did: status, reference number, each URL’s outcome',
    tag,
    auth: 'staff',
    permission: 'cases.write',
    params: TakedownParams,
    body: RecordTakedownOutcomeBody,
    response: TakedownView,
  }),
} as const;

export const platformRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/platforms',
    summary: 'The organisation’s platform directory',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    response: PlatformListView,
  }),
  create: defineRoute({
    method: 'POST',
    path: '/platforms',
    summary: 'Add a platform or service to the directory',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    body: CreatePlatformBody,
    response: PlatformView,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/platforms/{id}',
    summary: 'One platform of the directory',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    params: IdParams,
    response: PlatformView,
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/platforms/{id}',
    summary: 'Correct a platform’s facts, or archive it',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    params: IdParams,
    body: UpdatePlatformBody,
    response: PlatformView,
  }),
} as const;

export const takedownTemplateRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/takedown-templates',
    summary: 'The organisation’s notice templates, per type and language',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    response: TakedownTemplateListView,
  }),
  get: defineRoute({
    method: 'GET',
    path: '/takedown-templates/{id}',
    summary: 'One notice template',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    params: IdParams,
    response: TakedownTemplateView,
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/takedown-templates/{id}',
    summary: 'Change a template; refused (400) when it leaves out a required element',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    params: IdParams,
    body: TemplateText,
    response: TakedownTemplateView,
  }),
  preview: defineRoute({
    method: 'POST',
    path: '/takedown-templates/{id}/preview',
    status: 200,
    summary: 'Render a template’s text with example values, without saving it',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    params: IdParams,
    body: TemplateText,
    response: TemplatePreviewView,
  }),
  getSettings: defineRoute({
    method: 'GET',
    path: '/takedown-settings',
    summary: 'Four-eyes approval and the reply domain of takedown requests',
    tag,
    auth: 'staff',
    permission: 'cases.read',
    response: TakedownSettingsView,
  }),
  updateSettings: defineRoute({
    method: 'PATCH',
    path: '/takedown-settings',
    summary: 'Change four-eyes approval or the reply domain',
    tag,
    auth: 'staff',
    permission: 'takedowns.manage',
    body: UpdateTakedownSettingsBody,
    response: TakedownSettingsView,
  }),
} as const;
