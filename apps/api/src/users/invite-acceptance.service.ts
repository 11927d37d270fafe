import { Inject, Injectable } from '@nestjs/common';
import type { AcceptInviteBody, LoginResponse } from '@cairn/contracts';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { MeService } from '../auth/me.service';
import { PasswordCheckService } from '../auth/password-check.service';
import { hashPassword, hashToken } from '../auth/secrets';
import { SessionsService } from '../auth/sessions.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { PlatformDb, TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';

interface InviteLookup {
  id: string;
  organization_id: string;
  email: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

interface AttemptRow {
  failed_attempts: number;
  revoked_at: Date | null;
}

/**
 * Accepting an invitation joins its organisation. A new person sets their name and
 * password; someone who already has an account gives its current password, which stays
 * unchanged, so an invitation can never take over an account. That password goes through
 * the same check as sign-in (limits, lock, audit), and a few wrong ones revoke the
 * invitation, so an admin cannot invite a stranger's email to guess their password.
 */
@Injectable()
export class InviteAcceptanceService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly platform: PlatformDb,
    private readonly audit: AuditService,
    private readonly passwords: PasswordCheckService,
    private readonly sessions: SessionsService,
    private readonly me: MeService,
  ) {}

  async accept(body: AcceptInviteBody, userAgent?: string): Promise<LoginResponse> {
    const [invite] = await this.platform.client.$queryRaw<InviteLookup[]>`
      SELECT * FROM auth_invite_by_token(${hashToken(body.token)})`;
    if (!invite || invite.accepted_at || invite.revoked_at || invite.expires_at <= new Date()) {
      throw new AppError('invite-unusable');
    }
    const checked = await this.passwords.check(invite.email, body.password, 'invite');
    if (checked.status === 'wrong-password') {
      throw await this.countWrongPassword(invite, checked.refusal);
    }
    const userId =
      checked.status === 'verified'
        ? checked.userId
        : await this.createAccount(invite.email, body.displayName, body.password);
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

  private async createAccount(
    email: string,
    displayName: string,
    password: string,
  ): Promise<string> {
    const id = randomUUID();
    const passwordHash = await hashPassword(password);
    await this.platform.asUser(id, (tx) =>
      tx.user.create({ data: { id, email, displayName, passwordHash } }),
    );
    return id;
  }

  /**
   * Counts a wrong password against the invitation in one statement, so parallel guesses
   * each count, and revokes it at INVITE_MAX_FAILURES. Returns the answer to give.
   */
  private countWrongPassword(invite: InviteLookup, refusal: AppError): Promise<AppError> {
    return RequestContext.runAsTenant(invite.organization_id, () =>
      this.db.transaction(async (tx) => {
        const [row] = await tx.$queryRaw<AttemptRow[]>`
          UPDATE invite SET
            failed_attempts = failed_attempts + 1,
            revoked_at = CASE WHEN failed_attempts + 1 >= ${this.config.INVITE_MAX_FAILURES}::int
                              THEN now() END
          WHERE id = ${invite.id}::uuid AND accepted_at IS NULL AND revoked_at IS NULL
          RETURNING failed_attempts, revoked_at`;
        if (!row) return new AppError('invite-unusable');
        const target = { targetType: 'invite', targetId: invite.id };
        await this.audit.record(tx, {
          action: 'staff.invite-password-failed',
          ...target,
          data: { attempts: row.failed_attempts },
        });
        if (!row.revoked_at) return refusal;
        await this.audit.record(tx, {
          action: 'staff.invite-burned',
          ...target,
          data: { attempts: row.failed_attempts },
        });
        return new AppError(
          'invite-unusable',
          'This invitation was withdrawn after repeated wrong passwords; ask for a new one',
        );
      }),
    );
  }
}
