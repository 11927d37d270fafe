import { Writable } from 'node:stream';
import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  t = await startTestApp({ LOG_LEVEL: 'info' }, capture);
});
afterAll(() => t.close());

describe('the request log', () => {
  it('names the path of a search but never the words searched: a survivor name stays out of the log', async () => {
    const org = await makeOrg(t);
    const admin = await login(t, org.admin);
    const name = `Zoraida${Date.now()}`;
    await makeCase(t, admin, { title: `Messages sent to ${name}` });
    lines.length = 0;

    const found = await t.http().get('/cases').query({ q: name }).set(bearer(admin));
    expect(found.body.total).toBe(1);
    const missing = await t.http().get('/no-such-page').query({ q: name }).set(bearer(admin));
    expect(missing.status).toBe(404);

    const written = lines.join('\n');
    expect(written).toContain('"path":"/cases"');
    expect(written).toContain('"path":"/no-such-page"');
    expect(written).not.toContain(name);
  });
});
