import type { RouteDef } from '@cairn/contracts';
import { registeredRoutes } from '../src/core/http/route.decorator';
import { makeCase, caseBody } from './support/case-factory';
import { BOUNDARY, multipartBody } from './support/evidence-http';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { makeCaughtMail, newestOutboxId } from './support/mail-records';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let a: TestOrg;
let b: TestOrg;
let tokenA: string;
let tokenB: string;
const ofB: Record<string, string> = {};
const ofA: Record<string, string> = {};

const contact = {
  kind: 'REPORT',
  recipientKind: 'POLICE',
  recipientName: 'Commissariat',
  method: 'IN_PERSON',
  contactedAt: '2026-07-01T10:00:00Z',
};
const consent = { scope: 'SHARE_WITH_POLICE', givenAt: '2026-07-01T10:00:00Z' };

/**
 * For every route with an id in its path: the path parameters naming records of
 * organisation B, and a valid body, so that only the ids can make the answer 404.
 * A new route with a path id fails the completeness test below until it is listed here.
 */
const TARGETS: Record<
  string,
  { params: () => Record<string, string>; body?: unknown; multipart?: Buffer }
> = {
  'PATCH /staff/{id}': { params: () => ({ id: ofB.membership! }), body: { role: 'SUPERVISOR' } },
  'DELETE /staff/{id}': { params: () => ({ id: ofB.membership! }) },
  'DELETE /invites/{id}': { params: () => ({ id: ofB.invite! }) },
  'GET /escalations/rules/{id}': { params: () => ({ id: ofB.escalationRule! }) },
  'PUT /escalations/rules/{id}': {
    params: () => ({ id: ofB.escalationRule! }),
    body: { kind: 'HIGH_RISK_UNASSIGNED', enabled: false, afterMinutes: 45 },
  },
  'DELETE /escalations/rules/{id}': { params: () => ({ id: ofB.escalationRule! }) },
  'PUT /escalations/on-call/{id}': {
    params: () => ({ id: ofB.membership! }),
    body: { onCall: true },
  },
  'GET /cases/{id}': { params: () => ({ id: ofB.case! }) },
  'PATCH /cases/{id}': { params: () => ({ id: ofB.case! }), body: { title: 'taken over' } },
  'POST /cases/{id}/status': { params: () => ({ id: ofB.case! }), body: { status: 'TRIAGE' } },
  'PUT /cases/{id}/assignees': { params: () => ({ id: ofB.case! }), body: { userIds: [] } },
  'GET /cases/{id}/incidents': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/follow-up-code': { params: () => ({ id: ofB.case! }) },
  'GET /cases/{id}/survivor-messages': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/survivor-messages': {
    params: () => ({ id: ofB.case! }),
    body: { text: 'A message for someone else’s survivor' },
  },
  'GET /cases/{id}/intake': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/incidents': {
    params: () => ({ id: ofB.case! }),
    body: {
      occurredAt: '2026-07-01T10:00',
      timeZone: 'UTC',
      location: { kind: 'UNKNOWN' },
      description: 'x',
    },
  },
  'PATCH /cases/{id}/incidents/{incidentId}': {
    params: () => ({ id: ofB.case!, incidentId: ofB.incident! }),
    body: { description: 'taken over' },
  },
  'GET /cases/{id}/contacts': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/contacts': { params: () => ({ id: ofB.case! }), body: contact },
  'PATCH /cases/{id}/contacts/{contactId}': {
    params: () => ({ id: ofB.case!, contactId: ofB.contact! }),
    body: { outcome: 'x' },
  },
  'GET /cases/{id}/checklist': { params: () => ({ id: ofB.case! }) },
  'PUT /cases/{id}/checklist/{itemId}': {
    params: () => ({ id: ofB.case!, itemId: 'cut-off-contact:block-accounts' }),
    body: { state: 'DONE' },
  },
  'GET /cases/{id}/consents': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/consents': { params: () => ({ id: ofB.case! }), body: consent },
  'POST /cases/{id}/consents/{consentId}/withdraw': {
    params: () => ({ id: ofB.case!, consentId: ofB.consent! }),
  },
  'GET /cases/{id}/notes': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/notes': { params: () => ({ id: ofB.case! }), body: { body: 'x' } },
  'GET /cases/{id}/timeline': { params: () => ({ id: ofB.case! }) },
  'PATCH /content/helplines/{id}': {
    params: () => ({ id: ofB.helpline! }),
    body: { name: 'taken over' },
  },
  'DELETE /content/helplines/{id}': { params: () => ({ id: ofB.helpline! }) },
  'GET /content/imports/{id}': { params: () => ({ id: ofB.guideImport! }) },
  'POST /cases/{id}/evidence': {
    params: () => ({ id: ofB.case! }),
    multipart: multipartBody([{ name: 'file', filename: 'x.txt', data: Buffer.from('x') }]),
  },
  'POST /cases/{id}/evidence/links': {
    params: () => ({ id: ofB.case! }),
    body: { url: 'https://x.example/', seenAt: '2026-07-01T10:00:00Z' },
  },
  'GET /cases/{id}/evidence': { params: () => ({ id: ofB.case! }) },
  'GET /evidence/{id}': { params: () => ({ id: ofB.evidence! }) },
  'GET /evidence/{id}/content': { params: () => ({ id: ofB.evidence! }) },
  'POST /evidence/{id}/verify': { params: () => ({ id: ofB.evidence! }) },
  'GET /evidence/{id}/gps': { params: () => ({ id: ofB.evidence! }) },
  'GET /evidence/{id}/thumbnail': { params: () => ({ id: ofB.evidence! }) },
  'POST /evidence/{id}/recheck-authenticity': {
    params: () => ({ id: ofB.evidence! }),
    body: { live: false },
  },
  'POST /evidence/{id}/hide': { params: () => ({ id: ofB.evidence! }), body: { reason: 'x' } },
  'POST /evidence/{id}/show': { params: () => ({ id: ofB.evidence! }), body: { reason: 'x' } },
  'POST /evidence/{id}/hold': { params: () => ({ id: ofB.evidence! }), body: { reason: 'x' } },
  'POST /evidence/{id}/release': { params: () => ({ id: ofB.evidence! }), body: { reason: 'x' } },
  'POST /cases/{id}/evidence-exports': {
    params: () => ({ id: ofB.case! }),
    body: { recipient: 'POLICE' },
  },
  // A's own case with B's request: the request's id alone must 404.
  'GET /cases/{id}/takedowns': { params: () => ({ id: ofB.case! }) },
  'POST /cases/{id}/takedowns': {
    params: () => ({ id: ofB.case! }),
    body: { platformId: '00000000-0000-4000-8000-000000000000', noticeType: 'TOS_REPORT' },
  },
  'POST /cases/{id}/letters': {
    params: () => ({ id: ofB.case! }),
    body: {
      noticeType: 'WARNING',
      recipientAddress: 'them@other-party.example',
      elements: { explanation: 'Stop.' },
    },
  },
  'GET /cases/{id}/takedowns/{takedownId}': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
  },
  'PATCH /cases/{id}/takedowns/{takedownId}': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
    body: { urls: ['https://example.org/a'] },
  },
  'POST /cases/{id}/takedowns/{takedownId}/preview': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
  },
  'POST /cases/{id}/takedowns/{takedownId}/submit': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
  },
  'POST /cases/{id}/takedowns/{takedownId}/approve': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
  },
  'POST /cases/{id}/takedowns/{takedownId}/form-submitted': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
  },
  'PATCH /cases/{id}/takedowns/{takedownId}/outcome': {
    params: () => ({ id: ofA.case!, takedownId: ofB.takedown! }),
    body: { platformReference: 'X-1' },
  },
  'GET /platforms/{id}': { params: () => ({ id: ofB.platform! }) },
  'PATCH /platforms/{id}': { params: () => ({ id: ofB.platform! }), body: { name: 'Taken' } },
  'GET /takedown-templates/{id}': { params: () => ({ id: ofB.template! }) },
  'PUT /takedown-templates/{id}': {
    params: () => ({ id: ofB.template! }),
    body: { subject: 'S', body: '{{explanation}} {{#urls}}{{url}}{{/urls}}' },
  },
  'POST /takedown-templates/{id}/preview': {
    params: () => ({ id: ofB.template! }),
    body: { subject: 'S', body: '{{explanation}} {{#urls}}{{url}}{{/urls}}' },
  },
  'GET /cases/{id}/evidence-exports/{exportId}': {
    params: () => ({ id: ofB.case!, exportId: ofB.export! }),
  },
  'GET /cases/{id}/evidence-exports/{exportId}/content': {
    params: () => ({ id: ofB.case!, exportId: ofB.export! }),
  },
  'GET /mail/outbox/{id}': { params: () => ({ id: ofB.outbox! }) },
  'POST /mail/outbox/{id}/resend': { params: () => ({ id: ofB.outbox! }) },
  'GET /mail/catcher/{id}': { params: () => ({ id: ofB.caught! }) },
};

