import { randomInt } from 'node:crypto';
import { bearer, login, makeOrg, PASSWORD, TestOrg } from './support/factories';
import { chainedAuditEvents } from './support/audit';
import { startTestApp, TestApp } from './support/test-app';

/** An address from TEST-NET-3 no other test in the run uses, so rate-limit counts start at 0. */
const freshAddress = () => `203.0.113.${randomInt(1, 255)}`;
const usedAddresses = new Set<string>();
function clientAddress(): string {
  let address = freshAddress();
  while (usedAddresses.has(address)) address = freshAddress();
  usedAddresses.add(address);
  return address;
}

/** Rate limits count per minute: start a burst early enough in one to finish inside it. */
async function awayFromMinuteEdge(): Promise<void> {
  const second = new Date().getSeconds();
  if (second >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

function auditRows(t: TestApp, orgId: string, action: string) {
  return chainedAuditEvents(t, orgId, { action });
}

async function inviteToOrg(t: TestApp, inviter: TestOrg, email: string): Promise<string> {
  const token = await login(t, inviter.admin);
  const invite = await t
    .http()
    .post('/invites')
    .set(bearer(token))
    .send({ email, role: 'CASEWORKER' });
  expect(invite.status).toBe(201);
  return invite.body.token as string;
}

describe('an invitation to an existing account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '5', INVITE_MAX_FAILURES: '3' });
  });
  afterAll(() => t.close());

  const guess = (token: string, password: string) =>
    t.http().post('/auth/invites/accept').send({ token, displayName: 'Mallory', password });

  it("counts wrong passwords against the account's lock, audits them, and burns the invitation after 3", async () => {
    const attacker = await makeOrg(t, 'Attacker');
    const victim = await makeOrg(t, 'Victim');
    const token = await inviteToOrg(t, attacker, victim.admin.email);

    const answers = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      answers.push(await guess(token, `guess number ${attempt} of many`));
    }
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 410]);
    expect(answers[2]!.body.code).toBe('invite-unusable');
    // Burned: even the right password no longer joins.
    expect((await guess(token, PASSWORD)).status).toBe(410);

    const account = await t.owner.user.findUniqueOrThrow({ where: { id: victim.admin.userId } });
    expect(account.failedLogins).toBe(3);
    const failed = await auditRows(t, victim.id, 'auth.login-failed');
    expect(failed.map((row) => row.data)).toEqual([
      { failures: 1, via: 'invite' },
      { failures: 2, via: 'invite' },
      { failures: 3, via: 'invite' },
    ]);
    expect(await auditRows(t, attacker.id, 'staff.invite-password-failed')).toHaveLength(3);
    expect(await auditRows(t, attacker.id, 'staff.invite-burned')).toHaveLength(1);

    // Two more wrong passwords at the sign-in form reach LOGIN_MAX_FAILURES (5): locked.
    const signIn = () =>
      t.http().post('/auth/login').send({ email: victim.admin.email, password: 'still wrong' });
    expect((await signIn()).status).toBe(401);
    expect((await signIn()).status).toBe(423);
  });

  it('refuses the right password while the account is locked, and audits the refusal', async () => {
    const inviter = await makeOrg(t, 'Inviter');
    const victim = await makeOrg(t, 'Locked');
    const token = await inviteToOrg(t, inviter, victim.admin.email);
    await t.owner.user.update({
      where: { id: victim.admin.userId },
      data: { lockedUntil: new Date(Date.now() + 600_000) },
    });

    const answer = await guess(token, PASSWORD);
    expect(answer.status).toBe(423);
    expect(answer.body.code).toBe('account-locked');
    expect(await auditRows(t, victim.id, 'auth.login-refused-locked')).toHaveLength(1);
    const memberships = await t.owner.membership.count({ where: { organizationId: inviter.id } });
    expect(memberships).toBe(1);
  });

  it('is throttled by the per-email limit that sign-in uses', async () => {
    const throttled = await startTestApp({
      LOGIN_RATE_PER_EMAIL: '2',
      LOGIN_MAX_FAILURES: '100',
      INVITE_MAX_FAILURES: '100',
    });
    try {
      const inviter = await makeOrg(throttled, 'Inviter');
      const victim = await makeOrg(throttled, 'Victim');
      const token = await inviteToOrg(throttled, inviter, victim.admin.email);
      await awayFromMinuteEdge();
      const statuses = [];
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const answer = await throttled
          .http()
          .post('/auth/invites/accept')
          .send({ token, displayName: 'Mallory', password: `wrong password ${attempt}` });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([401, 401, 429]);
    } finally {
      await throttled.close();
    }
  });
});

