import { Injectable } from '@nestjs/common';
import type { Role, StaffMemberView, UpdateStaffBody } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';

type MembershipWithUser = {
  id: string;
  userId: string;
  role: Role;
  createdAt: Date;
  user: { email: string; displayName: string };
};

function toView(row: MembershipWithUser): StaffMemberView {
  return {
    id: row.id,
    userId: row.userId,
    email: row.user.email,
    displayName: row.user.displayName,
    role: row.role,
    joinedAt: row.createdAt.toISOString(),
  };
}

/** The organisation's staff: their roles, and removal, keeping at least one admin. */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<{ items: StaffMemberView[] }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.membership.findMany({
        include: { user: true },
        orderBy: { createdAt: 'asc' },
      });
      return { items: rows.map(toView) };
    });
  }

  private async find(tx: Tx, id: string): Promise<MembershipWithUser> {
    const row = await tx.membership.findUnique({ where: { id }, include: { user: true } });
    if (!row) throw AppError.notFound('staff member');
    return row;
  }

  /**
   * Finds the member about to take `role` (null: be removed), refusing when that would leave
   * the organisation without an admin. The admins' memberships are locked first, in one
   * order, so two admins demoting or removing each other at once are decided one after the
   * other, and the second sees the first's change.
   */
  private async keepAnAdmin(tx: Tx, id: string, role: Role | null): Promise<MembershipWithUser> {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM membership
      WHERE organization_id = app_org_id() AND role = 'ADMIN'
      ORDER BY id FOR UPDATE`;
    const member = await this.find(tx, id);
    if (member.role === 'ADMIN' && role !== 'ADMIN' && admins.length <= 1)
      throw new AppError('last-admin', 'Make someone else an admin first');
    return member;
  }

  update(id: string, body: UpdateStaffBody): Promise<StaffMemberView> {
    return this.db.transaction(async (tx) => {
      const member = await this.keepAnAdmin(tx, id, body.role);
      if (member.role === body.role) return toView(member);
      const updated = await tx.membership.update({
        where: { id },
        data: { role: body.role },
        include: { user: true },
      });
      await this.audit.record(tx, {
        action: 'staff.role-changed',
        targetType: 'membership',
        targetId: id,
        data: { from: member.role, to: body.role },
      });
      return toView(updated);
    });
  }

  remove(id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const member = await this.keepAnAdmin(tx, id, null);
      await tx.membership.delete({ where: { id } });
      const ended = await tx.session.updateMany({
        where: { userId: member.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await this.audit.record(tx, {
        action: 'staff.removed',
        targetType: 'membership',
        targetId: id,
        data: { userId: member.userId, role: member.role, sessionsEnded: ended.count },
      });
    });
  }
}
