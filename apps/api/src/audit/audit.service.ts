import { Injectable } from '@nestjs/common';
import type { AuditEventView, AuditListQuery, AuditPendingEventView } from '@cairn/contracts';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import type { Tx } from '../core/database/prisma.service';
import { CaseReferences } from '../cases/case-references';
import { AuditNudge } from './audit-nudge.service';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  /** Facts about the event. Never survivor data in clear: ids and field names only. */
  data?: Record<string, unknown>;
  /** Who acted, when it is not the request's signed-in user (a failed login, a command). */
  actorUserId?: string | null;
}

interface PendingRow {
  at: Date;
  actor_user_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  ip: string | null;
  data: Record<string, unknown>;
}

/**
 * The list's filters beyond the action, applied to the inbox's newest events. The inbox
 * holds only what the worker has not chained yet (moments' worth), so filtering the newest
 * `limit` of them here shows what a filtered query in the database would.
 */
function pendingMatches(row: PendingRow, query: AuditListQuery): boolean {
  if (query.actor && row.actor_user_id !== query.actor) return false;
  if (query.caseId && (row.target_type !== 'case' || row.target_id !== query.caseId)) return false;
  if (query.from && row.at < new Date(query.from)) return false;
  if (query.to && row.at >= new Date(query.to)) return false;
  return true;
}

/** One audit event about a record, as its custody log shows it. */
export interface TrailEvent {
  at: Date;
  action: string;
  actorUserId: string | null;
  requestId: string | null;
  data: Record<string, unknown>;
}

/**
 * The audit log. An event is written to the organisation's inbox in the transaction of the
 * action it records, so an action and its audit line commit together or not at all; the
 * insert shares no lock with other requests. The worker later links inbox events into the
 * hash chain (audit_chain_inbox); this service never computes a link itself.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: TenantDb,
    private readonly nudge: AuditNudge,
    private readonly references: CaseReferences,
  ) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    const organizationId = RequestContext.organizationId();
    const actorUserId =
      entry.actorUserId !== undefined
        ? entry.actorUserId
        : (RequestContext.actor()?.userId ?? null);
    // A plain INSERT: the app role may not read the inbox, so no RETURNING.
    await tx.$executeRaw`
      INSERT INTO audit_inbox
        (organization_id, actor_user_id, action, target_type, target_id, request_id, ip, data)
      VALUES (${organizationId}::uuid, ${actorUserId}::uuid, ${entry.action},
        ${entry.targetType ?? null}, ${entry.targetId ?? null},
        ${RequestContext.requestId() ?? null}, ${RequestContext.ip() ?? null},
        ${JSON.stringify(entry.data ?? {})}::jsonb)`;
    this.nudge.nudge(organizationId);
  }

  /** Records an event in its own transaction, for events with no other write (a read, a failure). */
  recordAlone(entry: AuditEntry): Promise<void> {
    return this.db.transaction((tx) => this.record(tx, entry));
  }

  /**
   * The events about one record, oldest first, chained or still in the inbox: what its
   * custody log is made of.
   */
  async trail(tx: Tx, targetType: string, targetId: string): Promise<TrailEvent[]> {
    const chained = await tx.auditEvent.findMany({
      where: { targetType, targetId },
      orderBy: { seq: 'asc' },
      select: { at: true, action: true, actorUserId: true, requestId: true, data: true },
    });
    const pending = await tx.$queryRaw<
      {
        at: Date;
        action: string;
        actor_user_id: string | null;
        request_id: string | null;
        data: unknown;
      }[]
    >`SELECT at, action, actor_user_id, request_id, data
      FROM audit_inbox_trail(${targetType}, ${targetId})`;
    return [
      ...chained.map((row) => ({ ...row, data: row.data as Record<string, unknown> })),
      ...pending.map((row) => ({
        at: row.at,
        action: row.action,
        actorUserId: row.actor_user_id,
        requestId: row.request_id,
        data: row.data as Record<string, unknown>,
      })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /**
   * Chained events newest first, paged by sequence number; the first page also carries the
   * newest events still in the inbox, so an admin sees a read the moment it happened.
   */
  list(query: AuditListQuery): Promise<{
    pending: AuditPendingEventView[];
    items: AuditEventView[];
    nextBefore: number | null;
  }> {
    return this.db.transaction(async (tx) => {
      const pending = query.before
        ? []
        : await tx.$queryRaw<PendingRow[]>`
            SELECT at, actor_user_id, action, target_type, target_id, request_id, ip, data
            FROM audit_inbox_pending(${query.limit}::int, ${query.action ?? null}::text)`;
      const rows = await tx.auditEvent.findMany({
        where: {
          ...(query.before ? { seq: { lt: query.before } } : {}),
          ...(query.action ? { action: query.action } : {}),
          ...(query.actor ? { actorUserId: query.actor } : {}),
          ...(query.caseId ? { targetType: 'case', targetId: query.caseId } : {}),
          ...(query.from || query.to
            ? {
                at: {
                  ...(query.from ? { gte: new Date(query.from) } : {}),
                  ...(query.to ? { lt: new Date(query.to) } : {}),
                },
              }
            : {}),
        },
        orderBy: { seq: 'desc' },
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      const caseIds = [
        ...pending,
        ...page.map((row) => ({ target_type: row.targetType, target_id: row.targetId })),
      ]
        .filter((row) => row.target_type === 'case' && row.target_id)
        .map((row) => row.target_id as string);
      const references = await this.references.byId(tx, caseIds);
      const referenceOf = (type: string | null, id: string | null) =>
        (type === 'case' && id && references.get(id)) || null;
      return {
        pending: pending
          .filter((row) => pendingMatches(row, query))
          .map((row) => ({
            at: row.at.toISOString(),
            actorUserId: row.actor_user_id,
            action: row.action,
            targetType: row.target_type,
            targetId: row.target_id,
            caseReference: referenceOf(row.target_type, row.target_id),
            requestId: row.request_id,
            ip: row.ip,
            data: row.data,
          })),
        items: page.map((row) => ({
          seq: Number(row.seq),
          at: row.at.toISOString(),
          actorUserId: row.actorUserId,
          action: row.action,
          targetType: row.targetType,
          targetId: row.targetId,
          caseReference: referenceOf(row.targetType, row.targetId),
          requestId: row.requestId,
          ip: row.ip,
          data: row.data as Record<string, unknown>,
          prevHash: row.prevHash,
          hash: row.hash,
        })),
        nextBefore: rows.length > query.limit && last ? Number(last.seq) : null,
      };
    });
  }
}
