import { Inject, Injectable, Logger } from '@nestjs/common';
import type { LoginBody, LoginResponse } from '@cairn/contracts';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { PlatformDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { MembershipChoice, MeService } from './me.service';
import { RateLimiter } from './rate-limiter';
import { DECOY_HASH, verifyPassword } from './secrets';
import { SessionsService } from './sessions.service';

/**
 * Sign-in: rate-limited per client address and per email, locked after repeated failures,
 * and every success, failure and lock written to the audit chain of each organisation the
 * account belongs to.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger('LoginService');

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly platform: PlatformDb,
    private readonly rateLimiter: RateLimiter,
    private readonly sessions: SessionsService,
    private readonly me: MeService,
    private readonly audit: AuditService,
  ) {}

  private async auditEach(memberships: MembershipChoice[], entry: AuditEntry): Promise<void> {
    for (const membership of memberships) {
      await RequestContext.runAsTenant(membership.organization_id, () =>
        this.audit.recordAlone(entry),
      );
    }
  }

  async login(body: LoginBody, userAgent?: string): Promise<LoginResponse> {
    await this.rateLimiter.hit([
      {
        key: `login:ip:${RequestContext.ip() ?? 'unknown'}`,
        perMinute: this.config.LOGIN_RATE_PER_IP,
      },
      { key: `login:email:${body.email}`, perMinute: this.config.LOGIN_RATE_PER_EMAIL },
    ]);

    const user = await this.platform.client.user.findUnique({ where: { email: body.email } });
    if (!user) {
      await verifyPassword(await DECOY_HASH, body.password);
      this.logger.warn('sign-in with an unknown email');
      throw new AppError('invalid-credentials');
    }
    const memberships = await this.me.memberships(user.id);
    const now = new Date();

    if (user.lockedUntil && user.lockedUntil > now) {
      await this.auditEach(memberships, {
        action: 'auth.login-refused-locked',
        actorUserId: user.id,
        targetType: 'user',
        targetId: user.id,
      });
      throw this.locked(user.lockedUntil);
    }

    if (!(await verifyPassword(user.passwordHash, body.password))) {
      const failures = user.failedLogins + 1;
      const lock = failures >= this.config.LOGIN_MAX_FAILURES;
      const lockedUntil = lock
        ? new Date(now.getTime() + this.config.LOGIN_LOCK_MINUTES * 60_000)
        : null;
      await this.platform.client.user.update({
        where: { id: user.id },
        data: { failedLogins: lock ? 0 : failures, lockedUntil },
      });
      const target = { actorUserId: user.id, targetType: 'user', targetId: user.id };
      await this.auditEach(memberships, {
        action: 'auth.login-failed',
        ...target,
        data: { failures },
      });
      if (lockedUntil) {
        await this.auditEach(memberships, {
          action: 'auth.account-locked',
          ...target,
          data: { until: lockedUntil.toISOString() },
        });
        throw this.locked(lockedUntil);
      }
      throw new AppError('invalid-credentials');
    }

    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.platform.client.user.update({
        where: { id: user.id },
        data: { failedLogins: 0, lockedUntil: null },
      });
    }

    const chosen = this.choose(memberships, body.organization);
    const session = await this.sessions.issue(user.id, chosen.organization_id, userAgent);
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      me: await this.me.view(user.id, chosen.organization_id),
    };
  }

  private choose(memberships: MembershipChoice[], slug: string | undefined): MembershipChoice {
    // Only reached with the right password, so naming the choices leaks nothing.
    const organizations = memberships.map(({ slug: s, name }) => ({ slug: s, name }));
    if (memberships.length === 0) {
      throw new AppError('invalid-credentials', 'This account belongs to no organisation');
    }
    if (slug) {
      const match = memberships.find((membership) => membership.slug === slug);
      if (match) return match;
      throw new AppError('organization-required', `You are not a member of "${slug}"`, {
        organizations,
      });
    }
    const [only] = memberships;
    if (memberships.length === 1 && only) return only;
    throw new AppError('organization-required', 'You belong to several organisations; choose one', {
      organizations,
    });
  }

  private locked(until: Date): AppError {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    return new AppError(
      'account-locked',
      `Too many failed sign-ins. Try again after ${until.toISOString()}, or ask an admin.`,
      { lockedUntil: until.toISOString() },
      { 'retry-after': String(seconds) },
    );
  }
}
