import fc from 'fast-check';
import { registeredRoutes } from '../src/core/http/route.decorator';
import { bearer, login, makeOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp({ LOGIN_RATE_PER_EMAIL: '100000', BODY_LIMIT_BYTES: String(64 * 1024) });
  admin = await login(t, (await makeOrg(t)).admin);
});
afterAll(() => t.close());

type Response = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

/** What every answer to bad input must be: a client error in problem+json, naming fields on 400. */
function expectClientProblem(response: Response, allowed: number[]): void {
  expect(allowed).toContain(response.status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  if (response.status === 400) {
    const errors = response.body.errors as { field: string; message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.field).toEqual(expect.any(String));
      expect(error.field.length).toBeGreaterThan(0);
    }
  }
}

// Bodies of every JSON shape, and bodies shaped like the real thing with wrong values.
const anyJson = fc.jsonValue({ maxDepth: 3 });
const nearlyLogin = fc.record(
  {
    email: fc.oneof(
      fc.emailAddress(),
      fc.string({ maxLength: 300 }),
      fc.integer(),
      fc.constant(null),
    ),
    password: fc.oneof(fc.string({ maxLength: 2000 }), fc.integer(), fc.array(fc.string())),
    organization: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('UPPER case')),
  },
  { requiredKeys: [] },
);
const nearlyInvite = fc.record(
  {
    email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 400 }), fc.boolean()),
    role: fc.oneof(
      fc.constantFrom('ADMIN', 'SUPERVISOR', 'CASEWORKER', 'admin', 'OWNER', ''),
      fc.integer(),
    ),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);

describe('generated bodies', () => {
  it('POST /auth/login answers 1,000 generated bodies with a client problem, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, nearlyLogin), async (body) => {
        const response = await t
          .http()
          .post('/auth/login')
          .set('content-type', 'application/json')
          .send(JSON.stringify(body));
        expectClientProblem(response, [400, 401]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('POST /invites (admin) answers 1,000 generated bodies without a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, nearlyInvite), async (body) => {
        const response = await t
          .http()
          .post('/invites')
          .set(bearer(admin))
          .set('content-type', 'application/json')
          .send(JSON.stringify(body));
        if (response.status === 201) return; // a generated body may be a valid invitation
        expectClientProblem(response, [400, 409]);
      }),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('answers malformed JSON with 400 naming the body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((text) => {
          try {
            JSON.parse(text);
            return false;
          } catch {
            return true;
          }
        }),
        async (text) => {
          const response = await t
            .http()
            .post('/auth/login')
            .set('content-type', 'application/json')
            .send(text);
          expectClientProblem(response, [400]);
          expect(response.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('edge cases a client can send', () => {
  it('names a missing field, a wrong type and an oversized field', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .send({ email: `${'a'.repeat(300)}@example.org`, password: 42 });
    expectClientProblem(response, [400]);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    const missing = await t.http().post('/auth/login').send({ password: 'x' });
    expect((missing.body.errors as { field: string }[]).map((error) => error.field)).toEqual([
      'email',
    ]);
  });

  it('answers a body over the size limit with 413 problem+json', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@example.org', password: 'p'.repeat(100 * 1024) }));
    expectClientProblem(response, [413]);
    expect(response.body.code).toBe('body-too-large');
  });

  it('answers a body that is not JSON with 415', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'text/plain')
      .send('email=a');
    expectClientProblem(response, [415]);
  });

  it('answers an empty JSON body with 400', async () => {
    const response = await t
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('');
    expectClientProblem(response, [400]);
  });
});

describe('every route of the API', () => {
  const routes = () => registeredRoutes();

  it('answers a path id that is not a uuid with 400 naming it', async () => {
    for (const def of routes().filter((route) => route.path.includes('{id}'))) {
      for (const id of ['1', 'null', "'; DROP TABLE audit_event; --", '%00', 'a'.repeat(300)]) {
        const url = def.path
          .replace('{id}', encodeURIComponent(id))
          .replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await t
          .http()
          [def.method.toLowerCase() as 'get'](url)
          .set(bearer(admin))
          .send({});
        expectClientProblem(response, [400, 404, 414]);
        if (response.status === 400)
          expect(JSON.stringify(response.body.errors)).toContain('"field":"id"');
      }
    }
  });

  it('never answers 500 to generated query strings and bodies, signed in as an admin', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes()),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 4 }),
        anyJson,
        async (def, query, body) => {
          const url = def.path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
          const response = await t
            .http()
            [def.method.toLowerCase() as 'get'](url)
            .query(query)
            .set(bearer(admin))
            .set('content-type', 'application/json')
            .send(JSON.stringify(body));
          expect(response.status).not.toBeGreaterThanOrEqual(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
