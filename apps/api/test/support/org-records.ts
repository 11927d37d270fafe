import { makeCase } from './case-factory';
import { bearer, login, makeMember, TestMember, TestOrg } from './factories';
import { makeCaughtMail, newestOutboxId } from './mail-records';
import type { TestApp } from './test-app';

/** One real record of each kind an organisation's routes take an id of. */
export interface OrgRecords {
  org: TestOrg;
  /** The admin's session. */
  token: string;
  caseId: string;
  incidentId: string;
  contactId: string;
  noteId: string;
  consentId: string;
  checklistItemId: string;
  inviteId: string;
  inviteToken: string;
  helplineId: string;
  /** A background guide import (of an empty archive, so it ends refused at once). */
  guideImportId: string;
  draftPath: string;
  /** An uploaded image of the case (so analysis, download and verify routes have content). */
  evidenceId: string;
  /** The directory's email platform, a draft takedown request of the case, and a template. */
  platformId: string;
  takedownId: string;
  templateId: string;
  /** A caseworker, for the staff routes' ids. */
  member: TestMember;
  /** An escalation rule (HIGH_RISK_UNASSIGNED, on). */
  escalationRuleId: string;
  /** The invitation's email in the outbox, and a copy the mail catcher kept. */
  outboxMessageId: string;
  caughtMailId: string;
}

export const helplineBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Listening line',
  description: 'We listen.',
  languages: ['fr'],
  services: ['harassment'],
  regions: ['FR'],
  hours: 'Mon–Fri 9:00–18:00',
  timeZone: 'Europe/Paris',
  responseHours: 24,
  takesUrgent: false,
  channels: [{ kind: 'signal', value: '+33 6 00 00 00 00', secure: true }],
  ...overrides,
});

/** A real 1×1 PNG: a picture the evidence vault takes as an image and analyses. */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const DRAFT_PATH = 'en/online-abuse/peer-support/beginner/s_peer-groups.md';
export const DRAFT_SOURCE = '---\nindex: 1\ntitle: Peer support\n---\nMeeting others helps.\n';

async function created(
  response: Promise<{ status: number; body: Record<string, unknown> }>,
  what: string,
): Promise<Record<string, unknown>> {
  const answer = await response;
  if (answer.status >= 300)
    throw new Error(`${what} not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Makes, through the API, a case with each kind of record, an invitation, a helpline and a draft. */
export async function makeOrgRecords(t: TestApp, org: TestOrg): Promise<OrgRecords> {
  const token = await login(t, org.admin);
  const as = (method: 'post' | 'put', path: string, body: object) =>
    t.http()[method](path).set(bearer(token)).send(body);
  const { id: caseId } = await makeCase(t, token);
  const incident = await created(
    as('post', `/cases/${caseId}/incidents`, {
      occurredAt: '2026-07-01T23:15',
      timeZone: 'America/New_York',
      location: { kind: 'URL', url: 'https://example.org/post/1' },
      description: 'A post with the home address',
      otherPartyIdentifiers: [{ kind: 'HANDLE', value: '@someone', platform: 'X' }],
    }),
    'incident',
  );
  const contact = await created(
    as('post', `/cases/${caseId}/contacts`, {
      kind: 'REPORT',
      recipientKind: 'PLATFORM',
      recipientName: 'X',
      method: 'WEB_FORM',
      contactedAt: '2026-07-02T10:00:00Z',
    }),
    'contact',
  );
  const note = await created(as('post', `/cases/${caseId}/notes`, { body: 'Called back' }), 'note');
  const consent = await created(
    as('post', `/cases/${caseId}/consents`, {
      scope: 'CONTACT_BY_EMAIL',
      givenAt: '2026-07-01T10:00:00Z',
    }),
    'consent',
  );
  const checklistItemId = 'cut-off-contact:block-accounts';
  await created(
    as('put', `/cases/${caseId}/checklist/${checklistItemId}`, { state: 'DONE' }),
    'tick',
  );
  const invite = await created(
    as('post', '/invites', { email: `invitee-${org.slug}@example.org`, role: 'CASEWORKER' }),
    'invitation',
  );
  const outboxMessageId = await newestOutboxId(t, org.id);
  const caughtMailId = await makeCaughtMail(t, org.id, outboxMessageId);
  const helpline = await created(as('post', '/content/helplines', helplineBody()), 'helpline');
  const escalationRule = await created(
    as('post', '/escalations/rules', {
      kind: 'HIGH_RISK_UNASSIGNED',
      enabled: true,
      afterMinutes: 30,
    }),
    'escalation rule',
  );
  await created(as('put', '/content/drafts', { path: DRAFT_PATH, source: DRAFT_SOURCE }), 'draft');
  const guideImport = await created(
    as('post', '/content/imports', {
      archiveBase64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
      fileName: 'empty.zip',
    }),
    'guide import',
  );
  const evidence = await created(
    t
      .http()
      .post(`/cases/${caseId}/evidence`)
      .set(bearer(token))
      .field('capturedAt', '2026-07-01T21:00:00Z')
      .attach('file', SMALL_PNG, { filename: 'screenshot.png', contentType: 'image/png' }),
    'evidence',
  );
  const platform = await created(
    as('post', '/platforms', {
      name: 'Example Social',
      kind: 'SOCIAL_NETWORK',
      reportChannel: 'EMAIL',
      reportAddress: 'abuse@social.example',
      noticeTypes: ['TOS_REPORT'],
    }),
    'platform',
  );
  const takedown = await created(
    as('post', `/cases/${caseId}/takedowns`, {
      platformId: platform.id,
      noticeType: 'TOS_REPORT',
      urls: ['https://example.org/post/1'],
      evidenceIds: [evidence.id],
      elements: { explanation: 'Threats' },
    }),
    'takedown request',
  );
  const templates = await t.http().get('/takedown-templates').set(bearer(token));
  return {
    org,
    token,
    caseId,
    platformId: platform.id as string,
    takedownId: takedown.id as string,
    templateId: (templates.body as { items: { id: string }[] }).items[0]!.id,
    incidentId: incident.id as string,
    contactId: contact.id as string,
    noteId: note.id as string,
    consentId: consent.id as string,
    checklistItemId,
    inviteId: invite.id as string,
    inviteToken: invite.token as string,
    helplineId: helpline.id as string,
    guideImportId: guideImport.id as string,
    draftPath: DRAFT_PATH,
    evidenceId: evidence.id as string,
    member: await makeMember(t, org, 'CASEWORKER'),
    escalationRuleId: escalationRule.id as string,
    outboxMessageId,
    caughtMailId,
  };
}
