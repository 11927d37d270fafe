import { randomUUID } from 'node:crypto';
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
  /** Two to six capital letters; derived from the slug when absent. */
  casePrefix?: string;
}

/** The default prefix of case references: the initials of the slug's words (`demo-helpline` → DH). */
export function defaultCasePrefix(slug: string): string {
  const initials = slug
    .split('-')
    .filter((word) => /^[a-z]/.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
  const prefix =
    initials.length >= 2
      ? initials
      : slug
          .replace(/[^a-z]/g, '')
          .slice(0, 3)
          .toUpperCase();
  return prefix.padEnd(2, 'X').slice(0, 6);
}

export interface CreatedOrganization {
  organizationId: string;
  adminUserId: string;
  adminCreated: boolean;
}

/**
 * Creates an organisation with its data key and first admin, in one transaction, on the
 * owner's connection: creating tenants is the platform operator's act, not the API's.
 * The transaction enters the new tenant before inserting it, so that row-level security,
 * which binds the owner too, admits each row it writes.
 */
export async function createOrganization(
  owner: PrismaClient,
  masterKey: Buffer,
  input: NewOrganization,
): Promise<CreatedOrganization> {
  const passwordHash = await hashPassword(input.adminPassword);
  const organizationId = randomUUID();
  return owner.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
    const organization = await tx.organization.create({
      data: {
        id: organizationId,
        slug: input.slug,
        name: input.name,
        defaultLocale: input.defaultLocale,
        timeZone: input.timeZone,
        casePrefix: input.casePrefix ?? defaultCasePrefix(input.slug),
      },
    });
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
    await tx.auditInboxEvent.create({
      data: {
        organizationId: organization.id,
        actorUserId: null,
        action: 'organization.created',
        targetType: 'organization',
        targetId: organization.id,
        data: { slug: input.slug, adminUserId: admin.id },
      },
    });
    return { organizationId: organization.id, adminUserId: admin.id, adminCreated: !existing };
  });
}
