import { z } from 'zod';
import { IdParams, OrgSlug, Timestamp } from './common';
import { defineRoute } from './route';
import { multiLineText, singleLineText } from './text';

/**
 * A file's place in a guide: `<locale>/<category>/<topic>/<level>/<prefix>_<name>.<ext>`,
 * with `s_` lessons (.md), `c_` checklists, `f_` forms and `w_` help workflows (.yml). The
 * content package's parser is the authority; this only bounds what reaches it, so it lets
 * through the names guides written for Umbrella use (`s_if-you've-been-phished.md`).
 */
export const GuidePath = singleLineText(300, { min: 1, trim: false })
  .regex(
    /^[a-z0-9][a-zA-Z0-9/_.'-]*$/,
    'Enter a guide path such as en/online-abuse/respond/beginner/s_keep-records.md',
  )
  .refine((value) => !value.split('/').includes('..'), 'A guide path must not contain ..');

/**
 * What a file holds. `category` is a folder's `.category.yml`: the title and order the folder
 * has in its language (`en/communications/.category.yml`).
 */
export const GuideDocumentKind = z.enum(['lesson', 'checklist', 'form', 'workflow', 'category']);
export type GuideDocumentKind = z.infer<typeof GuideDocumentKind>;

/** Where the text a reader sees comes from. */
export const GuideDocumentOrigin = z.enum([
  /** Cairn's shared guide, not changed by this organisation. */
  'default',
  /** The organisation's published text replaces the shared guide's file at the same path. */
  'override',
  /** A file only this organisation has. */
  'own',
]);
export type GuideDocumentOrigin = z.infer<typeof GuideDocumentOrigin>;

/** A problem in guide content, where an editor can find it. */
export const GuideProblemView = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1).optional(),
  code: z.string(),
  message: z.string(),
});
export type GuideProblemView = z.infer<typeof GuideProblemView>;

export const GuideDocumentSummaryView = z.object({
  path: GuidePath,
  kind: GuideDocumentKind,
  locale: z.string(),
  title: z.string(),
  origin: GuideDocumentOrigin,
  /** The number of the revision readers see; null for the untouched shared text or a withdrawn file. */
  publishedRevision: z.number().int().nullable(),
  hasDraft: z.boolean(),
  /** Problems the draft had when it was last saved or imported. */
  problemCount: z.number().int().min(0),
  updatedAt: Timestamp.nullable(),
});
export type GuideDocumentSummaryView = z.infer<typeof GuideDocumentSummaryView>;

/** Which files, by where their text comes from; `problems` are those whose draft has any. */
export const GuideDocumentState = z.enum(['default', 'override', 'own', 'problems']);
export type GuideDocumentState = z.infer<typeof GuideDocumentState>;

export const GUIDE_DOCUMENT_PAGE_SIZE = 50;

export const GuideDocumentListQuery = z.strictObject({
  locale: singleLineText(20).optional(),
  kind: GuideDocumentKind.optional(),
  state: GuideDocumentState.optional(),
  /** Words the path or title holds, in any case. */
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(GUIDE_DOCUMENT_PAGE_SIZE),
});
export type GuideDocumentListQuery = z.infer<typeof GuideDocumentListQuery>;

/**
 * One page of the files that fit the query, the organisation's own language first, then by
 * language and path; `total` counts every file that fits, `locales` every language the guide has.
 */
export const GuideDocumentListView = z.object({
  items: z.array(GuideDocumentSummaryView),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  locales: z.array(z.string()),
});
export type GuideDocumentListView = z.infer<typeof GuideDocumentListView>;

export const GuideRevisionView = z.object({
  number: z.number().int().min(1),
  /** Null when the revision withdrew the file: readers see the shared text again, or nothing. */
  source: z.string().nullable(),
  note: z.string().nullable(),
  publishedAt: Timestamp,
  publishedBy: z.string(),
  /** The revision this one restored, for rollbacks. */
  restoredFrom: z.number().int().nullable(),
});
export type GuideRevisionView = z.infer<typeof GuideRevisionView>;

