import { encodeCursor, unstorableText } from '@cairn/contracts';
import fc from 'fast-check';
import { caseBody } from './support/case-factory';
import { bearer, login, makeMember, makeOrg, TestMember } from './support/factories';
import { DRAFT_SOURCE, helplineBody, makeOrgRecords, OrgRecords } from './support/org-records';
import { ownerClient, startTestApp, TestApp } from './support/test-app';

/**
 * Hostile input at every route of the API, read from the app's own /openapi.json: text
 * PostgreSQL cannot store (NUL), broken Unicode (lone surrogates), right-to-left and combining
 * text, emoji, strings over every maximum, huge numbers and wrong types, sent to real records of
 * the organisation (so requests get past the 404 and reach the writes) and, separately, to
 * another organisation's real records. No answer may be a 5xx.
 */

const SEED = 20_261_130;
const RUNS_PER_ROUTE = 100;
const RUNS_PER_ROUTE_OTHER_ORG = 20;
const CONCURRENCY = 4;

let t: TestApp;
let ours: OrgRecords;
let theirs: OrgRecords;
let logoutMember: TestMember;
let logoutToken: string;
let routes: { method: string; path: string; auth: 'public' | 'staff' }[];
let sent = 0;

beforeAll(async () => {
  t = await startTestApp({
    LOGIN_RATE_PER_EMAIL: '100000',
    LOGIN_MAX_FAILURES: '100000',
  });
  ours = await makeOrgRecords(t, await makeOrg(t, 'Ours'));
  theirs = await makeOrgRecords(t, await makeOrg(t, 'Theirs'));
  logoutMember = await makeMember(t, ours.org, 'SUPERVISOR');
  logoutToken = await login(t, logoutMember);
  const document = await t.http().get('/openapi.json');
  const paths = document.body.paths as Record<string, Record<string, { security?: unknown }>>;
  routes = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      auth: operation.security ? ('staff' as const) : ('public' as const),
    })),
  );
}, 60_000);
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------
// What a valid request of each route looks like, on real records. A route missing here fails
// the test: a new route cannot ship without being covered.

interface Sample {
  params?: (r: OrgRecords) => Record<string, string>;
  query?: (r: OrgRecords) => Record<string, string>;
  body?: (r: OrgRecords) => unknown;
}

const onCase = (r: OrgRecords) => ({ id: r.caseId });
const onTakedown = (r: OrgRecords) => ({ id: r.caseId, takedownId: r.takedownId });
const onEvidence = (r: OrgRecords) => ({ id: r.evidenceId });
const aPage = (r: OrgRecords) => ({
  limit: '2',
  cursor: encodeCursor({ at: '2026-07-02T10:00:00.000Z', id: r.noteId }),
});

