import type { Role } from '@cairn/contracts';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/auth/secrets';
import type { Tx } from '../../src/core/database/prisma.service';
import { createOrganization } from '../../src/tenancy/create-organization';
import type { TestApp } from './test-app';

export const PASSWORD = 'a long enough test password';

const unique = () => randomBytes(5).toString('hex');

export interface TestMember {
  userId: string;
  membershipId: string;
  email: string;
  password: string;
  role: Role;
}

export interface TestOrg {
  id: string;
  slug: string;
  name: string;
  admin: TestMember;
}

/**
 * A tenant's view, as the API has it: a transaction of the app role (`cairn_app`, which owns
 * no table and cannot bypass row-level security) that sets `app.org_id` first, exactly as
 * `TenantDb` does. Row-level security binds it, so it sees this organisation's rows and no
 * other's, and what the app role may not do (change an immutable column, delete a kept row)
 * fails here as it would in the API.
 */
export function inTenant<T>(
  t: TestApp,
  organizationId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return t.appRole.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
    return fn(tx);
  });
}

/**
 * The database owner's hand, NOT a tenant view: for what no tenant may do and a test must,
 * such as moving stored facts back in time so that a clock-driven rule is due, putting a row
 * in a state the API only reaches by failure, or tampering with stored rows to prove that the
 * tampering is detected. It sets `app.org_id` so that it works where forced row-level
 * security binds the owner too (a hosted PostgreSQL's ordinary owner); on the test server
 * the owner is a superuser whom row-level security does not bind at all, so it sees every
 * organisation's rows: filter by `organizationId` when reading, and never use it to prove
 * what a tenant can or cannot see or do (that is `inTenant`).
 */
export function asOwner<T>(
  t: TestApp,
  organizationId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return t.owner.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
    return fn(tx);
  });
}

/** A fresh organisation with its first admin, made as the platform operator makes one. */
export async function makeOrg(
  t: TestApp,
  name = 'Helpline',
  slug = `t-${unique()}`,
): Promise<TestOrg> {
  const email = `admin-${unique()}@example.org`;
  const created = await createOrganization(t.owner, Buffer.from(t.config.MASTER_KEY, 'base64'), {
    slug,
    name: `${name} ${slug}`,
    defaultLocale: 'en',
    timeZone: 'Europe/Paris',
    adminEmail: email,
    adminName: 'Ada Admin',
    adminPassword: PASSWORD,
  });
  const membership = await inTenant(t, created.organizationId, (tx) =>
    tx.membership.findFirstOrThrow({
      where: { organizationId: created.organizationId, userId: created.adminUserId },
    }),
  );
  return {
    id: created.organizationId,
    slug,
    name: `${name} ${slug}`,
    admin: {
      userId: created.adminUserId,
      membershipId: membership.id,
      email,
      password: PASSWORD,
      role: 'ADMIN',
    },
  };
}

/** A staff member of an organisation, or of an existing user when `email` is given. */
export async function makeMember(
  t: TestApp,
  org: TestOrg,
  role: Role,
  email?: string,
): Promise<TestMember> {
  const address = email ?? `${role.toLowerCase()}-${unique()}@example.org`;
  const user =
    (await t.owner.user.findUnique({ where: { email: address } })) ??
    (await t.owner.user.create({
      data: {
        email: address,
        displayName: `${role} person`,
        passwordHash: await hashPassword(PASSWORD),
      },
    }));
  const membership = await inTenant(t, org.id, (tx) =>
    tx.membership.create({ data: { organizationId: org.id, userId: user.id, role } }),
  );
  return { userId: user.id, membershipId: membership.id, email: address, password: PASSWORD, role };
}

export async function login(
  t: TestApp,
  member: TestMember,
  organization?: string,
): Promise<string> {
  const response = await t
    .http()
    .post('/auth/login')
    .send({
      email: member.email,
      password: member.password,
      ...(organization ? { organization } : {}),
    });
  if (response.status !== 200) {
    throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body.token as string;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