export const GuideDocumentView = z.object({
  path: GuidePath,
  kind: GuideDocumentKind,
  origin: GuideDocumentOrigin,
  /** The shared guide's text at this path, when it has one. */
  defaultSource: z.string().nullable(),
  published: GuideRevisionView.nullable(),
  draft: z.object({ source: z.string(), updatedAt: Timestamp, updatedBy: z.string() }).nullable(),
  /** Newest first. */
  revisions: z.array(GuideRevisionView),
});
export type GuideDocumentView = z.infer<typeof GuideDocumentView>;

export const GuidePathQuery = z.strictObject({ path: GuidePath });
export type GuidePathQuery = z.infer<typeof GuidePathQuery>;

/** Guide sources are small text files; the content package refuses more than 1 MiB. */
const Source = multiLineText(1024 * 1024, { trim: false });

export const SaveDraftBody = z.strictObject({ path: GuidePath, source: Source });
export type SaveDraftBody = z.infer<typeof SaveDraftBody>;

export const PublishBody = z.strictObject({
  path: GuidePath,
  note: multiLineText(500).optional(),
});
export type PublishBody = z.infer<typeof PublishBody>;

export const RollbackBody = z.strictObject({
  path: GuidePath,
  revision: z.number().int().min(1),
  note: multiLineText(500).optional(),
});
export type RollbackBody = z.infer<typeof RollbackBody>;

/** Check a text as it would be published, against the organisation's whole guide. */
export const CheckSourceBody = z.strictObject({ path: GuidePath, source: Source });
export type CheckSourceBody = z.infer<typeof CheckSourceBody>;

export const CheckSourceView = z.object({ problems: z.array(GuideProblemView) });
export type CheckSourceView = z.infer<typeof CheckSourceView>;

/** A guide in the lesson format, zipped, as base64 (at most 20 MiB once decoded). */
export const ImportGuideBody = z.strictObject({
  archiveBase64: singleLineText(28 * 1024 * 1024, { min: 1, trim: false }).regex(
    /^[A-Za-z0-9+/]*={0,2}$/,
    'The archive must be sent as base64',
  ),
  /** Publish at once the files with no problem, or keep every file as a draft for review. */
  publish: z.boolean().default(false),
});
export type ImportGuideBody = z.infer<typeof ImportGuideBody>;

export const ImportGuideView = z.object({
  /** Files loaded, by kind: every file that could be read as what its name says it is. */
  lessons: z.number().int(),
  checklists: z.number().int(),
  forms: z.number().int(),
  workflows: z.number().int(),
  /** Folders' `.category.yml`: their titles and order in each language. */
  categories: z.number().int(),
  /** Loaded files published at once: asked for, and with no problem of their own. */
  published: z.number().int(),
  /** Loaded files kept as drafts, for review or to fix what the problems name. */
  drafts: z.number().int(),
  /** Files that could not be read as guide content, so were not loaded; their problems say why. */
  skipped: z.array(z.string()),
  /** Every problem found, loaded files' included (a broken link does not stop a lesson loading). */
  problems: z.array(GuideProblemView),
});
export type ImportGuideView = z.infer<typeof ImportGuideView>;

/** A zipped guide to import in the background, and the name to show it by while it runs. */
export const StartImportBody = ImportGuideBody.extend({
  fileName: singleLineText(200, { min: 1 }).optional(),
});
export type StartImportBody = z.infer<typeof StartImportBody>;

/**
 * How far an import has got. It reads the archive, checks every file against the
 * organisation's guide, then stores them all at once: `done` has the result; `refused`
 * means nothing in the archive could be read as guide content (its problems say why);
 * `failed` means it stopped, and stored nothing.
 */