const SAMPLES: Record<string, Sample> = {
  'GET /audit': {
    query: (r) => ({
      limit: '10',
      before: '100',
      action: 'case.viewed',
      actor: r.org.admin.userId,
      caseId: r.caseId,
      from: '2026-01-01T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
    }),
  },
  'GET /audit/verify': {},
  'POST /auth/invites/accept': {
    body: (r) => ({
      token: r.inviteToken,
      displayName: 'New person',
      password: 'long password 123',
    }),
  },
  'POST /auth/login': {
    body: (r) => ({
      email: r.org.admin.email,
      password: 'not the password',
      organization: r.org.slug,
    }),
  },
  'POST /auth/logout': {},
  'GET /me': {},
  'GET /me/queue': {},
  'GET /cases': {
    query: (r) => ({
      q: 'harassment',
      tag: 'ex-partner',
      platform: 'Instagram',
      status: 'NEW,TRIAGE',
      assignee: r.org.admin.userId,
      createdFrom: '2026-01-01T00:00:00Z',
      sort: 'riskLevel',
      limit: '5',
      cursor: encodeCursor({ sort: 'riskLevel', value: 'LOW', id: r.caseId }),
    }),
  },
  'POST /cases': { body: () => caseBody() },
  'GET /cases/assignable-staff': {},
  'POST /exports/cases.csv': { query: () => ({ q: 'harassment', includeSurvivor: 'true' }) },
  'GET /cases/{id}': { params: onCase },
  'PATCH /cases/{id}': {
    params: onCase,
    body: () => ({ title: 'Renamed', tags: ['a'], survivor: { name: 'Camille' } }),
  },
  'PUT /cases/{id}/assignees': { params: onCase, body: (r) => ({ userIds: [r.org.admin.userId] }) },
  'POST /cases/{id}/status': {
    params: onCase,
    body: () => ({ status: 'CLOSED', closingReason: 'OTHER', comment: 'Done' }),
  },
  'GET /cases/{id}/checklist': { params: onCase },
  'PUT /cases/{id}/checklist/{itemId}': {
    params: (r) => ({ id: r.caseId, itemId: r.checklistItemId }),
    body: () => ({ state: 'OPEN' }),
  },
  'GET /cases/{id}/consents': { params: onCase },
  'POST /cases/{id}/consents': {
    params: onCase,
    body: () => ({ scope: 'SHARE_WITH_POLICE', givenAt: '2026-07-01T10:00:00Z', note: 'Agreed' }),
  },
  'POST /cases/{id}/consents/{consentId}/withdraw': {
    params: (r) => ({ id: r.caseId, consentId: r.consentId }),
  },
  'GET /cases/{id}/contacts': { params: onCase, query: aPage },
  'POST /cases/{id}/contacts': {
    params: onCase,
    body: () => ({
      kind: 'REPORT',
      recipientKind: 'POLICE',
      recipientName: 'Commissariat',
      method: 'IN_PERSON',
      contactedAt: '2026-07-02T10:00:00Z',
      referenceNumber: 'PV-1',
      outcome: 'Filed',
      nextFollowUp: '2099-07-09',
    }),
  },
  'PATCH /cases/{id}/contacts/{contactId}': {
    params: (r) => ({ id: r.caseId, contactId: r.contactId }),
    body: () => ({ outcome: 'Removed', referenceNumber: 'T-2' }),
  },
  'GET /cases/{id}/incidents': { params: onCase, query: aPage },
  'POST /cases/{id}/incidents': {
    params: onCase,
    body: () => ({
      occurredAt: '2026-07-01T23:15',
      timeZone: 'Europe/Paris',
      location: { kind: 'PLATFORM', platform: 'X', url: 'https://example.org/p' },
      description: 'What happened',
      otherPartyIdentifiers: [{ kind: 'EMAIL', value: 'x@example.org', platform: 'Mail' }],
    }),
  },
  'PATCH /cases/{id}/incidents/{incidentId}': {
    params: (r) => ({ id: r.caseId, incidentId: r.incidentId }),
    body: () => ({ description: 'What happened, told again', approximate: true }),
  },
  'GET /cases/{id}/notes': { params: onCase, query: aPage },
  'POST /cases/{id}/notes': { params: onCase, body: () => ({ body: 'A note' }) },
  'GET /cases/{id}/timeline': { params: onCase, query: aPage },
  'POST /content/check': { body: (r) => ({ path: r.draftPath, source: DRAFT_SOURCE }) },
  'GET /content/document': { query: (r) => ({ path: r.draftPath }) },
  'GET /content/documents': { query: () => ({ locale: 'en', kind: 'lesson' }) },
  'PUT /content/drafts': { body: (r) => ({ path: r.draftPath, source: DRAFT_SOURCE }) },
  'DELETE /content/drafts': { query: (r) => ({ path: r.draftPath }) },
  'POST /content/publish': { body: (r) => ({ path: r.draftPath, note: 'First' }) },
  'POST /content/rollback': { body: (r) => ({ path: r.draftPath, revision: 1, note: 'Back' }) },
  'POST /content/withdraw': { body: (r) => ({ path: r.draftPath, note: 'Gone' }) },
  // An empty zip archive.
  'POST /content/import': { body: () => ({ archiveBase64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }) },
  'POST /content/imports': {
    body: () => ({ archiveBase64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', fileName: 'guide.zip' }),
  },
  'GET /content/imports/{id}': { params: (r) => ({ id: r.guideImportId }) },
  'GET /content/helplines': {},
  'POST /content/helplines': { body: () => helplineBody() },
  'PATCH /content/helplines/{id}': {
    params: (r) => ({ id: r.helplineId }),
    body: () => ({ name: 'Renamed', channels: [{ kind: 'phone', value: '+33 1', label: 'Desk' }] }),
  },
  'DELETE /content/helplines/{id}': { params: (r) => ({ id: r.helplineId }) },
  'GET /invites': {},
  'POST /invites': { body: () => ({ email: 'someone@example.org', role: 'CASEWORKER' }) },
  'DELETE /invites/{id}': { params: (r) => ({ id: r.inviteId }) },
  'GET /escalations': {},
  'PUT /escalations/calendar': {
    body: () => ({
      days: [1, 2, 3, 4, 5],
      opens: '09:00',
      closes: '17:30',
      holidays: ['2026-12-25'],
    }),
  },
  'POST /escalations/rules': {
    body: () => ({
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 5,
      escalateAfterBusinessDays: 5,
      escalateTo: 'REGULATOR',
      regulatorEmail: 'complaints@regulator.example',
    }),
  },
  'GET /escalations/rules/{id}': { params: (r) => ({ id: r.escalationRuleId }) },
  'PUT /escalations/rules/{id}': {
    params: (r) => ({ id: r.escalationRuleId }),
    body: () => ({ kind: 'HIGH_RISK_UNASSIGNED', enabled: false, afterMinutes: 45 }),
  },
  'DELETE /escalations/rules/{id}': { params: (r) => ({ id: r.escalationRuleId }) },
  'PUT /escalations/on-call/{id}': {
    params: (r) => ({ id: r.member.membershipId }),
    body: () => ({ onCall: true }),
  },
  'GET /mail/outbox': {
    query: (r) => ({
      status: 'FAILED',
      limit: '20',
      cursor: encodeCursor({ at: '2026-12-31T00:00:00.000Z', id: r.outboxMessageId }),
    }),
  },
  'GET /mail/outbox/{id}': { params: (r) => ({ id: r.outboxMessageId }) },
  'GET /mail/settings': {},
  'PUT /mail/settings': {
    body: () => ({ fromAddress: 'desk@helpline.example', fromName: 'Helpline desk' }),
  },
  'POST /mail/outbox/{id}/resend': { params: (r) => ({ id: r.outboxMessageId }) },
  'GET /mail/catcher': {
    query: (r) => ({
      limit: '20',
      cursor: encodeCursor({ at: '2026-12-31T00:00:00.000Z', id: r.caughtMailId }),
    }),
  },
  'GET /mail/catcher/{id}': { params: (r) => ({ id: r.caughtMailId }) },
  'GET /staff': {},
  'PATCH /staff/{id}': {
    params: (r) => ({ id: r.member.membershipId }),
    body: () => ({ role: 'SUPERVISOR' }),
  },
  'DELETE /staff/{id}': { params: (r) => ({ id: r.member.membershipId }) },
  'GET /public/guides/{slug}': { params: (r) => ({ slug: r.org.slug }) },
  'GET /public/guides/{slug}/version': { params: (r) => ({ slug: r.org.slug }) },
  'GET /public/intake/{slug}/challenge': { params: (r) => ({ slug: r.org.slug }) },
  // Multipart on the wire (a browser's form): a JSON body is refused whole, without a 5xx.
  'POST /public/intake/{slug}/forms/{formId}/submissions': {
    params: (r) => ({ slug: r.org.slug, formId: 'incident-record' }),
    body: () => ({ _locale: 'en', description: 'What happened' }),
  },
  'POST /public/follow-up/{slug}/sessions': {
    params: (r) => ({ slug: r.org.slug }),
    body: (r) => ({ reference: `${r.caseId.slice(0, 4)}-2026-0001`, code: 'ABCD-EFGH-JKMN-PQRS' }),
  },
  'GET /public/follow-up/{slug}': { params: (r) => ({ slug: r.org.slug }) },
  'POST /public/follow-up/{slug}/messages': {
    params: (r) => ({ slug: r.org.slug }),
    body: () => ({ text: 'He wrote again' }),
  },
  'POST /public/follow-up/{slug}/evidence': {
    params: (r) => ({ slug: r.org.slug }),
    body: () => ({}),
  },
  'DELETE /public/follow-up/{slug}/session': { params: (r) => ({ slug: r.org.slug }) },
  'POST /cases/{id}/follow-up-code': { params: onCase },
  'GET /cases/{id}/survivor-messages': { params: onCase },
  'POST /cases/{id}/survivor-messages': { params: onCase, body: () => ({ text: 'We are on it' }) },
  'GET /cases/{id}/intake': { params: onCase },
  'GET /cases/{id}/evidence': { params: onCase, query: () => ({ hidden: 'include' }) },
  // Multipart on the wire: a JSON body is refused whole, and must be, without a 5xx.
  'POST /cases/{id}/evidence': {
    params: onCase,
    body: () => ({ capturedAt: '2026-07-01T21:00:00Z' }),
  },
  'POST /cases/{id}/evidence/links': {
    params: onCase,
    body: (r) => ({
      url: 'https://example.org/post/2',
      title: 'The post',
      seenAt: '2026-07-02T08:00:00Z',
      archiveUrl: 'https://archive.example.org/post/2',
      incidentId: r.incidentId,
    }),
  },
  'GET /evidence/{id}': { params: onEvidence },
  'GET /evidence/{id}/content': { params: onEvidence },
  'GET /evidence/{id}/gps': { params: onEvidence },
  'GET /evidence/{id}/thumbnail': { params: onEvidence },
  'POST /evidence/{id}/verify': { params: onEvidence },
  'POST /evidence/{id}/recheck-authenticity': { params: onEvidence, body: () => ({ live: false }) },
  'POST /evidence/{id}/hide': { params: onEvidence, body: () => ({ reason: 'Duplicate' }) },
  'POST /evidence/{id}/show': { params: onEvidence, body: () => ({ reason: 'Needed after all' }) },
  'POST /evidence/{id}/hold': { params: onEvidence, body: () => ({ reason: 'Court order' }) },
  'POST /cases/{id}/evidence-exports': {
    params: onCase,
    body: () => ({ recipient: 'SURVIVOR', passphrase: 'a long passphrase' }),
  },
  'GET /cases/{id}/evidence-exports/{exportId}': {
    params: (r) => ({ id: r.caseId, exportId: r.evidenceId }),
  },
  'GET /cases/{id}/evidence-exports/{exportId}/content': {
    params: (r) => ({ id: r.caseId, exportId: r.evidenceId }),
  },
  'POST /evidence/{id}/release': { params: onEvidence, body: () => ({ reason: 'Case closed' }) },
  'GET /cases/{id}/takedowns': { params: onCase },
  'POST /cases/{id}/takedowns': {
    params: onCase,
    body: (r) => ({
      platformId: r.platformId,
      noticeType: 'TOS_REPORT',
      locale: 'fr',
      urls: ['https://example.org/post/3'],
      evidenceIds: [r.evidenceId],
      elements: { explanation: 'Threats', submitterEmail: 'a@example.org', goodFaith: true },
    }),
  },
  'POST /cases/{id}/letters': {
    params: onCase,
    body: (r) => ({
      noticeType: 'POLICE_COVER',
      recipientAddress: 'plainte@police.example',
      recipientName: 'Commissariat',
      locale: 'fr',
      urls: ['https://example.org/post/5'],
      evidenceIds: [r.evidenceId],
      elements: { explanation: 'Threats' },
    }),
  },
  'GET /cases/{id}/takedowns/{takedownId}': { params: onTakedown },
  'PATCH /cases/{id}/takedowns/{takedownId}': {
    params: onTakedown,
    body: (r) => ({
      platformId: r.platformId,
      urls: ['https://example.org/post/4'],
      elements: { explanation: 'Threats again', signature: 'Alex' },
    }),
  },
  'POST /cases/{id}/takedowns/{takedownId}/preview': { params: onTakedown },
  'POST /cases/{id}/takedowns/{takedownId}/submit': { params: onTakedown },
  'POST /cases/{id}/takedowns/{takedownId}/approve': { params: onTakedown },
  'POST /cases/{id}/takedowns/{takedownId}/form-submitted': { params: onTakedown },
  'PATCH /cases/{id}/takedowns/{takedownId}/outcome': {
    params: onTakedown,
    body: (r) => ({
      status: 'REMOVED',
      platformReference: 'REF-1',
      outcomeNote: 'Gone',
      urls: [{ id: r.takedownId, outcome: 'REMOVED' }],
    }),
  },
  'GET /platforms': {},
  'POST /platforms': {
    body: () => ({
      name: 'A host',
      kind: 'HOST',
      reportChannel: 'WEB_FORM',
      reportAddress: 'https://host.example/report',
      noticeTypes: ['COPYRIGHT_DMCA'],
      escalationContact: 'legal@host.example',
      country: 'DE',
      sources: { reportAddress: 'https://host.example/legal' },
      notes: 'Answers in a week',
    }),
  },
  'GET /platforms/{id}': { params: (r) => ({ id: r.platformId }) },
  'PATCH /platforms/{id}': {
    params: (r) => ({ id: r.platformId }),
    body: () => ({ notes: 'Checked', archived: false, country: 'IE' }),
  },
  'GET /takedown-templates': {},
  'GET /takedown-templates/{id}': { params: (r) => ({ id: r.templateId }) },
  'PUT /takedown-templates/{id}': {
    params: (r) => ({ id: r.templateId }),
    body: () => ({ subject: 'Subject', body: '{{explanation}}\n{{#urls}}{{url}}{{/urls}}' }),
  },
  'POST /takedown-templates/{id}/preview': {
    params: (r) => ({ id: r.templateId }),
    body: () => ({ subject: 'Subject', body: '{{explanation}}\n{{#urls}}{{url}}{{/urls}}' }),
  },
  'GET /takedown-settings': {},
  'PATCH /takedown-settings': {
    body: () => ({ fourEyes: true, inboundDomain: 'replies.example.org' }),
  },
  'GET /public/helplines': {
    query: () => ({ service: 'harassment', language: 'fr', region: 'FR' }),
  },
};

// ---------------------------------------------------------------------------------------
// Hostile values

const HUGE_TEXT = 'x'.repeat(30_000);
const HUGE_EMOJI = '😀'.repeat(15_000);
const OVER_BODY_LIMIT = 'y'.repeat(1_100_000);
const FRAGMENTS = [
  '\u0000',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\udc00\ud800',
  '\u0007',
  '\u001b',
  '\u007f',
  '\n',
  '\t',
  '\u202e',
  '\u200f',
  'e\u0301\u0308',
  '\ufeff',
  '\u200b',
  '👩🏽‍💻',
  '🏳️‍🌈',
  'שלום',
  'مرحبا',
  'Z̤͔ͧ̑̓',
  "'; DROP TABLE case_note; --",
  '%00',
  '\\u0000',
  '../',
  '<script>',
];
/** Accepted text that still tests the stack: it must be stored and answered unchanged. */
const WEIRD_BUT_VALID = [
  'שלום עולם',
  'مرحبا بالعالم',
  'e\u0301te\u0301 cafe\u0301',
  '👩🏽‍💻 🏳️‍🌈',
  'Z̤͔ͧ̑̓a',
  '\u202eevil',
];

const noReplacement = (text: string) => !text.includes('\ufffd');
const hostileString = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 6 }),
      )
      .map(([before, fragment, after]) => before + fragment + after),
  },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(HUGE_TEXT, HUGE_EMOJI, `${HUGE_TEXT}\u0000`, '', '   ') },
  { weight: 1, arbitrary: fc.constant(OVER_BODY_LIMIT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).filter(noReplacement) },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_BUT_VALID) },
);
const hostileNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, 2 ** 63, -1, 0, 0.5, 1e-300);
const wrongType = fc.constantFrom<unknown>(null, true, false, [], {}, [null], { '\u0000': 1 }, 0);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
);
const hostileKey = fc.oneof(
  fc.constantFrom('\u0000', 'a\ud800', '__proto__', 'constructor', 'admin', 'organizationId'),
  fc.string({ maxLength: 8 }),
);
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }),
  fc.array(hostileValue, { maxLength: 4 }),
);
const hostileQueryValue = fc.oneof(
  { weight: 4, arbitrary: hostileString.filter((text) => text.length < 10_000) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1e400', '-1', '9'.repeat(400), 'NaN', 'Infinity', '0x10', ''),
  },
);

