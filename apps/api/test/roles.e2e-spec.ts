import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let org: TestOrg;
const tokens: Record<'ADMIN' | 'SUPERVISOR' | 'CASEWORKER', string> = {
  ADMIN: '',
  SUPERVISOR: '',
  CASEWORKER: '',
};

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  tokens.ADMIN = await login(t, org.admin);
  tokens.SUPERVISOR = await login(t, await makeMember(t, org, 'SUPERVISOR'));
  tokens.CASEWORKER = await login(t, await makeMember(t, org, 'CASEWORKER'));
});
afterAll(() => t.close());

// What each role may do, written out from the product's rules rather than from the code.
const matrix: {
  call: string;
  run: (token: string) => Promise<{ status: number }>;
  allowed: string[];
}[] = [
  {
    call: 'GET /me',
    run: (tk) => t.http().get('/me').set(bearer(tk)),
    allowed: ['ADMIN', 'SUPERVISOR', 'CASEWORKER'],
  },
  {
    call: 'GET /staff',
    run: (tk) => t.http().get('/staff').set(bearer(tk)),
    allowed: ['ADMIN', 'SUPERVISOR'],
  },
  {
    call: 'GET /invites',
    run: (tk) => t.http().get('/invites').set(bearer(tk)),
    allowed: ['ADMIN'],
  },
  {
    call: 'POST /invites',
    run: (tk) =>
      t
        .http()
        .post('/invites')
        .set(bearer(tk))
        .send({ email: `r-${Math.random()}@example.org`, role: 'CASEWORKER' }),
    allowed: ['ADMIN'],
  },
  { call: 'GET /audit', run: (tk) => t.http().get('/audit').set(bearer(tk)), allowed: ['ADMIN'] },
  {
    call: 'GET /audit/verify',
    run: (tk) => t.http().get('/audit/verify').set(bearer(tk)),
    allowed: ['ADMIN'],
  },
];

describe.each(matrix)('$call', ({ run, allowed }) => {
  it.each(['ADMIN', 'SUPERVISOR', 'CASEWORKER'] as const)('as %s', async (role) => {
    const response = await run(tokens[role]);
    if (allowed.includes(role)) expect(response.status).toBeLessThan(300);
    else expect(response.status).toBe(403);
  });
});

it('takes a role change into account on the next request', async () => {
  const member = await makeMember(t, org, 'CASEWORKER');
  const token = await login(t, member);
  expect((await t.http().get('/staff').set(bearer(token))).status).toBe(403);
  const promoted = await t
    .http()
    .patch(`/staff/${member.membershipId}`)
    .set(bearer(tokens.ADMIN))
    .send({ role: 'SUPERVISOR' });
  expect(promoted.status).toBe(200);
  expect((await t.http().get('/staff').set(bearer(token))).status).toBe(200);
});
