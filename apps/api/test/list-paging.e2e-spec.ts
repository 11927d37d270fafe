import { encodeCursor } from '@cairn/contracts';
import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await login(t, (await makeOrg(t)).admin);
});
afterAll(() => t.close());

const get = (path: string) => t.http().get(path).set(bearer(admin));
const base64url = (text: string) => Buffer.from(text).toString('base64url');

function expectCursorRefused(response: { status: number; body: Record<string, unknown> }) {
  expect(response.status).toBe(400);
  expect(response.body.errors).toEqual([
    expect.objectContaining({ in: 'query', field: 'cursor', message: expect.any(String) }),
  ]);
}

describe('the case list cursor', () => {
  it('pages through the cases with the cursor it gives out', async () => {
    await makeCase(t, admin);
    await makeCase(t, admin);
    const first = await get('/cases?limit=1&sort=riskLevel');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get(`/cases?limit=1&sort=riskLevel&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('refuses, naming cursor, a hand-made cursor the database could not compare with', async () => {
    const id = '7f1c0d7e-8a89-4d33-9d0c-4d1e3e0f6a10';
    for (const position of [
      { sort: 'updatedAt', value: 'not a time', id },
      {
        sort: 'updatedAt',
        value: '2026-01-01T00:00:00Z',
        id: '------------------------------------',
      },
      { sort: 'riskLevel', value: 'EXTREME', id },
      { sort: 'updatedAt', value: '2026-01-01T00:00:00Z', id, extra: 1 },
    ]) {
      expectCursorRefused(
        await get(`/cases?sort=${position.sort}&cursor=${encodeCursor(position)}`),
      );
    }
    // The shape cursors had before they were checked: a value and an id-like text.
    for (const legacy of [
      { v: 'not a time', id },
      { v: '2026-01-01T00:00:00Z', id: '------------------------------------' },
    ]) {
      expectCursorRefused(await get(`/cases?cursor=${base64url(JSON.stringify(legacy))}`));
    }
    expectCursorRefused(await get(`/cases?cursor=${base64url('{"v":"x"')}`));
    expectCursorRefused(await get(`/cases?cursor=${base64url('\u0000')}`));
    // A cursor of one sort order used with another.
    const byRisk = encodeCursor({ sort: 'riskLevel', value: 'LOW', id });
    expectCursorRefused(await get(`/cases?sort=reference&cursor=${byRisk}`));
  });
});

describe("a case's notes, incidents, contacts and timeline come a page at a time, newest first", () => {
  const lists = ['notes', 'incidents', 'contacts', 'timeline'] as const;

  async function caseWithFiveOfEach(): Promise<string> {
    const { id } = await makeCase(t, admin);
    for (let day = 1; day <= 5; day += 1) {
      const post = (path: string, body: object) =>
        t.http().post(`/cases/${id}${path}`).set(bearer(admin)).send(body);
      await post('/notes', { body: `Note ${day}` });
      await post('/incidents', {
        occurredAt: `2026-03-0${day}T10:00`,
        timeZone: 'Europe/Paris',
        location: { kind: 'UNKNOWN' },
        description: `Incident ${day}`,
      });
      await post('/contacts', {
        kind: 'REPORT',
        recipientKind: 'PLATFORM',
        recipientName: `Platform ${day}`,
        method: 'WEB_FORM',
        contactedAt: `2026-03-0${day}T12:00:00Z`,
      });
    }
    return id;
  }

  async function allPages(
    path: string,
  ): Promise<{ pages: number; ids: string[]; times: string[] }> {
    const ids: string[] = [];
    const times: string[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const response = await get(`${path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      for (const item of response.body.items as Record<string, string>[]) {
        ids.push(item.id!);
        times.push(item.at ?? item.occurredAt ?? item.contactedAt ?? item.createdAt!);
      }
      cursor = response.body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 50);
    return { pages, ids, times };
  }

  it('walks every record once, newest first, in pages of the size asked', async () => {
    const id = await caseWithFiveOfEach();
    for (const list of lists) {
      const everything = await get(`/cases/${id}/${list}?limit=200`);
      const total = everything.body.items.length as number;
      expect(total).toBeGreaterThanOrEqual(5);
      expect(everything.body.nextCursor).toBeNull();
      const walked = await allPages(`/cases/${id}/${list}`);
      expect(walked.pages).toBe(Math.ceil(total / 2));
      expect(walked.ids).toEqual(everything.body.items.map((item: { id: string }) => item.id));
      expect(new Set(walked.ids).size).toBe(total);
      expect([...walked.times].sort().reverse()).toEqual(walked.times);
    }
  });

  it('keeps the next page in place when a record is added meanwhile', async () => {
    const id = await caseWithFiveOfEach();
    const first = await get(`/cases/${id}/notes?limit=2`);
    await t.http().post(`/cases/${id}/notes`).set(bearer(admin)).send({ body: 'Newer' });
    const second = await get(`/cases/${id}/notes?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((note: { body: string }) => note.body)).toEqual([
      'Note 3',
      'Note 2',
    ]);
    expect((await get(`/cases/${id}/notes`)).body.items).toHaveLength(6);
  });

  it('refuses, naming cursor, a hand-made cursor that is no time and id', async () => {
    const { id } = await makeCase(t, admin);
    for (const list of lists) {
      expectCursorRefused(
        await get(`/cases/${id}/${list}?cursor=${encodeCursor({ at: 'yesterday', id })}`),
      );
      expectCursorRefused(
        await get(
          `/cases/${id}/${list}?cursor=${encodeCursor({ at: '2026-01-01T00:00:00Z', id: 'x' })}`,
        ),
      );
    }
  });
});