describe('wrong passwords arriving together', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '20', LOGIN_RATE_PER_EMAIL: '1000' });
  });
  afterAll(() => t.close());

  it('count one each: 20 at once lock the account, and the stored counter says 20', async () => {
    const org = await makeOrg(t);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        t
          .http()
          .post('/auth/login')
          .send({ email: org.admin.email, password: `parallel guess ${index}` }),
      ),
    );
    expect(answers.every((answer) => [401, 423].includes(answer.status))).toBe(true);

    const account = await t.owner.user.findUniqueOrThrow({ where: { id: org.admin.userId } });
    expect(account.failedLogins).toBe(20);
    expect(account.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await auditRows(t, org.id, 'auth.account-locked')).toHaveLength(1);
    const right = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email, password: PASSWORD });
    expect(right.status).toBe(423);
  });
});

describe('the client address behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The tests connect from loopback, which TRUST_PROXY trusts by default.
    t = await startTestApp({ LOGIN_RATE_PER_IP: '3' });
  });
  afterAll(() => t.close());

  const attempt = (app: TestApp, forwardedFor: string, email: string, password: string) =>
    app.http().post('/auth/login').set('x-forwarded-for', forwardedFor).send({ email, password });

  it('limits each forwarded address on its own: a flood from one does not lock out another', async () => {
    const org = await makeOrg(t);
    const flooder = clientAddress();
    await awayFromMinuteEdge();
    const flood = [];
    for (let index = 0; index < 4; index += 1) {
      flood.push((await attempt(t, flooder, `nobody-${index}@example.org`, 'x')).status);
    }
    expect(flood).toEqual([401, 401, 401, 429]);
    const staff = await attempt(t, clientAddress(), org.admin.email, PASSWORD);
    expect(staff.status).toBe(200);
  });

  it('records the forwarded address in the audit log and on the session', async () => {
    const org = await makeOrg(t);
    const browser = clientAddress();
    // A proxy chain: the first entry is whatever the client claimed, the last the web server saw.
    const response = await attempt(t, `10.1.2.3, ${browser}`, org.admin.email, PASSWORD);
    expect(response.status).toBe(200);
    const [event] = await auditRows(t, org.id, 'auth.login');
    expect(event!.ip).toBe(browser);
    const [session] = await t.owner.session.findMany({ where: { organizationId: org.id } });
    expect(session!.ip).toBe(browser);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const untrusting = await startTestApp({ LOGIN_RATE_PER_IP: '3', TRUST_PROXY: '192.0.2.1' });
    try {
      const org = await makeOrg(untrusting);
      await awayFromMinuteEdge();
      for (let index = 0; index < 4; index += 1) {
        await attempt(untrusting, clientAddress(), `nobody-${index}@example.org`, 'x');
      }
      // Every claimed address was the one peer, whose limit the flood used up.
      const claimed = clientAddress();
      const staff = await attempt(untrusting, claimed, org.admin.email, PASSWORD);
      expect(staff.status).toBe(429);
      expect(await auditRows(untrusting, org.id, 'auth.login')).toHaveLength(0);
    } finally {
      await untrusting.close();
    }
  });

  it('records the peer, not a claimed address, when the peer is not trusted', async () => {
    const untrusting = await startTestApp({ TRUST_PROXY: '' });
    try {
      const org = await makeOrg(untrusting);
      const claimed = clientAddress();
      const response = await attempt(untrusting, claimed, org.admin.email, PASSWORD);
      expect(response.status).toBe(200);
      const [event] = await auditRows(untrusting, org.id, 'auth.login');
      expect(event!.ip).not.toBe(claimed);
      expect(event!.ip).toMatch(/127\.0\.0\.1|::1/);
    } finally {
      await untrusting.close();
    }
  });
});