// ---------------------------------------------------------------------------------------
// Building and sending requests

interface Request {
  route: string;
  auth: 'public' | 'staff';
  params: Record<string, string>;
  query: Record<string, string>;
  /** undefined: no body; a string: sent as is (malformed JSON). */
  body?: unknown;
  rawBody?: string;
}

/** Percent-encodes as a hostile client would: a lone surrogate as its (invalid) UTF-8 bytes. */
function encode(text: string): string {
  let out = '';
  for (const char of text) {
    try {
      out += encodeURIComponent(char);
    } catch {
      const unit = char.charCodeAt(0);
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

function urlOf(
  path: string,
  params: Record<string, string>,
  query: Record<string, string>,
): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encode(params[name] ?? ''));
  const search = Object.entries(query)
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join('&');
  return search ? `${filled}?${search}` : filled;
}

const carriesUnstorable = (value: unknown): boolean => {
  if (typeof value === 'string') return unstorableText(value) !== undefined;
  if (value && typeof value === 'object')
    return Object.entries(value).some(
      ([key, child]) => unstorableText(key) !== undefined || carriesUnstorable(child),
    );
  return false;
};

type Path = (string | number)[];
/** Every place in a value a hostile value can go: each leaf, and a new key in each object. */
function placesIn(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((child, index) => placesIn(child, [...path, index]))];
  if (value && typeof value === 'object')
    return [
      [...path, 'unexpectedField'],
      ...Object.entries(value).flatMap(([key, child]) => placesIn(child, [...path, key])),
    ];
  return [path];
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = setAt(copy[head!], rest, replacement);
  return copy;
}

