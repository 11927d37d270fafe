import type { Client } from 'pg';
import { makeCase } from './support/case-factory';
import { bearer, inTenant, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { appRoleClient, ownerClient, startTestApp, TestApp } from './support/test-app';
import { chainedAuditEvents } from './support/audit';

const TENANT_TABLES = ['membership', 'session', 'invite', 'audit_event', 'organization_key'];

let t: TestApp;
let app: Client;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  t = await startTestApp();
  app = await appRoleClient(t.config);
  a = await makeOrg(t, 'Alpha');
  b = await makeOrg(t, 'Beta');
  // Give both organisations sessions and invitations.
  for (const org of [a, b]) {
    const token = await login(t, org.admin);
    await t
      .http()
      .post('/invites')
      .set(bearer(token))
      .send({ email: `new-${org.slug}@example.org`, role: 'CASEWORKER' });
    await chainedAuditEvents(t, org.id);
  }
});
afterAll(async () => {
  await app.end();
  await t.close();
});

async function asTenant<T>(orgId: string | null, fn: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    if (orgId) await app.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    return await fn();
  } finally {
    await app.query('ROLLBACK');
  }
}

describe('row-level security, as the app role in raw SQL', () => {
  it('connects as a role that owns no table and cannot bypass RLS', async () => {
    const { rows } = await app.query(
      `SELECT current_user AS me, r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_tables WHERE tableowner = current_user)::int AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ me: 'cairn_app', rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it.each(TENANT_TABLES)('%s: sees only the tenant set in the transaction', async (table) => {
    const ids = await asTenant(
      a.id,
      async () => (await app.query(`SELECT DISTINCT organization_id FROM ${table}`)).rows,
    );
    expect(ids).toEqual([{ organization_id: a.id }]);
  });

  it.each(TENANT_TABLES)('%s: with no tenant set, returns no rows at all', async (table) => {
    const count = await asTenant(
      null,
      async () => (await app.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n,
    );
    expect(count).toBe(0);
  });

  it("cannot write a row into another tenant's table", async () => {
    await expect(
      asTenant(a.id, () =>
        app.query(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADMIN')`,
          [b.id, a.admin.userId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot move a row to another tenant', async () => {
    const moved = await asTenant(a.id, async () =>
      app.query(`UPDATE invite SET revoked_at = now() WHERE organization_id = $1`, [b.id]),
    );
    expect(moved.rowCount).toBe(0);
  });
});

/** What a database owner could do behind the API's back: lift the guard, change the log, restore it. */
async function tamperAsOwner(sql: string, params: unknown[]): Promise<void> {
  const owner = await ownerClient(t.config);
  try {
    await owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    await owner.query(sql, params);
    await owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
  } finally {
    await owner.end();
  }
}

describe("the tests' tenant helper", () => {
  // Specs read and arrange rows "in a tenant" through inTenant; it must be bound as the API is,
  // or a spec could prove under the owner's rules what it means to prove under a tenant's.
  it("inTenant runs as the app role, and sees its organisation's case but never another's", async () => {
    const ofA = await makeCase(t, await login(t, a.admin), { title: 'Alpha case' });
    const ofB = await makeCase(t, await login(t, b.admin), { title: 'Beta case' });
    const seen = await inTenant(t, a.id, async (tx) => ({
      who: (await tx.$queryRaw<{ me: string }[]>`SELECT current_user AS me`)[0]!.me,
      own: await tx.case.findUnique({ where: { id: ofA.id }, select: { id: true } }),
      theirs: await tx.case.findUnique({ where: { id: ofB.id }, select: { id: true } }),
      organizations: await tx.case.findMany({
        distinct: ['organizationId'],
        select: { organizationId: true },
      }),
      changed: await tx.case.updateMany({ where: { id: ofB.id }, data: { title: 'Renamed' } }),
    }));
    expect(seen).toEqual({
      who: 'cairn_app',
      own: { id: ofA.id },
      theirs: null,
      organizations: [{ organizationId: a.id }],
      changed: { count: 0 },
    });
    // Beta's case is there, unchanged, for Beta.
    const forB = await inTenant(t, b.id, (tx) =>
      tx.case.findUnique({ where: { id: ofB.id }, select: { title: true } }),
    );
    expect(forB).toEqual({ title: 'Beta case' });
  });
});

describe('the audit chain', () => {
  it('refuses UPDATE and DELETE by the app role', async () => {
    await expect(
      asTenant(a.id, () => app.query(`UPDATE audit_event SET action = 'x'`)),
    ).rejects.toThrow(/permission denied|append-only/);
    await expect(asTenant(a.id, () => app.query(`DELETE FROM audit_event`))).rejects.toThrow(
      /permission denied|append-only/,
    );
  });

  it('lets the app role only append to the inbox, of its own tenant, and never write the chain', async () => {
    const insert = (orgId: string) =>
      app.query(`INSERT INTO audit_inbox (organization_id, action) VALUES ($1, 'x')`, [orgId]);
    await expect(asTenant(a.id, () => insert(a.id))).resolves.toMatchObject({ rowCount: 1 });
    await expect(asTenant(a.id, () => insert(b.id))).rejects.toThrow(/row-level security/);
    for (const sql of [
      'SELECT * FROM audit_inbox',
      `UPDATE audit_inbox SET action = 'y'`,
      'DELETE FROM audit_inbox',
      `INSERT INTO audit_event (organization_id, seq, action, prev_hash, hash)
         VALUES (app_org_id(), 999, 'x', '', '')`,
    ]) {
      await expect(asTenant(a.id, () => app.query(sql))).rejects.toThrow(/permission denied/);
    }
  });

  it('refuses UPDATE and DELETE even by the owner while the trigger stands', async () => {
    const owner = await ownerClient(t.config);
    try {
      await expect(
        owner.query(`UPDATE audit_event SET action = 'x' WHERE organization_id = $1`, [a.id]),
      ).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });

  it('verifies an intact chain, and names the event the owner altered', async () => {
    const org = await makeOrg(t, 'Tamper');
    const token = await login(t, org.admin);
    for (let i = 0; i < 3; i += 1) {
      await t
        .http()
        .post('/invites')
        .set(bearer(token))
        .send({ email: `p${i}-${org.slug}@example.org`, role: 'CASEWORKER' });
    }
    await chainedAuditEvents(t, org.id);
    const intact = await t.http().get('/audit/verify').set(bearer(token));
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({ ok: true, firstBroken: null });
    expect(intact.body.checked).toBeGreaterThanOrEqual(5);

    await tamperAsOwner(
      `UPDATE audit_event SET data = '{"role":"ADMIN"}' WHERE organization_id = $1 AND seq = 3`,
      [org.id],
    );
    const broken = await t.http().get('/audit/verify').set(bearer(token));
    expect(broken.body).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, reason: 'hash-mismatch' },
    });
  });

  it('notices an event removed from the middle and from the end', async () => {
    const org = await makeOrg(t, 'Remove');
    const token = await login(t, org.admin);
    await t
      .http()
      .post('/invites')
      .set(bearer(token))
      .send({ email: `q-${org.slug}@example.org`, role: 'CASEWORKER' });
    await chainedAuditEvents(t, org.id);
    await tamperAsOwner(`DELETE FROM audit_event WHERE organization_id = $1 AND seq = 2`, [org.id]);
    const middle = await t.http().get('/audit/verify').set(bearer(token));
    expect(middle.body).toMatchObject({
      ok: false,
      firstBroken: { seq: 2, reason: 'missing-event' },
    });
  });
});