const helpline = {
  name: 'Beta secret helpline',
  languages: ['en'],
  services: ['harassment'],
  regions: ['GB'],
  timeZone: 'Europe/London',
  channels: [{ kind: 'email', value: 'help@beta.example.org' }],
};
const betaDraftPath = 'en/online-abuse/beta-only/beginner/s_beta-secret.md';

const key = (def: RouteDef) => `${def.method} ${def.path}`;
const fill = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);

beforeAll(async () => {
  t = await startTestApp();
  a = await makeOrg(t, 'Alpha');
  b = await makeOrg(t, 'Beta');
  tokenA = await login(t, a.admin);
  tokenB = await login(t, b.admin);
  ofB.membership = (await makeMember(t, b, 'CASEWORKER')).membershipId;
  ofB.escalationRule = (
    await t
      .http()
      .post('/escalations/rules')
      .set(bearer(tokenB))
      .send({ kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 30 })
  ).body.id;
  const invite = await t
    .http()
    .post('/invites')
    .set(bearer(tokenB))
    .send({ email: `x-${b.slug}@example.org`, role: 'CASEWORKER' });
  ofB.invite = invite.body.id;
  ofB.outbox = await newestOutboxId(t, b.id);
  // Failed, so that only its organisation decides whether it may be sent again.
  await t.owner.outboxMessage.update({
    where: { id: ofB.outbox },
    data: { status: 'FAILED', failedAt: new Date() },
  });
  ofB.caught = await makeCaughtMail(t, b.id, ofB.outbox);
  ofB.case = (await makeCase(t, tokenB, { title: 'Beta secret case' })).id;
  ofB.incident = (
    await t
      .http()
      .post(`/cases/${ofB.case}/incidents`)
      .set(bearer(tokenB))
      .send({
        occurredAt: '2026-07-01T10:00',
        timeZone: 'UTC',
        location: { kind: 'UNKNOWN' },
        description: 'Beta incident',
      })
  ).body.id;
  ofB.contact = (
    await t.http().post(`/cases/${ofB.case}/contacts`).set(bearer(tokenB)).send(contact)
  ).body.id;
  ofB.consent = (
    await t.http().post(`/cases/${ofB.case}/consents`).set(bearer(tokenB)).send(consent)
  ).body.id;
  ofB.evidence = (
    await t
      .http()
      .post(`/cases/${ofB.case}/evidence/links`)
      .set(bearer(tokenB))
      .send({ url: 'https://beta.example/post', seenAt: '2026-07-01T10:00:00Z' })
  ).body.id;
  await t
    .http()
    .post(`/cases/${ofB.case}/evidence-exports`)
    .set(bearer(tokenB))
    .send({ recipient: 'POLICE' })
    .expect(200);
  ofB.export = (
    await t.owner.evidenceExport.findFirstOrThrow({ where: { organizationId: b.id } })
  ).id;
  ofA.case = (await makeCase(t, tokenA)).id;
  const platformBody = {
    name: 'Example Social',
    kind: 'SOCIAL_NETWORK',
    reportChannel: 'EMAIL',
    reportAddress: 'abuse@social.example',
    noticeTypes: [],
  };
  ofB.platform = (await t.http().post('/platforms').set(bearer(tokenB)).send(platformBody)).body.id;
  ofB.takedown = (
    await t
      .http()
      .post(`/cases/${ofB.case}/takedowns`)
      .set(bearer(tokenB))
      .send({
        platformId: ofB.platform,
        noticeType: 'TOS_REPORT',
        urls: ['https://social.example/p/1'],
        elements: { explanation: 'Threats' },
      })
  ).body.id;
  ofB.template = (await t.http().get('/takedown-templates').set(bearer(tokenB))).body.items[0].id;
  ofB.helpline = (
    await t.http().post('/content/helplines').set(bearer(tokenB)).send(helpline)
  ).body.id;
  ofB.guideImport = (
    await t
      .http()
      .post('/content/imports')
      .set(bearer(tokenB))
      .send({ archiveBase64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', fileName: 'beta.zip' })
      .expect(202)
  ).body.id;
  await t.http().put('/content/drafts').set(bearer(tokenB)).send({
    path: betaDraftPath,
    source: '---\nindex: 1\ntitle: Beta secret lesson\n---\nText.\n',
  });
});
afterAll(() => t.close());

// Public routes take public names (an organisation's slug), not records of a tenant.
const withIds = () =>
  registeredRoutes().filter((def) => def.path.includes('{') && def.auth !== 'public');

it('lists a target for every route that takes an id', () => {
  expect(withIds().map(key).sort()).toEqual(Object.keys(TARGETS).sort());
});

async function snapshotOfB() {
  return {
    audit:
      (await t.owner.auditEvent.count({ where: { organizationId: b.id } })) +
      (await t.owner.auditInboxEvent.count({ where: { organizationId: b.id } })),
    events: await t.owner.caseEvent.count({ where: { organizationId: b.id } }),
    caseRow: await t.owner.case.findUnique({
      where: { id: ofB.case! },
      select: { title: true, status: true, updatedAt: true },
    }),
    membership: await t.owner.membership.findUnique({
      where: { id: ofB.membership! },
      select: { role: true, onCall: true },
    }),
    escalationRules: await t.owner.escalationRule.findMany({ where: { organizationId: b.id } }),
    invite: await t.owner.invite.findUnique({
      where: { id: ofB.invite! },
      select: { revokedAt: true },
    }),
    evidence: await t.owner.evidenceItem.findMany({ where: { organizationId: b.id } }),
    takedowns: await t.owner.takedownRequest.findMany({
      where: { organizationId: b.id },
      include: { urls: true },
    }),
    platforms: await t.owner.platform.findMany({ where: { organizationId: b.id } }),
    templates: await t.owner.takedownTemplate.findMany({ where: { organizationId: b.id } }),
    outbox: await t.owner.outboxMessage.findMany({
      where: { organizationId: b.id },
      select: { id: true, status: true, resentAt: true },
    }),
    helpline: await t.owner.helpline.findUnique({
      where: { id: ofB.helpline! },
      select: { name: true, updatedAt: true },
    }),
  };
}

describe("another organisation's ids", () => {
  it.each(Object.keys(TARGETS))('%s answers 404 and changes nothing', async (name) => {
    const [method, path] = name.split(' ') as [string, string];
    const target = TARGETS[name]!;
    const before = await snapshotOfB();
    let call = t
      .http()
      [method.toLowerCase() as 'get' | 'patch' | 'delete' | 'post' | 'put'](
        fill(path, target.params()),
      )
      .set(bearer(tokenA));
    if (target.body) call = call.send(target.body as object);
    if (target.multipart) {
      call = call
        .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
        .send(target.multipart);
    }
    const response = await call;
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await snapshotOfB()).toEqual(before);
  });

  it("answers 404 for another organisation's record under one's own case", async () => {
    const patch = await t
      .http()
      .patch(`/cases/${ofA.case}/contacts/${ofB.contact}`)
      .set(bearer(tokenA))
      .send({ outcome: 'x' });
    const withdraw = await t
      .http()
      .post(`/cases/${ofA.case}/consents/${ofB.consent}/withdraw`)
      .set(bearer(tokenA));
    const bundle = await t
      .http()
      .get(`/cases/${ofA.case}/evidence-exports/${ofB.export}`)
      .set(bearer(tokenA));
    const otherItems = await t
      .http()
      .post(`/cases/${ofA.case}/evidence-exports`)
      .set(bearer(tokenA))
      .send({ recipient: 'SURVIVOR', itemIds: [ofB.evidence] });
    expect([patch.status, withdraw.status, bundle.status, otherItems.status]).toEqual([
      404, 404, 404, 404,
    ]);
  });
});

describe('lists', () => {
  it("never show another organisation's staff, invitations, cases or audit events", async () => {
    const responses = await Promise.all(
      [
        '/staff',
        '/invites',
        '/audit?limit=500',
        '/cases?limit=100',
        '/cases?q=secret',
        '/cases/assignable-staff',
        '/content/documents',
        '/content/helplines',
        `/public/guides/${a.slug}`,
      ]
        .map((path) => t.http().get(path).set(bearer(tokenA)))
        .concat(t.http().post('/exports/cases.csv').set(bearer(tokenA))),
    );
    const text = responses.map((response) => response.text).join('\n');
    for (const secret of [
      b.id,
      b.admin.email,
      ofB.membership!,
      ofB.invite!,
      ofB.case!,
      'Beta secret case',
      ofB.helpline!,
      'Beta secret helpline',
      betaDraftPath,
      'Beta secret lesson',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(responses[0]!.body.items).toHaveLength(1);
  });

  it("does not show another organisation's draft, even at its exact path", async () => {
    const read = await t
      .http()
      .get('/content/document')
      .query({ path: betaDraftPath })
      .set(bearer(tokenA));
    expect(read.status).toBe(404);
    const publish = await t
      .http()
      .post('/content/publish')
      .set(bearer(tokenA))
      .send({ path: betaDraftPath });
    expect(publish.status).toBe(409);
    const discard = await t
      .http()
      .delete('/content/drafts')
      .query({ path: betaDraftPath })
      .set(bearer(tokenA));
    expect(discard.status).toBe(404);
    const kept = await t.owner.guideDocument.findFirst({
      where: { organizationId: b.id, path: betaDraftPath },
    });
    expect(kept?.draftSource).toContain('Beta secret lesson');
  });

  it('creating a case with the same body in two organisations gives each its own numbering', async () => {
    const first = await t.http().post('/cases').set(bearer(tokenA)).send(caseBody());
    const second = await t.http().post('/cases').set(bearer(tokenB)).send(caseBody());
    expect(first.body.reference.split('-').pop()).toBe('0002');
    expect(second.body.reference.split('-').pop()).toBe('0002');
  });
});