export const GuideImportStage = z.enum([
  'reading',
  'checking',
  'storing',
  'done',
  'refused',
  'failed',
]);
export type GuideImportStage = z.infer<typeof GuideImportStage>;

export const GuideImportProgressView = z.object({
  id: z.uuid(),
  fileName: z.string().nullable(),
  stage: GuideImportStage,
  /** The stage as a step of `steps`: reading 1, checking 2, storing 3, and `steps` once over. */
  step: z.number().int().min(1),
  steps: z.number().int().min(1),
  /** Files in the archive, once it has been read. */
  fileCount: z.number().int().min(0).nullable(),
  startedAt: Timestamp,
  updatedAt: Timestamp,
  result: ImportGuideView.nullable(),
  /** Why nothing could be imported, when refused. */
  problems: z.array(GuideProblemView),
  /** A sentence saying what went wrong, when it failed. */
  failure: z.string().nullable(),
});
export type GuideImportProgressView = z.infer<typeof GuideImportProgressView>;

/* ---------------------------------------------------------------- helplines */

export const HelplineChannelKind = z.enum([
  'phone',
  'sms',
  'email',
  'web',
  'chat',
  'signal',
  'whatsapp',
  'postal',
]);
export type HelplineChannelKind = z.infer<typeof HelplineChannelKind>;

export const HelplineChannel = z.strictObject({
  kind: HelplineChannelKind,
  value: singleLineText(300, { min: 1 }),
  /** End-to-end encrypted or otherwise safe from someone watching the survivor's device or line. */
  secure: z.boolean().default(false),
  label: singleLineText(100).optional(),
});
export type HelplineChannel = z.infer<typeof HelplineChannel>;

/** What a helpline helps with; help workflows filter on these. */
export const HelplineService = z.enum([
  'harassment',
  'doxxing',
  'sextortion',
  'intimate-images',
  'impersonation',
  'stalking',
  'hacked-accounts',
  'legal',
  'emotional-support',
  'takedown',
]);
export type HelplineService = z.infer<typeof HelplineService>;

const LanguageTag = singleLineText(35, { trim: false }).regex(
  /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  'Enter a language tag such as en or fr',
);
/** ISO 3166-1 alpha-2 country code, or `global` for a helpline that takes anyone. */
const Region = singleLineText(6, { trim: false }).regex(
  /^(?:[A-Z]{2}|global)$/,
  'Enter a country code such as FR, or global',
);

export const HelplineFields = z.strictObject({
  name: singleLineText(200, { min: 1 }),
  description: multiLineText(2_000).default(''),
  languages: z.array(LanguageTag).min(1).max(30),
  services: z.array(HelplineService).min(1),
  regions: z.array(Region).min(1).max(250),
  /** Opening hours as people write them, read in `timeZone`. */
  hours: multiLineText(300).default(''),
  timeZone: singleLineText(64, { min: 1 }),
  /** How long a first answer usually takes, in hours. */
  responseHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(null),
  takesUrgent: z.boolean().default(false),
  channels: z.array(HelplineChannel).min(1).max(20),
  /** Id of a form in the organisation's guide that people fill in to reach this helpline. */
  intakeFormId: singleLineText(100).nullable().default(null),
  /** This organisation's own service: shown first in its guide. */
  own: z.boolean().default(false),
  /** Also listed in the shared guide's directory of helplines. */
  listed: z.boolean().default(false),
});
export type HelplineFields = z.infer<typeof HelplineFields>;

export const CreateHelplineBody = HelplineFields;
export const UpdateHelplineBody = HelplineFields.partial();
export type UpdateHelplineBody = z.infer<typeof UpdateHelplineBody>;

