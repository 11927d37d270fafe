import { Injectable } from '@nestjs/common';
import type { AuditEventView, AuditListQuery, AuditVerifyView } from '@cairn/contracts';
import { Prisma } from '../generated/prisma/client';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import type { Tx } from '../core/database/prisma.service';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  /** Facts about the event. Never survivor data in clear: ids and field names only. */
  data?: Record<string, unknown>;
  /** Who acted, when it is not the request's signed-in user (a failed login, a command). */
  actorUserId?: string | null;
}

const VERIFY_BATCH = 5_000;
const GENESIS = '0'.repeat(64);

/**
 * The audit chain. Events are written in the transaction of the action they record, so an
 * action and its audit line commit together or not at all. The database sets each event's
 * sequence number and hashes; this service never computes a link itself.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({
      data: {
        organizationId: RequestContext.organizationId(),
        actorUserId:
          entry.actorUserId !== undefined
            ? entry.actorUserId
            : (RequestContext.actor()?.userId ?? null),
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        requestId: RequestContext.requestId() ?? null,
        ip: RequestContext.ip() ?? null,
        data: (entry.data ?? {}) as Prisma.InputJsonObject,
        // Placeholders: the chaining trigger overwrites all three.
        seq: 0,
        prevHash: '',
        hash: '',
      },
    });
  }

  /** Records an event in its own transaction, for events with no other write (a read, a failure). */
  recordAlone(entry: AuditEntry): Promise<void> {
    return this.db.transaction((tx) => this.record(tx, entry));
  }

  /** The events about one record, oldest first: what its custody log is made of. */
  async trail(
    tx: Tx,
    targetType: string,
    targetId: string,
  ): Promise<
    {
      at: Date;
      action: string;
      actorUserId: string | null;
      requestId: string | null;
      data: Record<string, unknown>;
    }[]
  > {
    const rows = await tx.auditEvent.findMany({
      where: { targetType, targetId },
      orderBy: { id: 'asc' },
      select: { at: true, action: true, actorUserId: true, requestId: true, data: true },
    });
    return rows.map((row) => ({ ...row, data: row.data as Record<string, unknown> }));
  }

  list(query: AuditListQuery): Promise<{ items: AuditEventView[]; nextBefore: number | null }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.auditEvent.findMany({
        where: {
          ...(query.before ? { seq: { lt: query.before } } : {}),
          ...(query.action ? { action: query.action } : {}),
        },
        orderBy: { seq: 'desc' },
        take: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => ({
          seq: Number(row.seq),
          at: row.at.toISOString(),
          actorUserId: row.actorUserId,
          action: row.action,
          targetType: row.targetType,
          targetId: row.targetId,
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

  /**
   * Walks the whole chain in sequence order, recomputing each hash in the database, and
   * names the first event whose hash, link or sequence does not hold; then compares the
   * last event with the chain head, which catches events removed from the end.
   */
  verify(): Promise<AuditVerifyView> {
    return this.db.transaction(async (tx) => {
      let expectedSeq = 1;
      let previousHash = GENESIS;
      let checked = 0;
      for (;;) {
        const rows = await tx.$queryRaw<
          { seq: bigint; hash: string; prev_hash: string; recomputed: string }[]
        >`SELECT e.seq, e.hash, e.prev_hash, audit_event_digest(e) AS recomputed
          FROM audit_event e WHERE e.seq >= ${expectedSeq} ORDER BY e.seq LIMIT ${VERIFY_BATCH}`;
        for (const row of rows) {
          const seq = Number(row.seq);
          const broken = (
            reason: NonNullable<AuditVerifyView['firstBroken']>['reason'],
            at = seq,
          ) => ({
            ok: false,
            checked,
            headSeq: 0,
            firstBroken: { seq: at, reason },
          });
          if (seq !== expectedSeq) return broken('missing-event', expectedSeq);
          if (row.prev_hash !== previousHash) return broken('broken-link');
          if (row.recomputed !== row.hash) return broken('hash-mismatch');
          previousHash = row.hash;
          expectedSeq += 1;
          checked += 1;
        }
        if (rows.length < VERIFY_BATCH) break;
      }
      const [head] = await tx.$queryRaw<
        { seq: bigint; hash: string }[]
      >`SELECT * FROM audit_chain_head()`;
      const headSeq = head ? Number(head.seq) : 0;
      if (headSeq !== checked || (head && head.hash !== previousHash)) {
        return {
          ok: false,
          checked,
          headSeq,
          firstBroken: { seq: checked + 1, reason: 'head-mismatch' as const },
        };
      }
      return { ok: true, checked, headSeq, firstBroken: null };
    });
  }
}
