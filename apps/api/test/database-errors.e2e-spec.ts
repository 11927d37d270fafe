import { PrismaPg } from '@prisma/adapter-pg';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/core/config/config';
import { toProblem } from '../src/core/errors/problem';
import { PrismaClient } from '../src/generated/prisma/client';

/**
 * The last net under the schemas, fed with errors the real database raises through Prisma 7
 * and `@prisma/adapter-pg` (not hand-made objects), so a change in how they arrive shows here.
 */
const config = loadConfig(process.env);
const clientOf = (connectionString: string, pool: Record<string, number> = {}) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString, ...pool }) });

let owner: PrismaClient;
beforeAll(() => {
  owner = clientOf(config.DATABASE_URL);
});
afterAll(() => owner.$disconnect());

async function problemOf(action: () => Promise<unknown>) {
  try {
    await action();
  } catch (error) {
    return toProblem(error, '/test');
  }
  throw new Error('expected the database to refuse');
}

const email = () => `db-${randomBytes(5).toString('hex')}@example.org`;
const user = (address: string) => ({ email: address, displayName: 'x', passwordHash: 'x' });

describe('data the database refuses answers 400, naming the request', () => {
  it.each([
    [
      'NUL in a text column (22021)',
      () => owner.user.create({ data: user('a\u0000b@example.org') }),
    ],
    [
      'a lone surrogate in jsonb (22P02)',
      () => owner.$executeRaw`SELECT ${'{"a":"\\ud800"}'}::jsonb`,
    ],
    ['a value that does not cast to uuid (22P02)', () => owner.$queryRaw`SELECT ${'nope'}::uuid`],
    [
      'a value that does not cast to a time (22007)',
      () => owner.$queryRaw`SELECT ${'nope'}::timestamptz`,
    ],
  ])('%s', async (_name, action) => {
    const answer = await problemOf(action);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'invalid-value',
      errors: [expect.objectContaining({ field: 'request' })],
    });
  });
});

describe('a unique-key race answers 409', () => {
  it('maps a duplicate key (23505, P2002) to conflict, inside a transaction too', async () => {
    const address = email();
    await owner.user.create({ data: user(address) });
    const plain = await problemOf(() => owner.user.create({ data: user(address) }));
    const inTx = await problemOf(() =>
      owner.$transaction((tx) => tx.user.create({ data: user(address) })),
    );
    for (const answer of [plain, inTx]) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('conflict');
    }
  });
});

describe('a database that cannot serve answers 503 with Retry-After', () => {
  const expectUnavailable = (answer: Awaited<ReturnType<typeof problemOf>>) => {
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('unavailable');
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
  };

  it('when the server does not answer (connection refused)', async () => {
    const down = clientOf('postgresql://postgres@127.0.0.1:1/cairn');
    expectUnavailable(await problemOf(() => down.user.findMany()));
    expectUnavailable(await problemOf(() => down.$transaction((tx) => tx.user.findMany())));
    await down.$disconnect();
  });

  it('when the pool has no free connection in time', async () => {
    const small = clientOf(config.DATABASE_URL, { max: 1, connectionTimeoutMillis: 200 });
    const hold = small.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS x FROM pg_sleep(1.5)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectUnavailable(
      await problemOf(() => small.$transaction((tx) => tx.user.findMany(), { maxWait: 100 })),
    );
    expectUnavailable(await problemOf(() => small.user.findMany()));
    await hold;
    await small.$disconnect();
  });

  it('when the role has too many connections (53300)', async () => {
    const role = `cairn_limited_${randomBytes(4).toString('hex')}`;
    await owner.$executeRawUnsafe(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
    try {
      const url = new URL(config.DATABASE_URL);
      url.username = role;
      const limited = clientOf(url.toString());
      expectUnavailable(await problemOf(() => limited.user.findMany()));
      await limited.$disconnect();
    } finally {
      await owner.$executeRawUnsafe(`DROP ROLE ${role}`);
    }
  });

  it('when an administrator ends the connection mid-query (57P01)', async () => {
    const victim = clientOf(config.DATABASE_URL, { max: 1 });
    const [row] = await victim.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const slow = problemOf(() => victim.$queryRaw`SELECT 1 AS x FROM pg_sleep(3)`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await owner.$queryRaw`SELECT 1 AS x FROM pg_terminate_backend(${row!.pid}::int)`;
    expectUnavailable(await slow);
    await victim.$disconnect();
  });
});

it('leaves an error that is no database failure a 500', async () => {
  const answer = toProblem(new TypeError('a bug'), '/test');
  expect(answer.status).toBe(500);
  expect(Object.keys(answer.body)).not.toContain('detail');
});

it('answers 404 when the row to change was removed at the same moment (P2025)', async () => {
  const answer = await problemOf(() => owner.user.delete({ where: { email: email() } }));
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('not-found');
});
