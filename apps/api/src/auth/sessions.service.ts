import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { Actor, RequestContext } from '../core/context/request-context';
import { PlatformDb, TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { hashToken, newToken } from './secrets';

interface ActorRow {
  session_id: string;
  organization_id: string;
  user_id: string;
  role: Role;
  idle_expires_at: Date;
  absolute_expires_at: Date;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

const ended = () => new AppError('unauthenticated', 'The session has ended; sign in again');

/**
 * Opaque bearer sessions: a random token given once, stored as its hash, with an idle
 * expiry that each use pushes forward and an absolute expiry that nothing extends.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly platform: PlatformDb,
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  private idleDeadline(now: Date, absolute: Date): Date {
    const idle = new Date(now.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000);
    return idle < absolute ? idle : absolute;
  }

  /** Opens a session for a member; runs inside the organisation's tenant scope. */
  issue(userId: string, organizationId: string, userAgent?: string): Promise<IssuedSession> {
    return RequestContext.runAsTenant(organizationId, () =>
      this.db.transaction(async (tx) => {
        const token = newToken();
        const now = new Date();
        const expiresAt = new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
        const idleExpiresAt = this.idleDeadline(now, expiresAt);
        const session = await tx.session.create({
          data: {
            organizationId,
            userId,
            tokenHash: hashToken(token),
            idleExpiresAt,
            absoluteExpiresAt: expiresAt,
            ip: RequestContext.ip() ?? null,
            userAgent: userAgent?.slice(0, 300) ?? null,
          },
        });
        await this.audit.record(tx, {
          action: 'auth.login',
          actorUserId: userId,
          targetType: 'session',
          targetId: session.id,
        });
        return { token, expiresAt, idleExpiresAt };
      }),
    );
  }

  /**
   * Resolves a bearer token to the member it acts for, in one query: a revoked or expired
   * session, or one whose member was removed, finds nothing. The idle expiry is pushed
   * forward at most once a minute, since that is a write.
   */
  async authenticate(token: string): Promise<Actor> {
    const [found] = await this.platform.client.$queryRaw<ActorRow[]>`
      SELECT * FROM auth_actor_by_token(${hashToken(token)})`;
    if (!found) throw ended();
    const now = new Date();
    const extended = this.idleDeadline(now, found.absolute_expires_at);
    if (extended.getTime() - found.idle_expires_at.getTime() >= 60_000) {
      await RequestContext.runAsTenant(found.organization_id, () =>
        this.db.transaction((tx) =>
          tx.session.update({
            where: { id: found.session_id },
            data: { lastSeenAt: now, idleExpiresAt: extended },
          }),
        ),
      );
    }
    return {
      userId: found.user_id,
      organizationId: found.organization_id,
      role: found.role,
      sessionId: found.session_id,
    };
  }

  /** Ends the current session. */
  async revokeCurrent(actor: Actor): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.session.update({ where: { id: actor.sessionId }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, {
        action: 'auth.logout',
        targetType: 'session',
        targetId: actor.sessionId,
      });
    });
  }
}
