import { fieldMessage } from '@cairn/contracts';
import { caseBody, makeCase } from './support/case-factory';
import { bearer, login, makeOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await login(t, (await makeOrg(t)).admin);
});
afterAll(() => t.close());

describe('field errors a client can translate', () => {
  it('names the rule each field broke, with its numbers, beside the English sentence', async () => {
    const response = await t
      .http()
      .post('/cases')
      .set(bearer(admin))
      .send({ title: 'x'.repeat(201), survivor: {} });
    expect(response.status).toBe(400);
    const errors = response.body.errors as {
      field: string;
      message: string;
      code: string;
      params?: Record<string, string | number>;
    }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'title',
          code: 'charactersAtMost',
          params: { max: 200 },
        }),
        expect.objectContaining({ field: 'survivor.name', code: 'required' }),
      ]),
    );
    const title = errors.find((error) => error.field === 'title')!;
    expect(fieldMessage({ rule: title.code, params: title.params }, 'fr')).toBe(
      'Raccourcissez ce texte à 200 caractères au plus',
    );
  });

  it("names the rule of the services' own refusals, so a French form can say them", async () => {
    const refusals: { path: string; body: object; field: string; code: string }[] = [
      {
        path: '/cases',
        body: caseBody({ assigneeIds: [(await makeOrg(t, 'Other')).admin.userId] }) as object,
        field: 'assigneeIds',
        code: 'assigneesAmongStaff',
      },
    ];
    const { id } = await makeCase(t, admin);
    refusals.push({
      path: `/cases/${id}/consents`,
      body: {
        scope: 'SHARE_WITH_POLICE',
        givenAt: '2026-07-02T10:00:00Z',
        expiresAt: '2026-07-01T10:00:00Z',
      },
      field: 'expiresAt',
      code: 'consentEndsAfterGiven',
    });
    // A schema's own check: its rule travels with it, as the services' do.
    refusals.push({
      path: `/cases/${id}/incidents`,
      body: {
        occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16),
        timeZone: 'UTC',
        location: { kind: 'UNKNOWN' },
        description: 'x',
      },
      field: 'occurredAt',
      code: 'incidentInFuture',
    });
    for (const { path, body, field, code } of refusals) {
      const response = await t.http().post(path).set(bearer(admin)).send(body);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      // The English sentence is the table's, so either language reads the same refusal.
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field, code, message: fieldMessage({ rule: code }, 'en') }),
      ]);
      expect(fieldMessage({ rule: code }, 'fr')).not.toBe(fieldMessage({ rule: code }, 'en'));
    }
  });
});
