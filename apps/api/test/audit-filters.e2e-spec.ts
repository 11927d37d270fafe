import { chainOrganizationInbox } from '../src/audit/audit-chain';
import { makeCase } from './support/case-factory';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: string;
let worker: string;
let workerId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  const member = await makeMember(t, org, 'CASEWORKER');
  workerId = member.userId;
  admin = await login(t, org.admin);
  worker = await login(t, member);
});
afterAll(() => t.close());

interface Event {
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  caseReference: string | null;
  at: string;
}

async function audit(query: Record<string, string>) {
  const response = await t.http().get('/audit').query(query).set(bearer(admin));
  expect(response.status).toBe(200);
  return response.body as { pending: Event[]; items: Event[]; nextBefore: number | null };
}

describe('filtering the audit log', () => {
  it('narrows chained and pending events to one member, one case and one period', async () => {
    const first = await makeCase(t, worker);
    const second = await makeCase(t, admin);
    await t.http().get(`/cases/${first.id}`).set(bearer(worker));
    await chainOrganizationInbox(t.owner, org.id);
    // This read stays in the inbox: the filters apply to events being recorded as well.
    await t.http().get(`/cases/${second.id}`).set(bearer(worker));

    const byWorker = await audit({ actor: workerId });
    const all = [...byWorker.pending, ...byWorker.items];
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.every((event) => event.actorUserId === workerId)).toBe(true);
    expect(byWorker.pending.map((event) => event.targetId)).toContain(second.id);

    const aboutFirst = await audit({ caseId: first.id });
    const aboutIt = [...aboutFirst.pending, ...aboutFirst.items];
    expect(aboutIt.map((event) => event.action)).toEqual(
      expect.arrayContaining(['case.created', 'case.viewed']),
    );
    expect(aboutIt.every((event) => event.targetId === first.id)).toBe(true);
    // Each event names its case by the reference people use.
    expect(aboutIt.every((event) => event.caseReference === first.reference)).toBe(true);

    const future = await audit({ from: new Date(Date.now() + 3_600_000).toISOString() });
    expect([...future.pending, ...future.items]).toEqual([]);
    const past = await audit({ to: '2020-01-01T00:00:00Z' });
    expect([...past.pending, ...past.items]).toEqual([]);
  });

  it('refuses a case filter that is not an id, naming the field', async () => {
    const response = await t.http().get('/audit').query({ caseId: 'ABC-2026' }).set(bearer(admin));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('caseId');
  });
});
