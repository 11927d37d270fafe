import { z } from 'zod';
import { IdParams, Role, Timestamp, Uuid } from './common';
import { defineRoute } from './route';
import { keysetCursor } from './cursor';
import { zonedToIso } from './zoned-time';
import { multiLineText, singleLineText, webAddress } from './text';

// ---------------------------------------------------------------------------------------
// Vocabularies

export const CaseStatus = z.enum([
  'NEW',
  'TRIAGE',
  'ACTIVE',
  'WAITING_ON_SURVIVOR',
  'WAITING_ON_THIRD_PARTY',
  'CLOSED',
]);
export type CaseStatus = z.infer<typeof CaseStatus>;

/**
 * Where a case may go from each status. Closing is allowed from anywhere (with a reason);
 * reopening a closed case brings it back to ACTIVE.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  NEW: ['TRIAGE', 'CLOSED'],
  TRIAGE: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['WAITING_ON_SURVIVOR', 'WAITING_ON_THIRD_PARTY', 'CLOSED'],
  WAITING_ON_SURVIVOR: ['ACTIVE', 'CLOSED'],
  WAITING_ON_THIRD_PARTY: ['ACTIVE', 'CLOSED'],
  CLOSED: ['ACTIVE'],
};

export const ClosingReason = z.enum([
  'RESOLVED',
  'SURVIVOR_WITHDREW',
  'NO_CONTACT',
  'REFERRED',
  'DUPLICATE',
  'OUT_OF_SCOPE',
  'OTHER',
]);
export type ClosingReason = z.infer<typeof ClosingReason>;

/** Who opened a case: staff, or the survivor through an intake form. */
export const CaseSource = z.enum(['STAFF', 'INTAKE']);
export type CaseSource = z.infer<typeof CaseSource>;

export const RiskLevel = z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const AbuseType = z.enum([
  'HARASSMENT',
  'THREATS',
  'DOXXING',
  'NCII',
  'SEXTORTION',
  'IMPERSONATION',
  'ACCOUNT_COMPROMISE',
  'STALKING',
  'HATE_SPEECH',
  'DEFAMATION',
  'OTHER',
]);
export type AbuseType = z.infer<typeof AbuseType>;

export const ContactChannel = z.enum([
  'PHONE',
  'SMS',
  'EMAIL',
  'SIGNAL',
  'WHATSAPP',
  'POST',
  'IN_PERSON',
  'OTHER',
]);
export type ContactChannel = z.infer<typeof ContactChannel>;

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = singleLineText(2, { trim: false }).regex(
  /^[A-Z]{2}$/,
  'Enter a two-letter country code such as FR',
);
export const LanguageTag = singleLineText(6, { trim: false }).regex(
  /^[a-z]{2,3}(-[A-Z]{2})?$/,
  'Enter a language code such as fr',
);

const ShortText = singleLineText(200, { min: 1 });
const Label = singleLineText(60, { min: 1 });
const LongText = multiLineText(20_000);

// ---------------------------------------------------------------------------------------
// The case

/** Answers to the short risk screening, kept beside the risk level the caseworker chose. */
export const RiskScreening = z.strictObject({
  threatsOfViolence: z.boolean().nullable().default(null),
  knowsWhereSurvivorLives: z.boolean().nullable().default(null),
  intimateImagesInvolved: z.boolean().nullable().default(null),
  childAtRisk: z.boolean().nullable().default(null),
  survivorFeelsUnsafe: z.boolean().nullable().default(null),
  escalating: z.boolean().nullable().default(null),
});
export type RiskScreening = z.infer<typeof RiskScreening>;

/** How the survivor may be reached safely. Encrypted at rest with the organisation's key. */
export const SafeContact = z.strictObject({
  channels: z.array(ContactChannel).max(8).default([]),
  /** When contact is safe, in the survivor's words ("weekdays 9–12"). */
  safeTimes: multiLineText(500).default(''),
  /** What must never be done ("do not call", "do not leave messages"). */
  never: z.array(ShortText).max(20).default([]),
  /** Phone numbers, addresses, handles to use: only the safe ones. */
  details: multiLineText(2_000).default(''),
});
export type SafeContact = z.infer<typeof SafeContact>;

