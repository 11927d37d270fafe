import { Inject, Injectable } from '@nestjs/common';
import type {
  AcceptInviteBody,
  CreatedInviteView,
  CreateInviteBody,
  InviteView,
  LoginResponse,
} from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { MeService } from '../auth/me.service';
import { hashPassword, hashToken, newToken, verifyPassword } from '../auth/secrets';
import { SessionsService } from '../auth/sessions.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { PlatformDb, TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Invite } from '../generated/prisma/client';

interface InviteLookup {
  id: string;
  organization_id: string;
  email: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

function statusOf(
  invite: Pick<Invite, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
): InviteView['status'] {
  if (invite.acceptedAt) return 'ACCEPTED';
  if (invite.revokedAt) return 'REVOKED';
  return invite.expiresAt <= new Date() ? 'EXPIRED' : 'PENDING';
}

function toView(invite: Invite): InviteView {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    status: statusOf(invite),
  };
}

/**
 * Invitations: an admin invites an email with a role; the one-time token is shown once
 * (sent by email once the mail domain lands); accepting it joins the organisation.
 */
@Injectable()
export class InvitesService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly platform: PlatformDb,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly me: MeService,
  ) {}

  create(body: CreateInviteBody): Promise<CreatedInviteView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const existing = await tx.membership.findFirst({ where: { user: { email: body.email } } });
      if (existing) throw new AppError('conflict', 'This person is already a member');
      const token = newToken();
      const invite = await tx.invite.create({
        data: {
          organizationId: actor.organizationId,
          email: body.email,
          role: body.role,
          tokenHash: hashToken(token),
          invitedById: actor.userId,
          expiresAt: new Date(Date.now() + this.config.INVITE_TTL_HOURS * 3_600_000),
        },
      });
      await this.audit.record(tx, {
        action: 'staff.invited',
        targetType: 'invite',
        targetId: invite.id,
        data: { role: body.role },
      });
      return { ...toView(invite), token, acceptPath: `/invite/${token}` };
    });
  }

  list(): Promise<{ items: InviteView[] }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.invite.findMany({ orderBy: { createdAt: 'desc' }, take: 500 });
      return { items: rows.map(toView) };
    });
  }

  revoke(id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const invite = await tx.invite.findUnique({ where: { id } });
      if (!invite) throw AppError.notFound('invitation');
      if (statusOf(invite) !== 'PENDING')
        throw new AppError('conflict', 'Only a pending invitation can be revoked');
      await tx.invite.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, {
        action: 'staff.invite-revoked',
        targetType: 'invite',
        targetId: id,
      });
    });
  }

  /**
   * Joins the invited organisation. A new person sets their name and password; someone who
   * already has an account must give their current password, which stays unchanged, so an
   * invitation can never be used to take over an existing account.
   */
  async accept(body: AcceptInviteBody, userAgent?: string): Promise<LoginResponse> {
    const [invite] = await this.platform.client.$queryRaw<InviteLookup[]>`
      SELECT * FROM auth_invite_by_token(${hashToken(body.token)})`;
    if (!invite || invite.accepted_at || invite.revoked_at || invite.expires_at <= new Date()) {
      throw new AppError('invite-unusable');
    }
    let user = await this.platform.client.user.findUnique({ where: { email: invite.email } });
    if (user && !(await verifyPassword(user.passwordHash, body.password))) {
      throw new AppError(
        'invalid-credentials',
        'This email already has an account: give its current password',
      );
    }
    user ??= await this.platform.client.user.create({
      data: {
        email: invite.email,
        displayName: body.displayName,
        passwordHash: await hashPassword(body.password),
      },
    });
    const userId = user.id;
    await RequestContext.runAsTenant(invite.organization_id, () =>
      this.db.transaction(async (tx) => {
        // The conditional update makes a token usable once, even when two requests race.
        const claimed = await tx.invite.updateMany({
          where: { id: invite.id, acceptedAt: null, revokedAt: null },
          data: { acceptedAt: new Date() },
        });
        if (claimed.count !== 1) throw new AppError('invite-unusable');
        const existing = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: invite.organization_id, userId } },
        });
        if (existing) throw new AppError('conflict', 'You are already a member');
        const invited = await tx.invite.findUniqueOrThrow({ where: { id: invite.id } });
        const membership = await tx.membership.create({
          data: { organizationId: invite.organization_id, userId, role: invited.role },
        });
        await this.audit.record(tx, {
          action: 'staff.joined',
          actorUserId: userId,
          targetType: 'membership',
          targetId: membership.id,
          data: { inviteId: invite.id, role: invited.role },
        });
      }),
    );
    const session = await this.sessions.issue(userId, invite.organization_id, userAgent);
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      me: await this.me.view(userId, invite.organization_id),
    };
  }
}
