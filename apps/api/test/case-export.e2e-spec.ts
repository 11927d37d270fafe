import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { ownerClient, startTestApp, TestApp } from './support/test-app';

const BULK = 6_000;

let t: TestApp;
let org: TestOrg;
let admin: string;
let port: number;
let server: Server;

/** `BULK-000001` is the newest of the bulk cases, `BULK-006000` the oldest. */
const reference = (n: number) => `BULK-${String(n).padStart(6, '0')}`;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  admin = await login(t, org.admin);
  const model = await makeCase(t, admin);
  // About 1 KB of tags a row: the file (several MB) outgrows every buffer between API and client.
  const tags = Array.from({ length: 16 }, (_, i) => `bulk-tag-${i}-${'x'.repeat(50)}`);
  const owner = await ownerClient(t.config);
  try {
    await owner.query(
      `INSERT INTO case_file (id, organization_id, reference, title, abuse_types, platforms, tags,
                              survivor_sealed, created_at, updated_at)
       SELECT gen_random_uuid(), $1, 'BULK-' || lpad(n::text, 6, '0'), 'Bulk case ' || n,
              ARRAY['HARASSMENT'], ARRAY['Instagram'], $2::text[] || ARRAY['bulk'],
              (SELECT survivor_sealed FROM case_file WHERE id = $3),
              now() - n * interval '1 second', now() - n * interval '1 second'
       FROM generate_series(1, $4::int) n`,
      [org.id, tags, model.id, BULK],
    );
  } finally {
    await owner.end();
  }
  server = t.app.getHttpServer() as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await t.close();
});

interface OpenExport {
  response: IncomingMessage;
  first: string;
  rest: () => Promise<string>;
  abort: () => void;
}

/** Starts an export and stops reading after its first bytes, as a slow client would. */
function openExport(token: string, query = 'tag=bulk'): Promise<OpenExport> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: `/exports/cases.csv?${query}` },
      (response) => {
        response.on('error', () => undefined);
        response.once('data', (chunk: Buffer) => {
          response.pause();
          resolve({
            response,
            first: chunk.toString('utf8'),
            rest: async () => {
              const chunks: Buffer[] = [];
              for await (const more of response) chunks.push(more as Buffer);
              return Buffer.concat(chunks).toString('utf8');
            },
            abort: () => request.destroy(),
          });
        });
      },
    );
    request.on('error', (error) => reject(error));
    request.setHeader('authorization', bearer(token).authorization);
    request.end();
  });
}

const exportStatus = async () =>
  (await t.http().post('/exports/cases.csv').query({ tag: 'none' }).set(bearer(admin))).status;

describe('the CSV export', () => {
  it('streams a large export: the first bytes leave before the last case is read, every row in order', async () => {
    const started = await openExport(admin);
    expect(started.response.statusCode).toBe(200);
    expect(started.first.startsWith('\uFEFFreference,title,')).toBe(true);

    // The oldest case comes last; a title changed now shows only if it is read after this.
    const late = `Read after the first bytes ${Date.now()}`;
    await t.owner.case.updateMany({
      where: { organizationId: org.id, reference: reference(BULK) },
      data: { title: late },
    });

    const lines = (started.first + (await started.rest())).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(BULK + 1);
    const references = lines.slice(1).map((line) => line.slice(1, line.indexOf('"', 1)));
    expect(references).toEqual(Array.from({ length: BULK }, (_, i) => reference(i + 1)));
    expect(lines[BULK]).toContain(late);
  }, 60_000);

  it('runs two exports of an organisation at once and refuses a third with 429, until one ends', async () => {
    const first = await openExport(admin);
    const second = await openExport(admin);
    const third = await t
      .http()
      .post('/exports/cases.csv')
      .query({ tag: 'bulk' })
      .set(bearer(admin));
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({
      code: 'rate-limited',
      detail: 'Your organisation already has 2 exports running; try again when one has finished',
    });

    // A client that goes away frees its slot.
    first.abort();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await exportStatus();
    }
    expect(status).toBe(200);
    second.abort();
  }, 60_000);

  it('frees the slot of an export whose API process died, once its lease runs out', async () => {
    // The test run's own key prefix, as the API's Redis client adds it.
    const redis = new Redis(t.config.REDIS_URL, { keyPrefix: t.config.REDIS_PREFIX });
    const key = `exports:${org.id}`;
    try {
      // Two leases as a crashed process leaves them: never released, never renewed.
      await redis.zadd(key, Date.now() + 60_000, 'alive-1', Date.now() + 60_000, 'alive-2');
      expect(await exportStatus()).toBe(429);
      await redis.zadd(key, Date.now() - 1, 'alive-1', Date.now() - 1, 'alive-2');
      expect(await exportStatus()).toBe(200);
    } finally {
      await redis.del(key);
      redis.disconnect();
    }
  });

  it('opens in a spreadsheet as people read it: UTF-8 marked, words in their language, the organisation’s clock', async () => {
    const paris = await makeOrg(t);
    await t.owner.organization.update({
      where: { id: paris.id },
      data: { timeZone: 'Europe/Paris', defaultLocale: 'fr' },
    });
    const token = await login(t, paris.admin);
    const made = await makeCase(t, token, { title: 'Harcèlement répété', riskLevel: 'HIGH' });
    const createdAt = new Date('2026-03-14T21:30:00Z');
    await t.owner.case.update({ where: { id: made.id }, data: { createdAt } });

    const download = async (locale?: string) => {
      const response = await t
        .http()
        .post('/exports/cases.csv')
        .query(locale ? { locale } : {})
        .set(bearer(token))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      return response.body as Buffer;
    };
    const french = await download();
    expect([...french.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const row = french.toString('utf8').split('\r\n')[1];
    expect(row).toContain('"Harcèlement répété","Nouveau","Élevé","Harcèlement"');
    expect(row).toContain('"Non","Oui"');
    // 21:30 UTC is 22:30 in Paris in March.
    expect(row).toContain('"2026-03-14 22:30:00"');

    const english = (await download('en')).toString('utf8').split('\r\n')[1];
    expect(english).toContain('"New","High","Harassment"');
    expect(english).not.toMatch(/"(NEW|HIGH|HARASSMENT|true|false)"/);
  });

  it('is a POST only: a GET, which any page could trigger, finds no export', async () => {
    const viaGet = await t.http().get('/exports/cases.csv').set(bearer(admin));
    expect(viaGet.status).toBe(404);
    // The old address now reads as a case id, and no case has that one.
    const oldAddress = await t.http().get('/cases/export.csv').set(bearer(admin));
    expect(oldAddress.status).toBe(400);
    expect(oldAddress.text).not.toContain('reference,title');
  });
});
