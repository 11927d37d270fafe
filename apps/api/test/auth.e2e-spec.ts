import { bearer, login, makeMember, makeOrg, PASSWORD } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { chainedAuditEvents } from './support/audit';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

async function auditActions(orgId: string): Promise<string[]> {
  const rows = await chainedAuditEvents(t, orgId);
  return rows.map((row) => row.action);
}

describe('sign-in', () => {
  it('gives a session token that /me accepts, and audits the login', async () => {
    const org = await makeOrg(t);
    const response = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.me.organization.name).toBe(org.name);
    expect(response.body.me.role).toBe('ADMIN');
    const me = await t.http().get('/me').set(bearer(response.body.token));
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(org.admin.email);
    expect(await auditActions(org.id)).toContain('auth.login');
  });

  it('stores only the hash of the token', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const sessions = await t.owner.session.findMany({ where: { organizationId: org.id } });
    expect(sessions).toHaveLength(1);
    expect(Buffer.from(sessions[0]!.tokenHash).toString('base64url')).not.toBe(token);
    expect(Buffer.from(sessions[0]!.tokenHash).includes(Buffer.from(token))).toBe(false);
  });

  it('refuses a wrong password and an unknown email alike, and audits the failure', async () => {
    const org = await makeOrg(t);
    const wrong = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email, password: 'not the password' });
    const unknown = await t
      .http()
      .post('/auth/login')
      .send({ email: 'nobody@example.org', password: 'whatever' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('invalid-credentials');
    }
    expect(wrong.body.title).toBe(unknown.body.title);
    expect(await auditActions(org.id)).toContain('auth.login-failed');
  });

  it('locks the account after repeated failures, even against the right password, and audits the lock', async () => {
    const org = await makeOrg(t);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const response = await t
        .http()
        .post('/auth/login')
        .send({ email: org.admin.email, password: 'wrong' });
      expect(response.status).toBe(401);
    }
    const third = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email, password: 'wrong' });
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('account-locked');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(800);
    const right = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email, password: PASSWORD });
    expect(right.status).toBe(423);
    const actions = await auditActions(org.id);
    expect(actions).toContain('auth.account-locked');
    expect(actions).toContain('auth.login-refused-locked');

    await t.owner.user.update({
      where: { id: org.admin.userId },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    const after = await t
      .http()
      .post('/auth/login')
      .send({ email: org.admin.email, password: PASSWORD });
    expect(after.status).toBe(200);
  });

  it('asks which organisation when the user belongs to several, then signs in to the chosen one', async () => {
    const first = await makeOrg(t, 'First');
    const second = await makeOrg(t, 'Second');
    await makeMember(t, second, 'CASEWORKER', first.admin.email);
    const ask = await t
      .http()
      .post('/auth/login')
      .send({ email: first.admin.email, password: PASSWORD });
    expect(ask.status).toBe(409);
    expect(ask.body.code).toBe('organization-required');
    expect(ask.body.organizations.map((o: { slug: string }) => o.slug).sort()).toEqual(
      [first.slug, second.slug].sort(),
    );

    const chosen = await t
      .http()
      .post('/auth/login')
      .send({ email: first.admin.email, password: PASSWORD, organization: second.slug });
    expect(chosen.status).toBe(200);
    expect(chosen.body.me.organization.id).toBe(second.id);
    expect(chosen.body.me.role).toBe('CASEWORKER');
    expect(chosen.body.me.memberships).toHaveLength(2);
  });
});

describe('sessions', () => {
  it('ends at logout: the token no longer works', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    expect((await t.http().post('/auth/logout').set(bearer(token))).status).toBe(204);
    const me = await t.http().get('/me').set(bearer(token));
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('unauthenticated');
    expect(await auditActions(org.id)).toContain('auth.logout');
  });

  it('expires after the idle time, and after the absolute time even when used', async () => {
    const org = await makeOrg(t);
    const idle = await login(t, org.admin);
    const absolute = await login(t, org.admin);
    const [idleRow, absoluteRow] = await t.owner.session.findMany({
      where: { organizationId: org.id },
      orderBy: { createdAt: 'asc' },
    });
    await t.owner.session.update({
      where: { id: idleRow!.id },
      data: { idleExpiresAt: new Date(Date.now() - 1000) },
    });
    await t.owner.session.update({
      where: { id: absoluteRow!.id },
      data: { absoluteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await t.http().get('/me').set(bearer(idle))).status).toBe(401);
    expect((await t.http().get('/me').set(bearer(absolute))).status).toBe(401);
  });

  it('pushes the idle expiry forward on use but never past the absolute expiry', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const before = await t.owner.session.findFirstOrThrow({ where: { organizationId: org.id } });
    const soon = new Date(Date.now() + 60_000);
    await t.owner.session.update({
      where: { id: before.id },
      data: { idleExpiresAt: soon, absoluteExpiresAt: new Date(Date.now() + 120_000) },
    });
    expect((await t.http().get('/me').set(bearer(token))).status).toBe(200);
    const after = await t.owner.session.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.idleExpiresAt.getTime()).toBeGreaterThan(soon.getTime());
    expect(after.idleExpiresAt.getTime()).toBeLessThanOrEqual(after.absoluteExpiresAt.getTime());
  });

  it('answers 401 problem+json for a missing, malformed or unknown token', async () => {
    for (const header of [
      undefined,
      'Bearer',
      'Basic abc',
      'Bearer short',
      `Bearer ${'x'.repeat(43)}`,
    ]) {
      const call = t.http().get('/me');
      const response = await (header ? call.set('authorization', header) : call);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('unauthenticated');
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 once one email gets too many attempts in a minute', async () => {
    const limited = await startTestApp({ LOGIN_RATE_PER_EMAIL: '5', LOGIN_RATE_PER_IP: '100000' });
    try {
      const email = `flood-${Date.now()}@example.org`;
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt += 1) {
        statuses.push(
          (await limited.http().post('/auth/login').send({ email, password: 'x' })).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers 429 with Retry-After once one address sends too many attempts', async () => {
    const limited = await startTestApp({ LOGIN_RATE_PER_IP: '1' });
    try {
      let last;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        last = await limited
          .http()
          .post('/auth/login')
          .send({ email: `ip-${attempt}-${Date.now()}@example.org`, password: 'x' });
      }
      expect(last?.status).toBe(429);
      expect(last?.body.code).toBe('rate-limited');
      expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
