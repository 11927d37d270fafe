import { Injectable } from '@nestjs/common';
import type { LoginBody, LoginResponse } from '@cairn/contracts';
import { AppError } from '../core/errors/app-error';
import { MembershipChoice, MeService } from './me.service';
import { PasswordCheckService } from './password-check.service';
import { SessionsService } from './sessions.service';

/**
 * Sign-in: the password goes through the shared check (rate limits, lock, audit), then the
 * member chooses an organisation and gets a session in it.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly passwords: PasswordCheckService,
    private readonly sessions: SessionsService,
    private readonly me: MeService,
  ) {}

  async login(body: LoginBody, userAgent?: string): Promise<LoginResponse> {
    const checked = await this.passwords.check(body.email, body.password, 'sign-in');
    if (checked.status === 'no-account') throw new AppError('invalid-credentials');
    if (checked.status === 'wrong-password') throw checked.refusal;

    const chosen = this.choose(await this.me.memberships(checked.userId), body.organization);
    const session = await this.sessions.issue(checked.userId, chosen.organization_id, userAgent);
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      me: await this.me.view(checked.userId, chosen.organization_id),
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
}