describe('guide content', () => {
  const file = 'en/online-abuse/rls-check/beginner/s_rls-check.md';

  beforeAll(async () => {
    const token = await login(t, a.admin);
    await t
      .http()
      .put('/content/drafts')
      .set(bearer(token))
      .send({ path: file, source: '---\nindex: 1\ntitle: Checked\n---\nText.\n' });
    await t.http().post('/content/publish').set(bearer(token)).send({ path: file });
    await t
      .http()
      .post('/content/helplines')
      .set(bearer(token))
      .send({
        name: 'Alpha line',
        languages: ['en'],
        services: ['harassment'],
        regions: ['GB'],
        timeZone: 'Europe/London',
        channels: [{ kind: 'email', value: 'help@alpha.example.org' }],
      });
  });

  it.each(['guide_document', 'guide_revision', 'helpline'])(
    '%s: with no tenant set, returns no rows at all',
    async (table) => {
      const count = await asTenant(
        null,
        async () => (await app.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n,
      );
      expect(count).toBe(0);
    },
  );

  it('keeps published revisions: the app role can neither change nor remove them', async () => {
    await expect(
      asTenant(a.id, () => app.query(`UPDATE guide_revision SET source = 'x'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(asTenant(a.id, () => app.query(`DELETE FROM guide_revision`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      asTenant(a.id, () => app.query(`DELETE FROM guide_document WHERE path = $1`, [file])),
    ).rejects.toThrow(/foreign key/);
  });
});

describe('accounts (app_user), as the app role in raw SQL', () => {
  const visibleEmails = async () =>
    (await app.query(`SELECT email FROM app_user ORDER BY email`)).rows.map(
      (row: { email: string }) => row.email,
    );

  it('shows no account at all with no tenant and no user set', async () => {
    const count = await asTenant(
      null,
      async () => (await app.query(`SELECT count(*)::int AS n FROM app_user`)).rows[0].n,
    );
    expect(count).toBe(0);
  });

  it("shows a member of organisation A A's people, never B's", async () => {
    const emails = await asTenant(a.id, visibleEmails);
    expect(emails).toContain(a.admin.email);
    expect(emails).not.toContain(b.admin.email);
  });

  it('keeps who has been a member of which organisation (known_user) per tenant', async () => {
    const count = async () =>
      (await app.query(`SELECT count(*)::int AS n FROM known_user`)).rows[0].n as number;
    expect(await asTenant(null, count)).toBe(0);
    const ids = await asTenant(
      a.id,
      async () => (await app.query(`SELECT DISTINCT organization_id FROM known_user`)).rows,
    );
    expect(ids).toEqual([{ organization_id: a.id }]);
    await expect(
      asTenant(a.id, () =>
        app.query(`INSERT INTO known_user (organization_id, user_id) VALUES ($1, $2)`, [
          a.id,
          b.admin.userId,
        ]),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('still shows a removed member to their former organisation, whose records name them', async () => {
    const member = await makeMember(t, a, 'CASEWORKER');
    await t.owner.membership.delete({ where: { id: member.membershipId } });
    expect(await asTenant(a.id, visibleEmails)).toContain(member.email);
    expect(await asTenant(b.id, visibleEmails)).not.toContain(member.email);
  });

  it('shows a signed-in user their own account and nobody else, and lets them change only it', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.user_id', $1, true)`, [a.admin.userId]);
      expect(await visibleEmails()).toEqual([a.admin.email]);
      const others = await app.query(`UPDATE app_user SET display_name = 'x' WHERE id = $1`, [
        b.admin.userId,
      ]);
      expect(others.rowCount).toBe(0);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it("lists only the signed-in user's own memberships, and none with no user set", async () => {
    const none = await asTenant(
      a.id,
      async () => (await app.query(`SELECT * FROM auth_user_memberships()`)).rowCount,
    );
    expect(none).toBe(0);
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.user_id', $1, true)`, [b.admin.userId]);
      const { rows } = await app.query(`SELECT organization_id FROM auth_user_memberships()`);
      expect(rows).toEqual([{ organization_id: b.id }]);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('lets no role but the app role execute the SECURITY DEFINER functions', async () => {
    const owner = await ownerClient(t.config);
    const stranger = `cairn_stranger_${Date.now()}`;
    try {
      await owner.query(`CREATE ROLE ${stranger} NOLOGIN`);
      const { rows } = await owner.query<{ fn: string; stranger: boolean; app: boolean }>(
        `SELECT p.oid::regprocedure::text AS fn,
                has_function_privilege($1, p.oid, 'EXECUTE') AS stranger,
                has_function_privilege('cairn_app', p.oid, 'EXECUTE') AS app
         FROM pg_proc p
         WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
           AND p.prorettype <> 'trigger'::regtype
         ORDER BY 1`,
        [stranger],
      );
      expect(rows.map((row) => row.fn)).toEqual(
        expect.arrayContaining([
          'auth_sign_in_account(text)',
          'auth_sign_in_failed(uuid,integer,integer)',
          'auth_user_memberships()',
          'auth_invite_by_token(bytea)',
          'auth_actor_by_token(bytea)',
        ]),
      );
      expect(rows.filter((row) => row.stranger).map((row) => row.fn)).toEqual([]);
      expect(rows.filter((row) => !row.app).map((row) => row.fn)).toEqual([]);
    } finally {
      await owner.query(`DROP ROLE IF EXISTS ${stranger}`);
      await owner.end();
    }
  });
});