/** Requests to one route: its sample with one part made hostile, or a body of anything. */
function requestsFor(
  route: { method: string; path: string; auth: 'public' | 'staff' },
  records: OrgRecords,
  runs: number,
  seed: number,
): Request[] {
  const key = `${route.method} ${route.path}`;
  const sample = SAMPLES[key]!;
  const params = sample.params?.(records) ?? {};
  const query = sample.query?.(records) ?? {};
  const body = sample.body?.(records);
  const base: Request = { route: key, auth: route.auth, params, query, body };
  const variants: fc.Arbitrary<Request>[] = [fc.constant(base)];
  if (body !== undefined) {
    const places = placesIn(body);
    variants.push(
      fc
        .tuple(fc.constantFrom(...places), hostileValue)
        .map(([place, value]) => ({ ...base, body: setAt(body, place, value) })),
      fc
        .tuple(fc.constantFrom(...places), fc.constantFrom(...WEIRD_BUT_VALID))
        .map(([place, value]) => ({ ...base, body: setAt(body, place, value) })),
      hostileJson.map((value) => ({ ...base, body: value })),
      fc
        .constantFrom('{', '{"a":', '[1,]', '\u0000', '{"body":"\\ud800"', 'null', '"text"')
        .map((rawBody) => ({ ...base, rawBody })),
    );
  }
  variants.push(
    fc
      .tuple(fc.constantFrom(...Object.keys(query), 'unexpected'), hostileQueryValue)
      .map(([name, value]) => ({ ...base, query: { ...query, [name]: value } })),
    fc
      .tuple(
        hostileKey.filter((name) => name.length > 0),
        hostileQueryValue,
      )
      .map(([name, value]) => ({ ...base, query: { ...query, [name]: value } })),
  );
  if (Object.keys(params).length > 0) {
    variants.push(
      fc
        .tuple(
          fc.constantFrom(...Object.keys(params)),
          fc.oneof(
            hostileString.filter((text) => text.length > 0 && text.length < 500),
            fc.constantFrom(...Object.values(params).map((id) => `${id}\u0000`)),
          ),
        )
        .map(([name, value]) => ({ ...base, params: { ...params, [name]: value } })),
    );
  }
  return fc.sample(fc.oneof(...variants), { numRuns: runs, seed });
}

