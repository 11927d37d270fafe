import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
let admin: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  admin = await login(t, org.admin);
  caseId = (await makeCase(t, admin)).id;
});
afterAll(() => t.close());

type Answer = {
  status: number;
  body: { code?: string; errors?: { in?: string; field: string; message: string }[] };
};

function expectRefused(response: Answer, field: string): void {
  expect(response.status).toBe(400);
  expect(response.body.code).toBe('validation-failed');
  expect(response.body.errors).toEqual(
    expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]),
  );
}

describe('text PostgreSQL cannot store is refused with 400 naming the field', () => {
  it('NUL in a note, a case title and the search, tag and platform filters', async () => {
    expectRefused(
      await t.http().post(`/cases/${caseId}/notes`).set(bearer(admin)).send({ body: 'a\u0000b' }),
      'body',
    );
    expectRefused(
      await t
        .http()
        .post('/cases')
        .set(bearer(admin))
        .send({ title: 'a\u0000', survivor: { name: 'C' } }),
      'title',
    );
    for (const [name, value] of [
      ['q', 'a%00b'],
      ['tag', 'a%00'],
      ['platform', 'a%00b'],
    ]) {
      expectRefused(await t.http().get(`/cases?${name}=${value}`).set(bearer(admin)), name!);
      expectRefused(
        await t.http().get(`/cases/export.csv?${name}=${value}`).set(bearer(admin)),
        name!,
      );
    }
    const notes = await t.owner.caseNote.findMany({ where: { caseId } });
    expect(notes.filter((note) => note.body.includes('\u0000'))).toEqual([]);
  });

  it('lone surrogates in text and in the jsonb of incidents, timeline comments and helplines', async () => {
    const incident = await t
      .http()
      .post(`/cases/${caseId}/incidents`)
      .set(bearer(admin))
      .send({
        occurredAt: '2026-03-14T21:30',
        timeZone: 'Europe/Paris',
        location: { kind: 'PLACE', place: 'Caf\ud800' },
        description: 'What happened',
        otherPartyIdentifiers: [{ kind: 'HANDLE', value: '@x\udc00' }],
      });
    expectRefused(incident, 'location.place');
    expectRefused(incident, 'otherPartyIdentifiers.0.value');
    expectRefused(
      await t
        .http()
        .post(`/cases/${caseId}/status`)
        .set(bearer(admin))
        .send({ status: 'TRIAGE', comment: '\ud800' }),
      'comment',
    );
    expectRefused(
      await t
        .http()
        .post(`/cases/${caseId}/notes`)
        .set(bearer(admin))
        .send({ body: 'keep \udbff' }),
      'body',
    );
    const helpline = await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send({
        name: 'Line',
        languages: ['en'],
        services: ['harassment'],
        regions: ['FR'],
        timeZone: 'Europe/Paris',
        channels: [{ kind: 'phone', value: '+33 1 \ud83d' }],
      });
    expectRefused(helpline, 'channels.0.value');
    expect(await t.owner.incident.count({ where: { caseId } })).toBe(0);
  });

  it('refuses NUL the route schema never looks at, before any guard or handler', async () => {
    // The assignable-staff route takes no query: its schema would ignore this parameter.
    expectRefused(await t.http().get('/cases/assignable-staff?x=%00').set(bearer(admin)), 'x');
    // NUL in a path parameter, sent as a real %00.
    expectRefused(await t.http().get(`/cases/${caseId}%00`).set(bearer(admin)), 'id');
    // A signed-out sign-in attempt is refused before the rate limiter or the database see it.
    const login = await t
      .http()
      .post('/auth/login')
      .send({ email: 'a@example.org', password: 'p\u0000' });
    expectRefused(login, 'password');
  });
});

describe('a unique-key race answers 409, never 500', () => {
  it('two written warnings sent at the same moment: one is recorded, the other is a conflict', async () => {
    const warning = {
      kind: 'WARNING',
      method: 'EMAIL',
      contactedAt: '2026-03-14T10:00:00Z',
      warningText: 'Any further contact will be reported to the police.',
    };
    const cases = await Promise.all(Array.from({ length: 8 }, () => makeCase(t, admin)));
    for (const { id } of cases) {
      const answers = await Promise.all(
        [1, 2].map(() => t.http().post(`/cases/${id}/contacts`).set(bearer(admin)).send(warning)),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(await t.owner.caseContact.count({ where: { caseId: id, kind: 'WARNING' } })).toBe(1);
    }
  });

  it('one invitation accepted twice at the same moment: one joins, the other is refused', async () => {
    for (let round = 0; round < 5; round += 1) {
      const invite = await t
        .http()
        .post('/invites')
        .set(bearer(admin))
        .send({ email: `race-${round}-${Date.now()}@example.org`, role: 'CASEWORKER' });
      const accept = {
        token: invite.body.token,
        displayName: 'Racer',
        password: 'a long enough password',
      };
      const answers = await Promise.all(
        [1, 2].map(() => t.http().post('/auth/invites/accept').send(accept)),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses[0]).toBe(200);
      expect([409, 410]).toContain(statuses[1]);
    }
  });
});
