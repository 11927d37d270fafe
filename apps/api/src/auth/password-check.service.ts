import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { PlatformDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { RateLimiter } from './rate-limiter';
import { DECOY_HASH, verifyPassword } from './secrets';

interface AccountRow {
  user_id: string;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
  organization_ids: string[];
}

interface FailureRow {
  failures: number;
  locked_until: Date | null;
}

/** Where a password was given: the sign-in form, or an invitation to an existing account. */
export type PasswordUse = 'sign-in' | 'invite';

export type PasswordCheck =
  | { status: 'verified'; userId: string }
  | { status: 'no-account' }
  /** The password was wrong and counted; `refusal` is the answer to give (401, or 423 once locked). */
  | { status: 'wrong-password'; userId: string; refusal: AppError };

/**
 * The one way a password is checked, whichever form carries it: limited per client address
 * and per email, refused while the account is locked, every wrong password counted towards
 * the lock, and every failure and lock written to the audit log of each organisation the
 * account belongs to.
 */
@Injectable()
export class PasswordCheckService {
  private readonly logger = new Logger('PasswordCheck');

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly platform: PlatformDb,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async check(email: string, password: string, use: PasswordUse): Promise<PasswordCheck> {
    await this.rateLimiter.hit([
      {
        key: `login:ip:${RequestContext.ip() ?? 'unknown'}`,
        perMinute: this.config.LOGIN_RATE_PER_IP,
      },
      { key: `login:email:${email}`, perMinute: this.config.LOGIN_RATE_PER_EMAIL },
    ]);

    const [account] = await this.platform.client.$queryRaw<AccountRow[]>`
      SELECT * FROM auth_sign_in_account(${email})`;
    if (!account) {
      await verifyPassword(await DECOY_HASH, password);
      this.logger.warn(`${use}: a password for an email with no account`);
      return { status: 'no-account' };
    }
    const target = { actorUserId: account.user_id, targetType: 'user', targetId: account.user_id };
    const auditAll = (entry: AuditEntry) => this.auditEach(account.organization_ids, entry);

    if (account.locked_until && account.locked_until > new Date()) {
      await auditAll({ action: 'auth.login-refused-locked', ...target, data: { via: use } });
      throw locked(account.locked_until);
    }

    if (await verifyPassword(account.password_hash, password)) {
      if (account.failed_logins > 0 || account.locked_until) {
        await this.platform.asUser(account.user_id, (tx) =>
          tx.user.update({
            where: { id: account.user_id },
            data: { failedLogins: 0, lockedUntil: null },
          }),
        );
      }
      return { status: 'verified', userId: account.user_id };
    }

    const [failure] = await this.platform.client.$queryRaw<FailureRow[]>`
      SELECT * FROM auth_sign_in_failed(${account.user_id}::uuid,
        ${this.config.LOGIN_MAX_FAILURES}::int, ${this.config.LOGIN_LOCK_MINUTES}::int)`;
    const failures = failure?.failures ?? 0;
    await auditAll({ action: 'auth.login-failed', ...target, data: { failures, via: use } });
    const lockedUntil = failure?.locked_until;
    if (!lockedUntil) {
      return {
        status: 'wrong-password',
        userId: account.user_id,
        refusal: new AppError('invalid-credentials'),
      };
    }
    // Only the failure that reached the limit set the lock; later parallel ones found it set.
    if (failures === this.config.LOGIN_MAX_FAILURES) {
      await auditAll({
        action: 'auth.account-locked',
        ...target,
        data: { until: lockedUntil.toISOString() },
      });
    }
    return { status: 'wrong-password', userId: account.user_id, refusal: locked(lockedUntil) };
  }

  private async auditEach(organizationIds: string[], entry: AuditEntry): Promise<void> {
    for (const organizationId of organizationIds) {
      await RequestContext.runAsTenant(organizationId, () => this.audit.recordAlone(entry));
    }
  }
}

function locked(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(
    'account-locked',
    `Too many failed sign-ins. Try again after ${until.toISOString()}, or ask an admin.`,
    { lockedUntil: until.toISOString() },
    { 'retry-after': String(seconds) },
  );
}
