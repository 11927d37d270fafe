import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { resealLegacySurvivors } from '../src/cases/legacy-survivors';
import { migrate } from '../src/core/database/migrator';
import { rotateMasterKey } from '../src/tenancy/rotate-master-key';
import { makeCase } from './support/case-factory';
import {
  asOwner,
  bearer,
  inTenant,
  login,
  makeMember,
  makeOrg,
  TestOrg,
} from './support/factories';
import { runEntry } from './support/run-entry';
import { appRoleClient, startTestApp, TestApp } from './support/test-app';
import { databaseUrl, dropDatabase, TEST_PG_URL } from './support/test-database';

/**
 * The test server's owner is a superuser, whom PostgreSQL exempts from row-level security
 * even when forced. This spec migrates a database owned by an ordinary role, as a hosted
 * PostgreSQL gives, and checks that forced RLS binds that owner while everything the owner
 * does on purpose still works: migrations, creating organisations, the definer look-ups
 * behind sign-in, and key rotation.
 */
const suffix = randomBytes(4).toString('hex');
const role = `cairn_owner_${suffix}`;
const name = `cairn_owner_rls_${suffix}`;
let ownerUrl: string;
let t: TestApp;
let a: TestOrg;

async function asAdmin(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function ownerQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await asAdmin(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS`);
  await asAdmin(`CREATE DATABASE ${name} OWNER ${role}`);
  const url = new URL(databaseUrl(name));
  url.username = role;
  ownerUrl = url.toString();
  // The app role exists on the server already; its password was set by the run's setup.
  await migrate(ownerUrl);
  t = await startTestApp({ DATABASE_URL: ownerUrl });
  a = await makeOrg(t, 'Alpha');
  // A second tenant, whose rows the owner must not see from inside the first.
  await makeOrg(t, 'Beta');
}, 60_000);
afterAll(async () => {
  await t?.close();
  if (!process.env.CAIRN_KEEP_TEST_DB) {
    await dropDatabase(name);
    await asAdmin(`DROP ROLE IF EXISTS ${role}`);
  }
});

describe('forced row-level security with an owner that is not a superuser', () => {
  it('the owner sees no tenant row unless it enters a tenant or declares a cross-tenant pass', async () => {
    const undeclared = await ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM membership');
    expect(undeclared).toEqual([{ n: 0 }]);
    const inA = await asOwner(t, a.id, (tx) => tx.membership.count());
    expect(inA).toBe(1);
    // The app role, as the API uses it, is bound the same way.
    expect(await inTenant(t, a.id, (tx) => tx.membership.count())).toBe(1);
    const client = new Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.cross_tenant', 'on', true)`);
      const { rows } = await client.query('SELECT count(*)::int AS n FROM membership');
      expect(rows[0].n).toBe(2);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('organisations, members, sign-in, cases, the audit chain and the helpline directory work', async () => {
    const member = await makeMember(t, a, 'CASEWORKER');
    const token = await login(t, member);
    const me = await t.http().get('/me').set(bearer(token));
    expect(me.status).toBe(200);
    const adminToken = await login(t, a.admin);
    const created = await makeCase(t, adminToken, { survivor: { name: 'Olive Owner' } });
    const read = await t.http().get(`/cases/${created.id}`).set(bearer(adminToken));
    expect(read.body.survivor.name).toBe('Olive Owner');
    const verify = await t.http().get('/audit/verify').set(bearer(adminToken));
    expect(verify.body).toMatchObject({ ok: true });
    expect((await t.http().get('/public/helplines')).status).toBe(200);
  });

  it('the escalation sweep finds the organisations with a rule on, through its definer function', async () => {
    const token = await login(t, a.admin);
    const created = await t
      .http()
      .post('/escalations/rules')
      .set(bearer(token))
      .send({ kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 30 });
    expect(created.status).toBe(201);
    const app = await appRoleClient(t.config);
    try {
      const { rows } = await app.query('SELECT organization_id FROM escalation_organizations()');
      expect(rows).toEqual([{ organization_id: a.id }]);
    } finally {
      await app.end();
    }
  });

  it('keys:rotate runs as this owner, one tenant at a time', async () => {
    const next = randomBytes(32);
    const counts = await rotateMasterKey(
      t.owner,
      Buffer.from(t.config.MASTER_KEY, 'base64'),
      next,
      { withDataKey: resealLegacySurvivors },
    );
    expect(counts).toMatchObject({ rewrapped: 2, alreadyRotated: 0 });
  });

  it('the API refuses this owner as its app connection: it owns the tables', async () => {
    const started = await runEntry('main.js', {
      DATABASE_URL: ownerUrl,
      APP_DATABASE_URL: ownerUrl,
      API_PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
    });
    expect(started.code).toBe(1);
    expect(started.output).toMatch(/logs in as "cairn_owner_\w+", which owns \d+ tables/);
    expect(started.output).not.toContain('superuser');
  });
});
