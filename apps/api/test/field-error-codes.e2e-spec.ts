import { fieldMessage } from '@cairn/contracts';
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
});
