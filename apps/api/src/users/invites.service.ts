import { Inject, Injectable } from '@nestjs/common';
import type { CreatedInviteView, CreateInviteBody, InviteView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/secrets';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Invite } from '../generated/prisma/client';
import { invitationEmail } from '../mail/messages/invitation-email';
import { enqueueEmail } from '../mail/outbox/enqueue-email';

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
 * Invitations: an admin invites an email with a role. The one-time link goes to the invitee
 * through the outbox, in the transaction that creates the invitation; when no SMTP server is
 * configured it is also shown once to the admin, who passes it on. Accepting one is
 * `InviteAcceptanceService`.
 */
@Injectable()
export class InvitesService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly audit: AuditService,
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
      const acceptPath = `/invite/${token}`;
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: actor.organizationId },
      });
      const message = invitationEmail({
        locale: organization.defaultLocale,
        organizationName: organization.name,
        link: new URL(acceptPath, this.config.WEB_ORIGIN).toString(),
        expiresAt: invite.expiresAt,
        timeZone: organization.timeZone,
      });
      const { id: outboxMessageId } = await enqueueEmail(tx, {
        to: [invite.email],
        subject: message.subject,
        text: message.text,
        headers: { 'Auto-Submitted': 'auto-generated' },
        source: { kind: 'invite', id: invite.id },
        createdBy: actor.userId,
      });
      await this.audit.record(tx, {
        action: 'staff.invited',
        targetType: 'invite',
        targetId: invite.id,
        data: { role: body.role, outboxMessageId },
      });
      // With mail set up, the link reaches only the invitee's mailbox.
      const emailed = Boolean(this.config.SMTP_URL);
      return emailed
        ? { ...toView(invite), emailed, token: null, acceptPath: null }
        : { ...toView(invite), emailed, token, acceptPath };
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
}
