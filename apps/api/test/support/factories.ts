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
 * The owner's work inside one tenant. Row-level security is forced, so it binds the owner
 * too unless the owner is a superuser (as on the test server, but not everywhere).
 */
export function inTenant<T>(
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
