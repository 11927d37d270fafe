import { Inject, Injectable } from '@nestjs/common';
import type { MeView, Role } from '@cairn/contracts';
import { AccessService } from '../core/access/access.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import type { Tx } from '../core/database/prisma.service';
import { PlatformDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { OrganizationsService } from '../tenancy/organizations.service';

export interface MembershipChoice {
  organization_id: string;
  slug: string;
  name: string;
  role: Role;
}

/**
 * Who the signed-in user is, and every organisation they may sign in to. Each read runs as
 * that user, whose identity the caller has established (a password or a session).
 */
@Injectable()
export class MeService {
  constructor(
    private readonly platform: PlatformDb,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  memberships(userId: string): Promise<MembershipChoice[]> {
    return this.platform.asUser(userId, ownMemberships);
  }

  async view(userId: string, organizationId: string): Promise<MeView> {
    const [{ user, memberships }, organization] = await Promise.all([
      this.platform.asUser(userId, async (tx) => ({
        user: await tx.user.findUnique({ where: { id: userId } }),
        memberships: await ownMemberships(tx),
      })),
      this.organizations.get(organizationId),
    ]);
    const current = memberships.find((membership) => membership.organization_id === organizationId);
    if (!user || !current)
      throw new AppError('unauthenticated', 'The session has ended; sign in again');
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName },
      organization,
      role: current.role,
      memberships: memberships.map(({ slug, name, role }) => ({ slug, name, role })),
      operatesDeployment: this.access.operatesDeployment(
        current.role,
        organization.slug,
        this.config.OPERATOR_ORG_SLUG,
      ),
    };
  }
}

function ownMemberships(tx: Tx): Promise<MembershipChoice[]> {
  return tx.$queryRaw<MembershipChoice[]>`SELECT * FROM auth_user_memberships()`;
}