export const HelplineView = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  languages: z.array(z.string()),
  services: z.array(HelplineService),
  regions: z.array(z.string()),
  hours: z.string(),
  timeZone: z.string(),
  responseHours: z.number().int().nullable(),
  takesUrgent: z.boolean(),
  channels: z.array(
    z.object({
      kind: HelplineChannelKind,
      value: z.string(),
      secure: z.boolean(),
      label: z.string().optional(),
    }),
  ),
  intakeFormId: z.string().nullable(),
  own: z.boolean(),
  listed: z.boolean(),
  updatedAt: Timestamp,
});
export type HelplineView = z.infer<typeof HelplineView>;

export const HelplineListView = z.object({ items: z.array(HelplineView) });

/** What a reader asks of the directory; every part is optional. */
export const HelplineFilter = z.strictObject({
  service: HelplineService.optional(),
  language: LanguageTag.optional(),
  region: Region.optional(),
});
export type HelplineFilter = z.infer<typeof HelplineFilter>;

/**
 * The helplines that fit a filter, the organisation's own first, then those taking urgent
 * cases, then by name. A `global` helpline fits every region.
 */
export function matchHelplines<
  T extends Pick<
    HelplineView,
    'name' | 'languages' | 'services' | 'regions' | 'own' | 'takesUrgent'
  >,
>(helplines: readonly T[], filter: HelplineFilter): T[] {
  const fits = (helpline: T) =>
    (!filter.service || helpline.services.includes(filter.service)) &&
    (!filter.language ||
      helpline.languages.some(
        (language) => language === filter.language || language.split('-')[0] === filter.language,
      )) &&
    (!filter.region ||
      helpline.regions.includes('global') ||
      helpline.regions.includes(filter.region));
  return helplines
    .filter(fits)
    .sort(
      (a, b) =>
        Number(b.own) - Number(a.own) ||
        Number(b.takesUrgent) - Number(a.takesUrgent) ||
        a.name.localeCompare(b.name),
    );
}

/* ------------------------------------------------------------ public guide */

export const PublicGuideParams = z.strictObject({ slug: OrgSlug });

/**
 * An organisation's published guide content, for the public guide: its files replace the
 * shared guide's files at the same paths or add new ones.
 */
export const PublicGuideView = z.object({
  organization: z.object({ slug: z.string(), name: z.string() }),
  /** Changes whenever something published changes; the web keys its cache on it. */
  version: z.string(),
  files: z.array(z.object({ path: z.string(), text: z.string() })),
  /** Paths the organisation withdrew from the shared guide: readers do not see them. */
  withdrawn: z.array(z.string()),
  helplines: z.array(HelplineView),
});
export type PublicGuideView = z.infer<typeof PublicGuideView>;

/** The version alone, cheap to ask: a server that keeps the guide asks it to know when to fetch it again. */
export const PublicGuideVersionView = PublicGuideView.pick({ version: true });
export type PublicGuideVersionView = z.infer<typeof PublicGuideVersionView>;

export const PublicHelplineListView = z.object({
  items: z.array(
    HelplineView.extend({ organization: z.object({ slug: z.string(), name: z.string() }) }),
  ),
});
export type PublicHelplineListView = z.infer<typeof PublicHelplineListView>;

const contentBase = { tag: 'content', auth: 'staff' } as const;

