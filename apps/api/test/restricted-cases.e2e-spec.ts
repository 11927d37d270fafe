import { caseBody, makeCase } from './support/case-factory';
import { bearer, login, makeMember, makeOrg, TestMember, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: string;
let assignee: TestMember;
let assigneeToken: string;
let colleague: TestMember;
let colleagueToken: string;
let supervisor: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  admin = await login(t, org.admin);
  assignee = await makeMember(t, org, 'CASEWORKER');
  assigneeToken = await login(t, assignee);
  colleague = await makeMember(t, org, 'CASEWORKER');
  colleagueToken = await login(t, colleague);
  supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
});
afterAll(() => t.close());

const restrictedCase = () =>
  makeCase(t, admin, { restricted: true, assigneeIds: [assignee.userId] });

const seenBy = async (token: string, id: string) =>
  (await t.http().get(`/cases/${id}`).set(bearer(token))).status;

describe('who may widen a restricted case', () => {
  it('refuses an assigned caseworker who clears the restriction, and the case stays hidden', async () => {
    const { id } = await restrictedCase();
    const cleared = await t
      .http()
      .patch(`/cases/${id}`)
      .set(bearer(assigneeToken))
      .send({ restricted: false });
    expect(cleared.status).toBe(403);
    expect(cleared.body).toMatchObject({
      code: 'forbidden',
      detail: 'Only a supervisor or an admin can lift the restriction on a case',
    });
    expect(await seenBy(colleagueToken, id)).toBe(404);
  });

  it('refuses an assigned caseworker who adds a colleague, and the colleague still cannot see it', async () => {
    const { id } = await restrictedCase();
    const added = await t
      .http()
      .put(`/cases/${id}/assignees`)
      .set(bearer(assigneeToken))
      .send({ userIds: [assignee.userId, colleague.userId] });
    expect(added.status).toBe(403);
    expect(added.body).toMatchObject({
      code: 'forbidden',
      detail: 'Only a supervisor or an admin can assign colleagues to a restricted case',
    });
    expect(await seenBy(colleagueToken, id)).toBe(404);
  });

  it('refuses a caseworker who opens a restricted case assigned to a colleague', async () => {
    const opened = await t
      .http()
      .post('/cases')
      .set(bearer(assigneeToken))
      .send(caseBody({ restricted: true, assigneeIds: [assignee.userId, colleague.userId] }));
    expect(opened.status).toBe(403);
  });

  it('lets a supervisor add a colleague and clear the restriction', async () => {
    const { id } = await restrictedCase();
    const added = await t
      .http()
      .put(`/cases/${id}/assignees`)
      .set(bearer(supervisor))
      .send({ userIds: [assignee.userId, colleague.userId] });
    expect(added.status).toBe(200);
    expect(await seenBy(colleagueToken, id)).toBe(200);

    const cleared = await t
      .http()
      .patch(`/cases/${id}`)
      .set(bearer(supervisor))
      .send({ restricted: false });
    expect(cleared.status).toBe(200);
    expect(cleared.body.restricted).toBe(false);
  });

  it('lets a caseworker tighten: restrict a case, open a restricted one for themselves, and leave one', async () => {
    const open = await makeCase(t, admin, { assigneeIds: [assignee.userId, colleague.userId] });
    const restricted = await t
      .http()
      .patch(`/cases/${open.id}`)
      .set(bearer(assigneeToken))
      .send({ restricted: true });
    expect(restricted.status).toBe(200);
    expect(restricted.body.restricted).toBe(true);

    const own = await makeCase(t, assigneeToken, {
      restricted: true,
      assigneeIds: [assignee.userId],
    });
    expect(await seenBy(assigneeToken, own.id)).toBe(200);

    const left = await t
      .http()
      .put(`/cases/${open.id}/assignees`)
      .set(bearer(assigneeToken))
      .send({ userIds: [colleague.userId] });
    expect(left.status).toBe(200);
  });
});