type Answer = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

async function send(request: Request, token: string): Promise<Answer> {
  const [method, path] = request.route.split(' ') as [string, string];
  const url = urlOf(path, request.params, request.query);
  let call = t.http()[method.toLowerCase() as 'get'](url);
  if (request.auth === 'staff') {
    call = call.set(bearer(request.route === 'POST /auth/logout' ? logoutToken : token));
  }
  const payload =
    request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (payload !== undefined) call = call.set('content-type', 'application/json').send(payload);
  const answer = (await call) as unknown as Answer;
  sent += 1;
  if (request.route === 'POST /auth/logout' && answer.status === 204) {
    logoutToken = await login(t, logoutMember);
  }
  return answer;
}

/** What is wrong with an answer, or undefined when it is what every client error must be. */
function faultOf(request: Request, answer: Answer, mustRefuse: boolean): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}`;
  const unstorable =
    carriesUnstorable(request.params) ||
    carriesUnstorable(request.query) ||
    carriesUnstorable(request.body) ||
    (request.rawBody !== undefined && carriesUnstorable(request.rawBody));
  if ((unstorable || mustRefuse) && answer.status < 400) return `accepted with ${answer.status}`;
  if (answer.status < 400) return undefined;
  if (!String(answer.headers['content-type']).includes('application/problem+json'))
    return `answered ${answer.status} without problem+json`;
  if (answer.status === 400) {
    const errors = answer.body.errors as { field?: unknown }[] | undefined;
    if (!errors?.length || errors.some((e) => typeof e.field !== 'string' || e.field === ''))
      return 'answered 400 without naming the fields';
  }
  return undefined;
}

const describeRequest = (request: Request) =>
  JSON.stringify({ ...request, body: request.body ?? request.rawBody }).slice(0, 300);

async function fire(requests: Request[], token: string, mustRefuse: (r: Request) => boolean) {
  const faults: string[] = [];
  for (let start = 0; start < requests.length; start += CONCURRENCY) {
    const batch = requests.slice(start, start + CONCURRENCY);
    // Sign-out ends the session its next request needs: one at a time.
    const serial = batch[0]?.route === 'POST /auth/logout';
    const answers = serial
      ? await batch.reduce<Promise<Answer[]>>(
          async (done, request) => [...(await done), await send(request, token)],
          Promise.resolve([]),
        )
      : await Promise.all(batch.map((request) => send(request, token)));
    batch.forEach((request, index) => {
      const fault = faultOf(request, answers[index]!, mustRefuse(request));
      if (fault) faults.push(`${request.route}: ${fault} to ${describeRequest(request)}`);
    });
  }
  return faults;
}

/** Deletions last, so every other route meets records that still exist. */
const inOrder = <T extends { method: string }>(list: T[]) =>
  [...list].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));

// ---------------------------------------------------------------------------------------

it('knows how to fill every route of /openapi.json', () => {
  expect(routes.length).toBeGreaterThan(40);
  const unknown = routes
    .map((route) => `${route.method} ${route.path}`)
    .filter((key) => !SAMPLES[key]);
  expect(unknown).toEqual([]);
  for (const route of routes.filter((r) => r.path.includes('{'))) {
    const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const filled = Object.keys(SAMPLES[`${route.method} ${route.path}`]?.params?.(ours) ?? {});
    expect({ route: route.path, params: filled }).toEqual({ route: route.path, params: names });
  }
});

it('answers hostile input to every route with a client problem, never a 5xx, and stores no broken text', async () => {
  const faults: string[] = [];
  let seed = SEED;
  for (const route of inOrder(routes)) {
    seed += 1;
    faults.push(
      ...(await fire(requestsFor(route, ours, RUNS_PER_ROUTE, seed), ours.token, () => false)),
    );
  }

  // Another organisation's real records: every staff route must refuse them (404 or 400).
  const snapshot = () => tenantRows(theirs.org.id);
  const before = await snapshot();
  for (const route of inOrder(routes.filter((r) => r.path.includes('{') && r.auth === 'staff'))) {
    seed += 1;
    faults.push(
      ...(await fire(
        requestsFor(route, theirs, RUNS_PER_ROUTE_OTHER_ORG, seed),
        ours.token,
        () => true,
      )),
    );
  }
  expect(await snapshot()).toEqual(before);

  console.log(`bad-input: ${sent} requests to ${routes.length} routes`);
  expect(faults.slice(0, 20)).toEqual([]);
  expect(sent).toBeGreaterThanOrEqual(5_000);
  // A lone surrogate that slipped through would be stored as U+FFFD; none of ours was sent.
  expect(await rowsHolding('\ufffd', [ours.org.id, theirs.org.id])).toEqual([]);
}, 600_000);

const CASE_TABLES = [
  'case_file',
  'incident',
  'case_contact',
  'case_note',
  'case_consent',
  'case_checklist_item',
  'case_event',
  'invite',
  'helpline',
  'membership',
  'guide_document',
];

async function tenantRows(organizationId: string): Promise<Record<string, string[]>> {
  const client = await ownerClient(t.config);
  try {
    const result: Record<string, string[]> = {};
    for (const table of CASE_TABLES) {
      const { rows } = await client.query<{ row: string }>(
        `SELECT to_jsonb(t)::text AS row FROM ${table} t WHERE organization_id = $1 ORDER BY 1`,
        [organizationId],
      );
      result[table] = rows.map((r) => r.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

async function rowsHolding(text: string, organizationIds: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const id of organizationIds) {
    for (const [table, rows] of Object.entries(await tenantRows(id))) {
      found.push(
        ...rows.filter((row) => row.includes(text)).map((row) => `${table}: ${row.slice(0, 200)}`),
      );
    }
  }
  return found;
}

describe('edge cases a client can send', () => {
  it('names a missing field, a wrong type and an oversized field', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .send({ email: `${'a'.repeat(300)}@example.org`, password: 42 });
    expect(response.status).toBe(400);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    const missing = await t.http().post('/auth/login').send({ password: 'x' });
    expect((missing.body.errors as { field: string }[]).map((error) => error.field)).toEqual([
      'email',
    ]);
  });

  it('answers a body over the size limit with 413, a body that is not JSON with 415, an empty one with 400', async () => {
    const huge = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@example.org', password: OVER_BODY_LIMIT }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('body-too-large');
    const text = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'text/plain')
      .send('email=a');
    expect(text.status).toBe(415);
    const empty = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('');
    expect(empty.status).toBe(400);
  });
});
