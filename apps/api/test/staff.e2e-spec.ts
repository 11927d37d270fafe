import { bearer, login, makeMember, makeOrg, PASSWORD } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('invitations', () => {
  it('lets an invited person join once with the link, then sign in', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const email = `joiner-${org.slug}@example.org`;
    const invite = await t
      .http()
      .post('/invites')
      .set(bearer(admin))
      .send({ email: email.toUpperCase(), role: 'SUPERVISOR' });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email, role: 'SUPERVISOR', status: 'PENDING' });
    expect(invite.body.acceptPath).toBe(`/invite/${invite.body.token}`);

    const listed = await t.http().get('/invites').set(bearer(admin));
    expect(JSON.stringify(listed.body)).not.toContain(invite.body.token);

    const accept = {
      token: invite.body.token,
      displayName: 'Sam Joiner',
      password: 'a brand new passphrase',
    };
    const joined = await t.http().post('/auth/invites/accept').send(accept);
    expect(joined.status).toBe(200);
    expect(joined.body.me).toMatchObject({ role: 'SUPERVISOR', organization: { id: org.id } });
    expect((await t.http().get('/staff').set(bearer(joined.body.token))).status).toBe(200);

    const again = await t.http().post('/auth/invites/accept').send(accept);
    expect(again.status).toBe(410);
    const signIn = await t
      .http()
      .post('/auth/login')
      .send({ email, password: 'a brand new passphrase' });
    expect(signIn.status).toBe(200);
  });

  it('cannot be used to take over an existing account', async () => {
    const other = await makeOrg(t, 'Other');
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const invite = await t
      .http()
      .post('/invites')
      .set(bearer(admin))
      .send({ email: other.admin.email, role: 'CASEWORKER' });
    const takeover = await t.http().post('/auth/invites/accept').send({
      token: invite.body.token,
      displayName: 'Mallory',
      password: 'attacker chosen password',
    });
    expect(takeover.status).toBe(401);
    expect(
      (
        await t
          .http()
          .post('/auth/login')
          .send({ email: other.admin.email, password: PASSWORD, organization: other.slug })
      ).status,
    ).toBe(200);

    const honest = await t
      .http()
      .post('/auth/invites/accept')
      .send({ token: invite.body.token, displayName: 'x', password: PASSWORD });
    expect(honest.status).toBe(200);
    expect(honest.body.me.memberships).toHaveLength(2);
  });

  it('refuses a revoked or expired invitation', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const revoked = await t
      .http()
      .post('/invites')
      .set(bearer(admin))
      .send({ email: `r-${org.slug}@example.org`, role: 'CASEWORKER' });
    expect((await t.http().delete(`/invites/${revoked.body.id}`).set(bearer(admin))).status).toBe(
      204,
    );
    const expired = await t
      .http()
      .post('/invites')
      .set(bearer(admin))
      .send({ email: `e-${org.slug}@example.org`, role: 'CASEWORKER' });
    await t.owner.invite.update({
      where: { id: expired.body.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (const invite of [revoked, expired]) {
      const response = await t.http().post('/auth/invites/accept').send({
        token: invite.body.token,
        displayName: 'Late',
        password: 'a brand new passphrase',
      });
      expect(response.status).toBe(410);
      expect(response.body.code).toBe('invite-unusable');
    }
  });

  it('refuses to invite someone who is already a member', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const response = await t
      .http()
      .post('/invites')
      .set(bearer(admin))
      .send({ email: org.admin.email, role: 'CASEWORKER' });
    expect(response.status).toBe(409);
  });
});

describe('staff', () => {
  it('keeps at least one admin', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const demote = await t
      .http()
      .patch(`/staff/${org.admin.membershipId}`)
      .set(bearer(admin))
      .send({ role: 'CASEWORKER' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('last-admin');
    expect(
      (await t.http().delete(`/staff/${org.admin.membershipId}`).set(bearer(admin))).status,
    ).toBe(409);
  });

  it('ends the sessions of a removed member at once', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const member = await makeMember(t, org, 'CASEWORKER');
    const token = await login(t, member);
    expect((await t.http().get('/me').set(bearer(token))).status).toBe(200);
    expect((await t.http().delete(`/staff/${member.membershipId}`).set(bearer(admin))).status).toBe(
      204,
    );
    expect((await t.http().get('/me').set(bearer(token))).status).toBe(401);
    const staff = await t.http().get('/staff').set(bearer(admin));
    expect(staff.body.items.map((m: { userId: string }) => m.userId)).not.toContain(member.userId);
  });

  it('keeps an admin when two admins demote, or remove, each other at the same moment', async () => {
    const org = await makeOrg(t);
    let first = org.admin;
    for (let round = 1; round <= 6; round += 1) {
      const second = await makeMember(t, org, 'ADMIN');
      const [firstToken, secondToken] = await Promise.all([login(t, first), login(t, second)]);
      const remove = round % 2 === 0;
      const act = (token: string, membershipId: string) =>
        remove
          ? t.http().delete(`/staff/${membershipId}`).set(bearer(token))
          : t
              .http()
              .patch(`/staff/${membershipId}`)
              .set(bearer(token))
              .send({ role: 'CASEWORKER' });
      const answers = await Promise.all([
        act(firstToken, second.membershipId),
        act(secondToken, first.membershipId),
      ]);
      const admins = await t.owner.membership.findMany({
        where: { organizationId: org.id, role: 'ADMIN' },
      });
      expect({ round, admins: admins.length }).toEqual({ round, admins: 1 });
      // One wins; the other finds itself the last admin's opponent (409), or already demoted
      // or removed by the time it is authenticated (403, 401).
      const statuses = answers.map((answer) => answer.status);
      expect(statuses).toContain(remove ? 204 : 200);
      // Whoever kept the role is the first admin of the next round; the other steps aside.
      first = admins[0]!.id === first.membershipId ? first : second;
      await t.owner.membership.deleteMany({
        where: { organizationId: org.id, role: { not: 'ADMIN' } },
      });
    }
  });
});
