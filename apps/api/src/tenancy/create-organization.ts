import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../auth/secrets';
import { OrganizationKeysService } from './organization-keys.service';

export interface NewOrganization {
  slug: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
  adminEmail: string;
  adminName: string;
  /** Used only when the admin has no account yet; an existing account keeps its password. */
  adminPassword: string;
}

export interface CreatedOrganization {
  organizationId: string;
  adminUserId: string;
  adminCreated: boolean;
}

/**
 * Creates an organisation with its data key and first admin, in one transaction, on the
 * owner's connection: creating tenants is the platform operator's act, not the API's.
 */
export async function createOrganization(
  owner: PrismaClient,
  masterKey: Buffer,
  input: NewOrganization,
): Promise<CreatedOrganization> {
  const passwordHash = await hashPassword(input.adminPassword);
  return owner.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: {
        slug: input.slug,
        name: input.name,
        defaultLocale: input.defaultLocale,
        timeZone: input.timeZone,
      },
    });
    await tx.$executeRaw`SELECT set_config('app.org_id', ${organization.id}, true)`;
    await OrganizationKeysService.createFor(tx, organization.id, masterKey);
    const existing = await tx.user.findUnique({ where: { email: input.adminEmail } });
    const admin =
      existing ??
      (await tx.user.create({
        data: { email: input.adminEmail, displayName: input.adminName, passwordHash },
      }));
    await tx.membership.create({
      data: { organizationId: organization.id, userId: admin.id, role: 'ADMIN' },
    });
    await tx.auditEvent.create({
      data: {
        organizationId: organization.id,
        actorUserId: null,
        action: 'organization.created',
        targetType: 'organization',
        targetId: organization.id,
        data: { slug: input.slug, adminUserId: admin.id },
        seq: 0,
        prevHash: '',
        hash: '',
      },
    });
    return { organizationId: organization.id, adminUserId: admin.id, adminCreated: !existing };
  });
}
