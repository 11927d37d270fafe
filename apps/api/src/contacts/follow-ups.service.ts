import { Injectable } from '@nestjs/common';
import type { DueFollowUpView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { Prisma } from '../generated/prisma/client';

interface DueRow {
  contact_id: string;
  case_id: string;
  reference: string;
  title: string;
  risk_level: DueFollowUpView['riskLevel'];
  kind: DueFollowUpView['kind'];
  recipient_kind: DueFollowUpView['recipientKind'];
  recipient_name: string | null;
  method: DueFollowUpView['method'];
  reference_number: string | null;
  next_follow_up: Date;
  overdue: boolean;
}

export interface DueFollowUps {
  items: DueFollowUpView[];
  total: number;
  totalCapped: boolean;
  /** Today in the organisation's time zone, `YYYY-MM-DD`. */
  today: string;
}

/** Counting stops here, as in the case list. */
const COUNT_CAP = 1000;

/**
 * Contacts whose next follow-up has come: due today or overdue, "today" being the
 * organisation's day rather than the server's, on open cases the caller is assigned to.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  due(limit: number): Promise<DueFollowUps> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const [day] = await tx.$queryRaw<{ today: string }[]>`
        SELECT to_char((now() AT TIME ZONE o.time_zone)::date, 'YYYY-MM-DD') AS today
        FROM organization o WHERE o.id = ${actor.organizationId}::uuid`;
      const today = day?.today ?? new Date().toISOString().slice(0, 10);
      // Assignment implies visibility: an assignee sees their case even when it is restricted.
      const where = Prisma.sql`ct.organization_id = ${actor.organizationId}::uuid
        AND ct.next_follow_up <= ${today}::date
        AND c.status <> 'CLOSED'
        AND EXISTS (SELECT 1 FROM case_assignee a WHERE a.case_id = c.id AND a.user_id = ${actor.userId}::uuid)`;
      const rows = await tx.$queryRaw<DueRow[]>`
        SELECT ct.id AS contact_id, c.id AS case_id, c.reference, c.title, c.risk_level, ct.kind,
               ct.recipient_kind, ct.recipient_name, ct.method, ct.reference_number, ct.next_follow_up,
               ct.next_follow_up < ${today}::date AS overdue
        FROM case_contact ct JOIN case_file c ON c.id = ct.case_id
        WHERE ${where}
        ORDER BY ct.next_follow_up ASC, c.risk_level DESC, ct.id
        LIMIT ${limit}`;
      const [counted] = await tx.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM (
          SELECT 1 FROM case_contact ct JOIN case_file c ON c.id = ct.case_id
          WHERE ${where} LIMIT ${COUNT_CAP + 1}) matching`;
      const total = counted?.total ?? 0;
      await this.audit.record(tx, {
        action: 'contacts.follow-ups-listed',
        data: { returned: rows.length, total: Math.min(total, COUNT_CAP) },
      });
      return {
        items: rows.map((row) => ({
          contactId: row.contact_id,
          caseId: row.case_id,
          caseReference: row.reference,
          caseTitle: row.title,
          riskLevel: row.risk_level,
          kind: row.kind,
          recipientKind: row.recipient_kind,
          recipientName: row.recipient_name,
          method: row.method,
          referenceNumber: row.reference_number,
          nextFollowUp: row.next_follow_up.toISOString().slice(0, 10),
          overdue: row.overdue,
        })),
        total: Math.min(total, COUNT_CAP),
        totalCapped: total > COUNT_CAP,
        today,
      };
    });
  }
}
