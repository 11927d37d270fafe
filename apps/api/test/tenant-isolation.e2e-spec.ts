import type { RouteDef } from '@cairn/contracts';
import { registeredRoutes } from '../src/core/http/route.decorator';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let a: TestOrg;
let b: TestOrg;
let tokenA: string;
const idsOfB: Record<string, string> = {};

/**
 * For every route with an id in its path: how to find a record of organisation B that the
 * route addresses, and a valid body, so that only the id can make the answer 404.
 * A new route with a path id fails the completeness test below until it is listed here.
 */
const TARGETS: Record<string, { id: () => string; body?: unknown }> = {
  'PATCH /staff/{id}': { id: () => idsOfB.membership!, body: { role: 'SUPERVISOR' } },
  'DELETE /staff/{id}': { id: () => idsOfB.membership! },
  'DELETE /invites/{id}': { id: () => idsOfB.invite! },
};

const key = (def: RouteDef) => `${def.method} ${def.path}`;

beforeAll(async () => {
  t = await startTestApp();
  a = await makeOrg(t, 'Alpha');
  b = await makeOrg(t, 'Beta');
  tokenA = await login(t, a.admin);
  const tokenB = await login(t, b.admin);
  idsOfB.membership = (await makeMember(t, b, 'CASEWORKER')).membershipId;
  const invite = await t
    .http()
    .post('/invites')
    .set(bearer(tokenB))
    .send({ email: `x-${b.slug}@example.org`, role: 'CASEWORKER' });
  idsOfB.invite = invite.body.id;
});
afterAll(() => t.close());

const withId = () => registeredRoutes().filter((def) => def.path.includes('{id}'));

it('lists a target for every route that takes an id', () => {
  expect(withId().map(key).sort()).toEqual(Object.keys(TARGETS).sort());
});

describe("another organisation's ids", () => {
  it.each(Object.keys(TARGETS))('%s answers 404 and changes nothing', async (name) => {
    const [method, path] = name.split(' ') as [string, string];
    const target = TARGETS[name]!;
    const url = path.replace('{id}', target.id());
    const before = await t.owner.auditEvent.count({ where: { organizationId: b.id } });
    let call = t
      .http()
      [method.toLowerCase() as 'get' | 'patch' | 'delete' | 'post'](url)
      .set(bearer(tokenA));
    if (target.body) call = call.send(target.body as object);
    const response = await call;
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await t.owner.auditEvent.count({ where: { organizationId: b.id } })).toBe(before);
    expect(
      await t.owner.membership.findUnique({ where: { id: idsOfB.membership! } }),
    ).toMatchObject({ role: 'CASEWORKER' });
    expect(await t.owner.invite.findUnique({ where: { id: idsOfB.invite! } })).toMatchObject({
      revokedAt: null,
    });
  });
});

describe('lists', () => {
  it("never show another organisation's staff, invitations or audit events", async () => {
    const staff = await t.http().get('/staff').set(bearer(tokenA));
    const invites = await t.http().get('/invites').set(bearer(tokenA));
    const audit = await t.http().get('/audit?limit=500').set(bearer(tokenA));
    const text = JSON.stringify([staff.body, invites.body, audit.body]);
    expect(text).not.toContain(b.id);
    expect(text).not.toContain(b.admin.email);
    expect(text).not.toContain(idsOfB.membership!);
    expect(text).not.toContain(idsOfB.invite!);
    expect(staff.body.items).toHaveLength(1);
  });
});