export const Survivor = z.strictObject({
  /** A name or a pseudonym, as the survivor chose to be called. */
  name: ShortText,
  isPseudonym: z.boolean().default(false),
  preferredLanguage: LanguageTag.default('en'),
  safeContact: SafeContact.default({ channels: [], safeTimes: '', never: [], details: '' }),
});
export type Survivor = z.infer<typeof Survivor>;

export const Jurisdiction = z.strictObject({
  survivorCountry: CountryCode.nullable().default(null),
  otherPartyCountry: CountryCode.nullable().default(null),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const CreateCaseBody = z.strictObject({
  title: ShortText,
  summary: LongText.default(''),
  riskLevel: RiskLevel.default('LOW'),
  riskScreening: RiskScreening.optional(),
  abuseTypes: z.array(AbuseType).max(11).default([]),
  platforms: z.array(Label).max(30).default([]),
  tags: z.array(Label).max(30).default([]),
  restricted: z.boolean().default(false),
  survivor: Survivor,
  jurisdiction: Jurisdiction.default({ survivorCountry: null, otherPartyCountry: null }),
  assigneeIds: z.array(Uuid).max(20).default([]),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = z
  .strictObject({
    title: ShortText,
    summary: LongText,
    riskLevel: RiskLevel,
    riskScreening: RiskScreening,
    abuseTypes: z.array(AbuseType).max(11),
    platforms: z.array(Label).max(30),
    tags: z.array(Label).max(30),
    restricted: z.boolean(),
    survivor: Survivor,
    jurisdiction: Jurisdiction,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'change at least one field');
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;

export const ChangeStatusBody = z
  .strictObject({
    status: CaseStatus,
    closingReason: ClosingReason.optional(),
    /** Why, in a sentence; goes to the timeline. */
    comment: multiLineText(2_000).optional(),
  })
  .refine((body) => body.status !== 'CLOSED' || body.closingReason, {
    message: 'Choose a closing reason to close a case',
    path: ['closingReason'],
    params: { rule: 'closingReason' },
  });
export type ChangeStatusBody = z.infer<typeof ChangeStatusBody>;

export const SetAssigneesBody = z.strictObject({ userIds: z.array(Uuid).max(20) });
export type SetAssigneesBody = z.infer<typeof SetAssigneesBody>;

export const PersonRef = z.object({ userId: z.uuid(), displayName: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const CaseSummaryView = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: CaseStatus,
  riskLevel: RiskLevel,
  abuseTypes: z.array(AbuseType),
  platforms: z.array(z.string()),
  tags: z.array(z.string()),
  restricted: z.boolean(),
  crossBorder: z.boolean(),
  /** Opened by staff, or sent by the survivor through an intake form. */
  source: CaseSource,
  /**
   * Sent through an intake form without a solved proof of work (scripts were off, or a
   * program sent it): "Not verified" until a person has looked. Always false for staff cases.
   */
  unverified: z.boolean(),
  assignees: z.array(PersonRef),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CaseSummaryView = z.infer<typeof CaseSummaryView>;

export const CaseView = CaseSummaryView.extend({
  summary: z.string(),
  closingReason: ClosingReason.nullable(),
  riskScreening: RiskScreening,
  survivor: Survivor,
  jurisdiction: Jurisdiction,
  /** The statuses this case may move to now. */
  allowedTransitions: z.array(CaseStatus),
  warningSent: z.boolean(),
  createdBy: PersonRef.nullable(),
  /** What the reader may change on this case, so a form offers only what will be accepted. */
  may: z.object({
    edit: z.boolean(),
    /** Clearing the restriction shows the case to every colleague. */
    liftRestriction: z.boolean(),
  }),
});
export type CaseView = z.infer<typeof CaseView>;

// ---------------------------------------------------------------------------------------
// Lists, search and export

/** A list given as `a,b,c` in the query string. */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' ? value.split(',').filter((part) => part.length > 0) : value,
    z.array(item).max(20),
  );
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const CaseSort = z.enum(['updatedAt', 'createdAt', 'riskLevel', 'reference']);

export const CaseFilterQuery = z.strictObject({
  status: csv(CaseStatus).optional(),
  risk: csv(RiskLevel).optional(),
  abuseType: csv(AbuseType).optional(),
  assignee: Uuid.optional(),
  mine: flag.optional(),
  unassigned: flag.optional(),
  platform: Label.optional(),
  tag: Label.optional(),
  createdFrom: Timestamp.optional(),
  createdTo: Timestamp.optional(),
  updatedFrom: Timestamp.optional(),
  updatedTo: Timestamp.optional(),
  /**
   * Full-text search over titles, summaries, incident descriptions and notes (French and English,
   * accents folded); a word with a digit also matches case references containing it, listed first.
   */
  q: singleLineText(200, { min: 1 }).optional(),
});
export type CaseFilterQuery = z.infer<typeof CaseFilterQuery>;

/**
 * Where a page of the case list ended: the sort it was in, its last row's sort value and id,
 * and, when the search names a reference, whether that row's reference matched (those come first).
 */
const referenceMatch = z.boolean().optional();
export const CaseListPosition = z.discriminatedUnion('sort', [
  z.strictObject({
    sort: z.enum(['updatedAt', 'createdAt']),
    value: Timestamp,
    id: Uuid,
    referenceMatch,
  }),
  z.strictObject({ sort: z.literal('riskLevel'), value: RiskLevel, id: Uuid, referenceMatch }),
  z.strictObject({
    sort: z.literal('reference'),
    value: singleLineText(100),
    id: Uuid,
    referenceMatch,
  }),
]);
export type CaseListPosition = z.infer<typeof CaseListPosition>;

export const CaseListQuery = CaseFilterQuery.extend({
  sort: CaseSort.default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: keysetCursor(CaseListPosition).optional(),
}).refine((query) => !query.cursor || query.cursor.sort === query.sort, {
  message: 'This page link belongs to another sort order: go back to the first page',
  path: ['cursor'],
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseListView = z.object({
  items: z.array(CaseSummaryView),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many cases match, counting only those visible to the caller, up to 1,000. */
  total: z.number().int(),
  /** More cases match than `total` says: the count stops at 1,000 to stay fast. */
  totalCapped: z.boolean(),
});
export type CaseListView = z.infer<typeof CaseListView>;

/** The languages a CSV export writes its statuses, risks and abuse types in. */
export const ExportLocale = z.enum(['en', 'fr']);
export type ExportLocale = z.infer<typeof ExportLocale>;

export const CaseExportQuery = CaseFilterQuery.extend({
  /** Include the survivor's name and contact rules; only for roles that may see them in an export. */
  includeSurvivor: flag.optional(),
  /** The reader's language; the organisation's when not given (English if it is neither). */
  locale: ExportLocale.optional(),
});
export type CaseExportQuery = z.infer<typeof CaseExportQuery>;

// ---------------------------------------------------------------------------------------
// Incidents

export const IdentifierKind = z.enum(['HANDLE', 'EMAIL', 'PHONE', 'URL', 'NAME', 'OTHER']);
export const OtherPartyIdentifier = z.strictObject({
  kind: IdentifierKind,
  value: singleLineText(500, { min: 1 }),
  platform: Label.optional(),
});

export const IncidentLocation = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('PLATFORM'),
    platform: Label,
    url: webAddress(2_000).optional(),
  }),
  z.strictObject({ kind: z.literal('URL'), url: webAddress(2_000) }),
  z.strictObject({ kind: z.literal('PLACE'), place: ShortText }),
  z.strictObject({ kind: z.literal('UNKNOWN') }),
]);
export type IncidentLocation = z.infer<typeof IncidentLocation>;

export const TimeZone = singleLineText(64, { min: 1, trim: false }).refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Choose a time zone such as Europe/Paris', params: { rule: 'timeZone' } },
);

/** A clock a few minutes fast on the caller's side is not an incident in the future. */
const CLOCK_SKEW_MS = 10 * 60_000;

/** Refuses, on occurredAt, a wall-clock time that does not exist in its zone or is still to come. */
function occurredInThePast(
  body: { occurredAt?: string; timeZone?: string },
  ctx: z.core.$RefinementCtx,
): void {
  if (body.occurredAt === undefined || body.timeZone === undefined) return;
  const instant = zonedToIso(body.occurredAt, body.timeZone);
  if (instant && Date.parse(instant) > Date.now() + CLOCK_SKEW_MS) {
    ctx.addIssue({
      code: 'custom',
      path: ['occurredAt'],
      message: 'An incident cannot be in the future',
      params: { rule: 'incidentInFuture' },
    });
  }
}

const IncidentFields = {
  /** Wall-clock time where it happened, without offset: `2026-03-14T21:30`. */
  occurredAt: z.iso.datetime({
    local: true,
    error: (issue) =>
      issue.input === undefined ? undefined : 'Enter a date and time such as 2026-03-14T21:30',
  }),
  timeZone: TimeZone,
  /** The survivor remembers only roughly when. */
  approximate: z.boolean(),
  location: IncidentLocation,
  description: multiLineText(20_000, { min: 1 }),
  otherPartyIdentifiers: z.array(OtherPartyIdentifier).max(50),
};

export const CreateIncidentBody = z
  .strictObject({
    ...IncidentFields,
    approximate: IncidentFields.approximate.default(false),
    otherPartyIdentifiers: IncidentFields.otherPartyIdentifiers.default([]),
  })
  .superRefine(occurredInThePast);
export type CreateIncidentBody = z.infer<typeof CreateIncidentBody>;

/** A correction to an incident; the time is given with its zone, both or neither. */
export const UpdateIncidentBody = z
  .strictObject(IncidentFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'change at least one field')
  .refine((body) => (body.occurredAt === undefined) === (body.timeZone === undefined), {
    message: 'Give the time together with its time zone',
    path: ['timeZone'],
    params: { rule: 'timeWithZone' },
  })
  .superRefine(occurredInThePast);
export type UpdateIncidentBody = z.infer<typeof UpdateIncidentBody>;

/** An incident this long ago is possible but more often a mistyped year: the form asks. */
const UNLIKELY_INCIDENT_AGE_YEARS = 20;

/** Whether a wall-clock time in its zone is so long ago that it is worth a second look. */
export function isUnlikelyIncidentTime(local: string, timeZone: string): boolean {
  const instant = zonedToIso(local, timeZone);
  if (!instant) return false;
  const limit = new Date();
  limit.setUTCFullYear(limit.getUTCFullYear() - UNLIKELY_INCIDENT_AGE_YEARS);
  return Date.parse(instant) < limit.getTime();
}

/**
 * An incident as stored: read back without the input rules, so that a rule made stricter
 * later (a web address must be http or https) never makes an older incident unreadable.
 */
const IncidentLocationView = z.object({
  kind: z.enum(['PLATFORM', 'URL', 'PLACE', 'UNKNOWN']),
  platform: z.string().optional(),
  url: z.string().optional(),
  place: z.string().optional(),
});
export const OtherPartyIdentifierView = z.object({
  kind: IdentifierKind,
  value: z.string(),
  platform: z.string().optional(),
});

export const IncidentView = z.object({
  id: z.uuid(),
  occurredAt: Timestamp,
  localTime: z.string(),
  timeZone: z.string(),
  approximate: z.boolean(),
  location: IncidentLocationView,
  description: z.string(),
  otherPartyIdentifiers: z.array(OtherPartyIdentifierView),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type IncidentView = z.infer<typeof IncidentView>;

// ---------------------------------------------------------------------------------------
// Contacts made

export const RecipientKind = z.enum([
  'PLATFORM',
  'INTERNET_PROVIDER',
  'POLICE',
  'EMPLOYER',
  'SEARCH_ENGINE',
  'WEBSITE_HOST',
  'LAWYER',
  'SUPPORT_SERVICE',
  'OTHER',
]);
export const ContactMethod = z.enum([
  'WEB_FORM',
  'IN_APP_REPORT',
  'EMAIL',
  'PHONE',
  'LETTER',
  'IN_PERSON',
  'OTHER',
]);

const FollowUpDate = z.iso.date();

/**
 * A follow-up planned for a new contact cannot be already past. "Today" is taken a day wide
 * on the early side so that a date that is today anywhere on Earth is accepted.
 */
const FutureFollowUpDate = FollowUpDate.refine(
  (day) => day >= new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  { message: 'A follow-up date cannot be in the past', params: { rule: 'followUpNotPast' } },
);

const ContactCommon = {
  method: ContactMethod,
  contactedAt: Timestamp,
  referenceNumber: singleLineText(200).optional(),
  outcome: multiLineText(5_000).optional(),
  nextFollowUp: FollowUpDate.optional(),
};

export const CreateContactBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('REPORT'),
    recipientKind: RecipientKind,
    recipientName: ShortText,
    ...ContactCommon,
    nextFollowUp: FutureFollowUpDate.optional(),
  }),
  /** The single written warning to the other party that further contact goes to the police. */
  z.strictObject({
    kind: z.literal('WARNING'),
    warningText: multiLineText(10_000, { min: 1 }),
    ...ContactCommon,
    nextFollowUp: FutureFollowUpDate.optional(),
  }),
]);
export type CreateContactBody = z.infer<typeof CreateContactBody>;

export const UpdateContactBody = z
  .strictObject({
    referenceNumber: singleLineText(200).nullable(),
    outcome: multiLineText(5_000).nullable(),
    nextFollowUp: FollowUpDate.nullable(),
  })
  .partial();
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const ContactView = z.object({
  id: z.uuid(),
  kind: z.enum(['REPORT', 'WARNING']),
  recipientKind: RecipientKind.nullable(),
  recipientName: z.string().nullable(),
  method: ContactMethod,
  contactedAt: Timestamp,
  referenceNumber: z.string().nullable(),
  outcome: z.string().nullable(),
  nextFollowUp: z.string().nullable(),
  warningText: z.string().nullable(),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type ContactView = z.infer<typeof ContactView>;

// ---------------------------------------------------------------------------------------
// Safety checklist, consents, notes, timeline

export const ChecklistState = z.enum(['OPEN', 'DONE', 'NOT_APPLICABLE']);
export type ChecklistState = z.infer<typeof ChecklistState>;

export const ChecklistItemParams = z.strictObject({
  id: Uuid,
  itemId: singleLineText(100, { trim: false }).regex(
    /^[a-z0-9-]+:[a-z0-9-]+$/,
    'This is not a checklist step, such as cut-off-contact:block-accounts',
  ),
});

export const SetChecklistItemBody = z.strictObject({ state: ChecklistState });

export const CaseChecklistView = z.object({
  locale: z.string(),
  checklists: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      sections: z.array(
        z.object({
          label: z.string().nullable(),
          items: z.array(
            z.object({
              /** `<checklist>:<item>`, the same in every locale. */
              id: z.string(),
              text: z.string(),
              state: ChecklistState,
              changedBy: PersonRef.nullable(),
              changedAt: Timestamp.nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type CaseChecklistView = z.infer<typeof CaseChecklistView>;

export const ConsentScope = z.enum([
  'SHARE_WITH_POLICE',
  'SHARE_WITH_PLATFORMS',
  'SHARE_WITH_LAWYER',
  'CONTACT_BY_PHONE',
  'CONTACT_BY_SMS',
  'CONTACT_BY_EMAIL',
  'CONTACT_BY_MESSENGER',
]);
export type ConsentScope = z.infer<typeof ConsentScope>;

export const CreateConsentBody = z.strictObject({
  scope: ConsentScope,
  givenAt: Timestamp,
  expiresAt: Timestamp.optional(),
  note: multiLineText(2_000).optional(),
});
export type CreateConsentBody = z.infer<typeof CreateConsentBody>;

export const ConsentParams = z.strictObject({ id: Uuid, consentId: Uuid });
export const ContactParams = z.strictObject({ id: Uuid, contactId: Uuid });
export const IncidentParams = z.strictObject({ id: Uuid, incidentId: Uuid });

export const ConsentView = z.object({
  id: z.uuid(),
  scope: ConsentScope,
  givenAt: Timestamp,
  expiresAt: Timestamp.nullable(),
  withdrawnAt: Timestamp.nullable(),
  note: z.string().nullable(),
  status: z.enum(['ACTIVE', 'EXPIRED', 'WITHDRAWN']),
  recordedBy: PersonRef.nullable(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export const CreateNoteBody = z.strictObject({ body: multiLineText(20_000, { min: 1 }) });
export const NoteView = z.object({
  id: z.uuid(),
  body: z.string(),
  author: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type NoteView = z.infer<typeof NoteView>;

export const TimelineKind = z.enum([
  'CASE_CREATED',
  'CASE_UPDATED',
  'STATUS_CHANGED',
  'ASSIGNEES_CHANGED',
  'INCIDENT_ADDED',
  'INCIDENT_UPDATED',
  'CONTACT_ADDED',
  'CONTACT_UPDATED',
  'CHECKLIST_ITEM_SET',
  'CONSENT_RECORDED',
  'CONSENT_WITHDRAWN',
  'NOTE_ADDED',
  'EVIDENCE_ADDED',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

export const TimelineEntryView = z.object({
  id: z.uuid(),
  at: Timestamp,
  kind: TimelineKind,
  actor: PersonRef.nullable(),
  /**
   * Facts of the entry: for a status change `{from, to, closingReason?, comment?}`; for a
   * checklist step `{itemId, state, steps}`, `steps` being its words by language of the guide
   * (older entries also hold `step`, its English words), etc.
   */
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntryView = z.infer<typeof TimelineEntryView>;

export const StaffOptionView = z.object({ items: z.array(PersonRef.extend({ role: Role })) });

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/**
 * A page of a case's records that grow without bound (notes, incidents, contacts, the
 * timeline), newest first. The cursor holds the time and id of the last row shown.
 */
export const CaseRecordsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: keysetCursor(z.strictObject({ at: Timestamp, id: Uuid })).optional(),
});
export type CaseRecordsQuery = z.infer<typeof CaseRecordsQuery>;

export const recordPage = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Pass as `cursor` for the next, older page; null on the last page. */
    nextCursor: z.string().nullable(),
  });

export const IncidentPageView = recordPage(IncidentView);
export type IncidentPageView = z.infer<typeof IncidentPageView>;
export const ContactPageView = recordPage(ContactView);
export type ContactPageView = z.infer<typeof ContactPageView>;
export const NotePageView = recordPage(NoteView);
export type NotePageView = z.infer<typeof NotePageView>;
export const TimelinePageView = recordPage(TimelineEntryView);
export type TimelinePageView = z.infer<typeof TimelinePageView>;

// ---------------------------------------------------------------------------------------
// Routes

const base = { tag: 'cases', auth: 'staff' } as const;

export const caseRoutes = {
  list: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases',
    summary: 'Cases visible to you, filtered, searched and sorted, a page at a time.',
    permission: 'cases.read',
    query: CaseListQuery,
    response: CaseListView,
  }),
  exportCsv: defineRoute({
    ...base,
    method: 'POST',
    path: '/exports/cases.csv',
    status: 200,
    summary:
      'The filtered list as CSV (text/csv). Survivor fields only with includeSurvivor=true, for roles that may.',
    permission: 'cases.export',
    query: CaseExportQuery,
  }),
  create: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases',
    summary: 'Open a case.',
    permission: 'cases.write',
    body: CreateCaseBody,
    response: CaseView,
  }),
  assignableStaff: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/assignable-staff',
    summary: 'Staff members a case can be assigned to.',
    permission: 'cases.read',
    response: StaffOptionView,
  }),
  get: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}',
    summary: 'One case, with the survivor and their safe-contact rules.',
    permission: 'cases.read',
    params: IdParams,
    response: CaseView,
  }),
  update: defineRoute({
    ...base,
    method: 'PATCH',
    path: '/cases/{id}',
    summary: 'Change fields of a case.',
    permission: 'cases.write',
    params: IdParams,
    body: UpdateCaseBody,
    response: CaseView,
  }),
  changeStatus: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/status',
    summary: 'Move a case to another status; 409 names the allowed ones when the move is not.',
    permission: 'cases.write',
    status: 200,
    params: IdParams,
    body: ChangeStatusBody,
    response: CaseView,
  }),
  setAssignees: defineRoute({
    ...base,
    method: 'PUT',
    path: '/cases/{id}/assignees',
    summary: 'Set who is assigned to a case.',
    permission: 'cases.assign',
    params: IdParams,
    body: SetAssigneesBody,
    response: CaseView,
  }),
  listIncidents: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/incidents',
    summary: 'Incidents of a case, the latest to happen first, a page at a time.',
    permission: 'cases.read',
    params: IdParams,
    query: CaseRecordsQuery,
    response: IncidentPageView,
  }),
  addIncident: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/incidents',
    summary: 'Record an incident: when, where, what happened, who did it.',
    permission: 'cases.write',
    params: IdParams,
    body: CreateIncidentBody,
    response: IncidentView,
  }),
  listContacts: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/contacts',
    summary: 'Who was told, when, how, and what came of it; the latest first, a page at a time.',
    permission: 'cases.read',
    params: IdParams,
    query: CaseRecordsQuery,
    response: ContactPageView,
  }),
  addContact: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/contacts',
    summary: 'Record a report to a third party, or the single written warning to the other party.',
    permission: 'cases.write',
    params: IdParams,
    body: CreateContactBody,
    response: ContactView,
  }),
  updateIncident: defineRoute({
    ...base,
    method: 'PATCH',
    path: '/cases/{id}/incidents/{incidentId}',
    summary: 'Correct an incident: its time, place, description or the other party.',
    permission: 'cases.write',
    params: IncidentParams,
    body: UpdateIncidentBody,
    response: IncidentView,
  }),
  updateContact: defineRoute({
    ...base,
    method: 'PATCH',
    path: '/cases/{id}/contacts/{contactId}',
    summary: 'Record the outcome, reference number or next follow-up of a contact.',
    permission: 'cases.write',
    params: ContactParams,
    body: UpdateContactBody,
    response: ContactView,
  }),
  checklist: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/checklist',
    summary: "The case's safety checklists from the guide, with each step's state.",
    permission: 'cases.read',
    params: IdParams,
    response: CaseChecklistView,
  }),
  setChecklistItem: defineRoute({
    ...base,
    method: 'PUT',
    path: '/cases/{id}/checklist/{itemId}',
    summary: 'Mark a checklist step done, not applicable, or open again.',
    permission: 'cases.write',
    params: ChecklistItemParams,
    body: SetChecklistItemBody,
    response: CaseChecklistView,
  }),
  listConsents: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/consents',
    summary: 'What the survivor agreed to, and whether it still holds.',
    permission: 'cases.read',
    params: IdParams,
    response: items(ConsentView),
  }),
  addConsent: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/consents',
    summary: 'Record a consent the survivor gave.',
    permission: 'cases.write',
    params: IdParams,
    body: CreateConsentBody,
    response: ConsentView,
  }),
  withdrawConsent: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/consents/{consentId}/withdraw',
    summary: 'Record that the survivor withdrew a consent.',
    permission: 'cases.write',
    status: 200,
    params: ConsentParams,
    response: ConsentView,
  }),
  listNotes: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/notes',
    summary: 'Internal notes, newest first, a page at a time.',
    permission: 'cases.read',
    params: IdParams,
    query: CaseRecordsQuery,
    response: NotePageView,
  }),
  addNote: defineRoute({
    ...base,
    method: 'POST',
    path: '/cases/{id}/notes',
    summary: 'Add an internal note.',
    permission: 'cases.write',
    params: IdParams,
    body: CreateNoteBody,
    response: NoteView,
  }),
  timeline: defineRoute({
    ...base,
    method: 'GET',
    path: '/cases/{id}/timeline',
    summary: 'Everything that happened on the case, newest first, a page at a time.',
    permission: 'cases.read',
    params: IdParams,
    query: CaseRecordsQuery,
    response: TimelinePageView,
  }),
};
