import { unwrapDataKey } from '../src/tenancy/organization-key-crypto';
import { caseBody, makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { sealAsFirstFormat } from './support/legacy-seal';
import { ownerClient, startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  admin = await login(t, org.admin);
});
afterAll(() => t.close());

async function asOwner<T>(sql: string, params: unknown[]): Promise<T[]> {
  const owner = await ownerClient(t.config);
  try {
    return (await owner.query(sql, params)).rows as T[];
  } finally {
    await owner.end();
  }
}

const survivorNamed = (name: string) => ({
  survivor: {
    name,
    preferredLanguage: 'en',
    safeContact: { channels: ['EMAIL'], never: ['Never call'], details: `${name}@example.org` },
  },
});

describe("a survivor's sealed details are bound to their case", () => {
  it('a value copied onto another case of the same organisation does not open there', async () => {
    const source = await makeCase(t, admin, survivorNamed('Quentin Source'));
    const target = await makeCase(t, admin, survivorNamed('Tanguy Target'));
    await asOwner(
      `UPDATE case_file SET survivor_sealed = (SELECT survivor_sealed FROM case_file WHERE id = $1)
       WHERE id = $2`,
      [source.id, target.id],
    );

    const read = await t.http().get(`/cases/${target.id}`).set(bearer(admin));
    expect(read.status).toBe(409);
    expect(read.headers['content-type']).toContain('application/problem+json');
    expect(read.body.code).toBe('survivor-unreadable');
    expect(JSON.stringify(read.body)).not.toMatch(/Quentin|Tanguy/);
    const checklist = await t.http().get(`/cases/${target.id}/checklist`).set(bearer(admin));
    expect(checklist.status).toBe(409);
    expect(checklist.body.code).toBe('survivor-unreadable');

    // The original is untouched, and rewriting the survivor through the API mends the case.
    const original = await t.http().get(`/cases/${source.id}`).set(bearer(admin));
    expect(original.body.survivor.name).toBe('Quentin Source');
    const mended = await t
      .http()
      .patch(`/cases/${target.id}`)
      .set(bearer(admin))
      .send(survivorNamed('Tanguy Target'));
    expect(mended.status).toBe(200);
    expect(mended.body.survivor.name).toBe('Tanguy Target');
  });

  it('a value sealed under the first scheme (organisation and field only) still opens', async () => {
    const created = await makeCase(t, admin);
    const [row] = await asOwner<{ wrapped_key: Buffer }>(
      `SELECT wrapped_key FROM organization_key WHERE organization_id = $1`,
      [org.id],
    );
    const dataKey = unwrapDataKey(
      Buffer.from(t.config.MASTER_KEY, 'base64'),
      org.id,
      row!.wrapped_key,
    );
    const legacy = sealAsFirstFormat(dataKey, org.id, survivorNamed('Lou Legacy').survivor);
    await asOwner(`UPDATE case_file SET survivor_sealed = $1 WHERE id = $2`, [legacy, created.id]);

    const read = await t.http().get(`/cases/${created.id}`).set(bearer(admin));
    expect(read.status).toBe(200);
    expect(read.body.survivor.name).toBe('Lou Legacy');
  });
});

describe("an organisation's data key, loaded cold", () => {
  it('20 concurrent first reads on a fresh instance all succeed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) ids.push((await makeCase(t, admin, caseBody())).id);
    // A second instance of the API: its key cache is empty, as after a restart.
    const cold = await startTestApp();
    try {
      const answers = await Promise.all(
        ids.map((id) => cold.http().get(`/cases/${id}`).set(bearer(admin))),
      );
      expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
      expect(answers.every((answer) => answer.body.survivor.name === 'Camille Durand')).toBe(true);
    } finally {
      await cold.close();
    }
  });
});
