import { bearer, login, makeMember, makeOrg, TestMember, TestOrg } from './support/factories';
import { makeCase } from './support/case-factory';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let worker: TestMember;
let admin: string;
let workerToken: string;
let supervisorToken: string;
let otherAdmin: string;

/** The organisation is set far east of UTC, so its day is often not the server's. */
const ZONE = 'Pacific/Kiritimati';
const dayIn = (zone: string, offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

const queue = (token: string) => t.http().get('/me/queue').set(bearer(token));

/**
 * A contact whose follow-up falls on `day`. A new contact cannot be given a day already past,
 * so an overdue one is recorded for tomorrow and then moved back, as time would have moved it.
 */
async function followUp(token: string, caseId: string, recipientName: string, day: string) {
  const tomorrow = dayIn(ZONE, 1);
  const response = await t
    .http()
    .post(`/cases/${caseId}/contacts`)
    .set(bearer(token))
    .send({
      kind: 'REPORT',
      recipientKind: 'PLATFORM',
      recipientName,
      method: 'WEB_FORM',
      contactedAt: '2026-07-02T10:00:00Z',
      nextFollowUp: day < tomorrow ? tomorrow : day,
    });
  expect(response.status).toBe(201);
  if (day < tomorrow) {
    await t.owner.caseContact.update({
      where: { id: response.body.id as string },
      data: { nextFollowUp: new Date(`${day}T00:00:00Z`) },
    });
  }
}

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  other = await makeOrg(t, 'Other');
  await t.owner.organization.update({ where: { id: org.id }, data: { timeZone: ZONE } });
  worker = await makeMember(t, org, 'CASEWORKER');
  const supervisor = await makeMember(t, org, 'SUPERVISOR');
  admin = await login(t, org.admin);
  workerToken = await login(t, worker);
  supervisorToken = await login(t, supervisor);
  otherAdmin = await login(t, other.admin);
});
afterAll(() => t.close());

describe("a caseworker's queue", () => {
  it('lists my open cases, the most at risk first, and not closed or colleagues’ cases', async () => {
    const mine = { assigneeIds: [worker.userId] };
    const low = await makeCase(t, admin, { ...mine, riskLevel: 'LOW', title: 'Low one' });
    const critical = await makeCase(t, admin, { ...mine, riskLevel: 'CRITICAL' });
    const high = await makeCase(t, admin, { ...mine, riskLevel: 'HIGH' });
    const closed = await makeCase(t, admin, { ...mine, riskLevel: 'CRITICAL' });
    expect(
      (
        await t
          .http()
          .post(`/cases/${closed.id}/status`)
          .set(bearer(admin))
          .send({ status: 'CLOSED', closingReason: 'RESOLVED' })
      ).status,
    ).toBeLessThan(300);
    const colleagues = await makeCase(t, admin, { riskLevel: 'CRITICAL' });

    const response = await queue(workerToken);
    expect(response.status).toBe(200);
    const ids = response.body.mine.items.map((item: { id: string }) => item.id);
    expect(ids).toEqual([critical.id, high.id, low.id]);
    expect(response.body.mine.total).toBe(3);
    expect(ids).not.toContain(colleagues.id);
  });

  it('shows unassigned cases to supervisors and admins only', async () => {
    const nobodys = await makeCase(t, admin, { riskLevel: 'HIGH', title: 'Nobody has it' });
    const forWorker = await queue(workerToken);
    expect(forWorker.body.unassigned).toBeNull();

    const forSupervisor = await queue(supervisorToken);
    const ids = forSupervisor.body.unassigned.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(nobodys.id);
    expect(forSupervisor.body.unassigned.total).toBe(ids.length);
  });

  it("lists follow-ups due today or earlier in the organisation's time zone, not later ones", async () => {
    const mine = await makeCase(t, admin, { assigneeIds: [worker.userId] });
    const today = dayIn(ZONE);
    await followUp(workerToken, mine.id, 'Due today', today);
    await followUp(workerToken, mine.id, 'Overdue', '2026-01-05');
    await followUp(workerToken, mine.id, 'Tomorrow', dayIn(ZONE, 1));

    const response = await queue(workerToken);
    expect(response.body.today).toBe(today);
    expect(response.body.followUps.items).toEqual([
      expect.objectContaining({
        recipientName: 'Overdue',
        caseId: mine.id,
        caseReference: mine.reference,
        nextFollowUp: '2026-01-05',
        overdue: true,
      }),
      expect.objectContaining({ recipientName: 'Due today', nextFollowUp: today, overdue: false }),
    ]);
    expect(response.body.followUps.total).toBe(2);
  });

  it("never lists another organisation's cases or follow-ups", async () => {
    const theirs = await makeCase(t, otherAdmin, {
      assigneeIds: [other.admin.userId],
      riskLevel: 'CRITICAL',
    });
    await followUp(otherAdmin, theirs.id, 'Their platform', '2026-01-01');
    await makeCase(t, otherAdmin, { riskLevel: 'CRITICAL', title: 'Their unassigned' });

    const ours = await queue(admin);
    const seen = JSON.stringify(ours.body);
    expect(seen).not.toContain(theirs.id);
    expect(seen).not.toContain('Their platform');
    expect(seen).not.toContain('Their unassigned');

    const theirQueue = await queue(otherAdmin);
    expect(theirQueue.body.mine.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
    expect(theirQueue.body.followUps.total).toBe(1);
    expect(theirQueue.body.unassigned.total).toBe(1);
  });
});
