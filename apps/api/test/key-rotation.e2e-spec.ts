import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { keyId } from '../src/core/crypto/envelope';
import { migrate } from '../src/core/database/migrator';
import { unwrapDataKey } from '../src/tenancy/organization-key-crypto';
import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { sealAsFirstFormat } from './support/legacy-seal';
import { runEntry } from './support/run-entry';
import { startTestApp, TestApp } from './support/test-app';
import { createDatabase, databaseUrl, dropDatabase } from './support/test-database';

// A database of its own: the rotation rewraps every organisation it holds.
let name: string;
let env: Record<string, string>;
const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');

let org: TestOrg;
let bound: { id: string };
let legacy: { id: string };
let token: string;

async function withApp<T>(masterKey: string, fn: (t: TestApp) => Promise<T>): Promise<T> {
  const t = await startTestApp({ ...env, MASTER_KEY: masterKey });
  try {
    return await fn(t);
  } finally {
    await t.close();
  }
}

async function ownerQuery<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  name = await createDatabase('cairn_rotate');
  const appPassword = randomBytes(12).toString('hex');
  await migrate(databaseUrl(name), { appPassword });
  env = { DATABASE_URL: databaseUrl(name), APP_DATABASE_PASSWORD: appPassword };
  await withApp(keyA, async (t) => {
    org = await makeOrg(t);
    token = await login(t, org.admin);
    bound = await makeCase(t, token, { survivor: { name: 'Bea Bound' } });
    legacy = await makeCase(t, token);
    // One survivor still in the first format, as rows written before case binding are.
    const [row] = await ownerQuery<{ wrapped_key: Buffer }>(
      'SELECT wrapped_key FROM organization_key WHERE organization_id = $1',
      [org.id],
    );
    const dataKey = unwrapDataKey(Buffer.from(keyA, 'base64'), org.id, row!.wrapped_key);
    const sealed = sealAsFirstFormat(dataKey, org.id, {
      name: 'Lea Legacy',
      preferredLanguage: 'fr',
      safeContact: { channels: ['SIGNAL'], never: ['Do not call'] },
    });
    await ownerQuery('UPDATE case_file SET survivor_sealed = $1 WHERE id = $2', [
      sealed,
      legacy.id,
    ]);
  });
}, 60_000);
afterAll(async () => {
  if (name && !process.env.CAIRN_KEEP_TEST_DB) await dropDatabase(name);
});

describe('rotating the master key (npm run keys:rotate)', () => {
  it('rewraps every organisation key, reseals old survivors, and is idempotent', async () => {
    const rotate = { ...env, MASTER_KEY: keyA, NEW_MASTER_KEY: keyB };
    const first = await runEntry('cli/keys-rotate.js', rotate);
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      'organisations: 1; keys rewrapped: 1, already under the new key: 0; survivors resealed: 1',
    );
    const again = await runEntry('cli/keys-rotate.js', rotate);
    expect(again.code).toBe(0);
    expect(again.output).toContain(
      'organisations: 1; keys rewrapped: 0, already under the new key: 1; survivors resealed: 0',
    );
    const formats = await ownerQuery<{ format: number }>(
      'SELECT DISTINCT get_byte(survivor_sealed, 0) AS format FROM case_file',
    );
    expect(formats).toEqual([{ format: 2 }]);
  }, 60_000);

  it('after it, the API started with the new key reads every survivor', async () => {
    const names = await withApp(keyB, (t) =>
      Promise.all(
        [bound, legacy].map(
          async (c) =>
            (await t.http().get(`/cases/${c.id}`).set(bearer(token))).body.survivor?.name,
        ),
      ),
    );
    expect(names).toEqual(['Bea Bound', 'Lea Legacy']);
  });

  it('the API started with the old key refuses to start, naming both keys', async () => {
    const started = await runEntry('main.js', {
      ...env,
      MASTER_KEY: keyA,
      API_PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
    });
    expect(started.killed).toBe(false);
    expect(started.code).toBe(1);
    expect(started.output).toContain(
      `MASTER_KEY is key ${keyId(Buffer.from(keyA, 'base64'))}, but organisation data keys ` +
        `are wrapped by another (1 by master key ${keyId(Buffer.from(keyB, 'base64'))})`,
    );
  });

  it('a request served with the old key answers an error id and nothing of the survivor', async () => {
    const answer = await withApp(keyA, (t) =>
      t.http().get(`/cases/${bound.id}`).set(bearer(token)),
    );
    expect(answer.status).toBe(500);
    expect(Object.keys(answer.body)).toContain('errorId');
    expect(JSON.stringify(answer.body)).not.toContain('Bea');
  });
});