export const contentRoutes = {
  listDocuments: defineRoute({
    ...contentBase,
    method: 'GET',
    path: '/content/documents',
    summary: "Every file of the organisation's guide: shared, overridden and its own.",
    permission: 'content.read',
    query: GuideDocumentListQuery,
    response: GuideDocumentListView,
  }),
  getDocument: defineRoute({
    ...contentBase,
    method: 'GET',
    path: '/content/document',
    summary: 'One file of the guide: shared text, published revision, draft and history.',
    permission: 'content.read',
    query: GuidePathQuery,
    response: GuideDocumentView,
  }),
  saveDraft: defineRoute({
    ...contentBase,
    method: 'PUT',
    path: '/content/drafts',
    summary: 'Save a draft of a file. Readers see nothing of it until it is published.',
    permission: 'content.edit',
    body: SaveDraftBody,
    response: GuideDocumentView,
  }),
  discardDraft: defineRoute({
    ...contentBase,
    method: 'DELETE',
    path: '/content/drafts',
    summary: 'Throw a draft away.',
    permission: 'content.edit',
    query: GuidePathQuery,
    status: 204,
  }),
  check: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/check',
    summary: 'Problems a text would have if published: format, front matter, links.',
    permission: 'content.edit',
    body: CheckSourceBody,
    response: CheckSourceView,
  }),
  publish: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/publish',
    summary: 'Publish the draft as a new revision. Refused (422) while it has problems.',
    permission: 'content.edit',
    body: PublishBody,
    response: GuideDocumentView,
  }),
  rollback: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/rollback',
    summary: 'Publish an earlier revision again, as a new revision.',
    permission: 'content.edit',
    body: RollbackBody,
    response: GuideDocumentView,
  }),
  withdraw: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/withdraw',
    summary:
      "Stop publishing the organisation's text: an override falls back to the shared guide, an own file disappears.",
    permission: 'content.edit',
    body: PublishBody,
    response: GuideDocumentView,
  }),
  importGuide: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/import',
    summary:
      'Import a zipped guide: every readable file becomes a draft (or is published when asked and clean); every problem is listed. 422 when nothing could be loaded.',
    permission: 'content.edit',
    body: ImportGuideBody,
    response: ImportGuideView,
  }),
  startImport: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/imports',
    summary:
      'Start importing a zipped guide in the background, for archives that take a while (a whole Umbrella tree). Answers at once with the import to follow.',
    permission: 'content.edit',
    body: StartImportBody,
    response: GuideImportProgressView,
    status: 202,
  }),
  getImport: defineRoute({
    ...contentBase,
    method: 'GET',
    path: '/content/imports/{id}',
    summary: 'How far an import has got, and its result once done.',
    permission: 'content.edit',
    params: IdParams,
    response: GuideImportProgressView,
  }),
  listHelplines: defineRoute({
    ...contentBase,
    method: 'GET',
    path: '/content/helplines',
    summary: "The organisation's helplines.",
    permission: 'content.read',
    response: HelplineListView,
  }),
  createHelpline: defineRoute({
    ...contentBase,
    method: 'POST',
    path: '/content/helplines',
    summary: 'Add a helpline.',
    permission: 'content.edit',
    body: CreateHelplineBody,
    response: HelplineView,
  }),
  updateHelpline: defineRoute({
    ...contentBase,
    method: 'PATCH',
    path: '/content/helplines/{id}',
    summary: 'Change a helpline.',
    permission: 'content.edit',
    params: IdParams,
    body: UpdateHelplineBody,
    response: HelplineView,
  }),
  deleteHelpline: defineRoute({
    ...contentBase,
    method: 'DELETE',
    path: '/content/helplines/{id}',
    summary: 'Remove a helpline.',
    permission: 'content.edit',
    params: IdParams,
    status: 204,
  }),
  publicGuide: defineRoute({
    method: 'GET',
    path: '/public/guides/{slug}',
    summary: "An organisation's published guide files and helplines, for its public guide.",
    tag: 'public',
    auth: 'public',
    params: PublicGuideParams,
    response: PublicGuideView,
  }),
  publicGuideVersion: defineRoute({
    method: 'GET',
    path: '/public/guides/{slug}/version',
    summary: "The version of an organisation's published guide, which changes with any of it.",
    tag: 'public',
    auth: 'public',
    params: PublicGuideParams,
    response: PublicGuideVersionView,
  }),
  publicHelplines: defineRoute({
    method: 'GET',
    path: '/public/helplines',
    summary: "Helplines every organisation lists in the shared guide's directory.",
    tag: 'public',
    auth: 'public',
    query: HelplineFilter,
    response: PublicHelplineListView,
  }),
};
