import { Injectable } from '@nestjs/common';
import type { AuditVerifyView } from '@cairn/contracts';
import { TenantDb } from '../core/database/tenant-db';

/** Events checked per transaction: each batch takes well under a second. */
export const VERIFY_BATCH = 5_000;
const GENESIS = '0'.repeat(64);

interface Checkpoint {
  seq: number;
  hash: string;
}

type Reason = NonNullable<AuditVerifyView['firstBroken']>['reason'];

/**
 * Verifies an organisation's audit chain without holding a transaction for the whole walk:
 * the chain only grows, so each batch runs in its own short transaction and resumes from the
 * last verified event (its sequence number and hash), however long the chain is.
 */
@Injectable()
export class AuditVerifier {
  constructor(private readonly db: TenantDb) {}

  /**
   * Recomputes every hash in the database up to the chain as it stood when verification
   * began, names the first event whose hash, link or sequence does not hold, and finally
   * compares the last event with the chain head, which catches events removed from the end.
   * Events still in the inbox are counted as pending: they are not part of the chain yet.
   */
  async verify(): Promise<AuditVerifyView> {
    const start = await this.db.transaction(async (tx) => {
      const [head] = await tx.$queryRaw<
        { seq: bigint; hash: string }[]
      >`SELECT * FROM audit_chain_head()`;
      const [facts] = await tx.$queryRaw<{ last: bigint | null; pending: bigint }[]>`
        SELECT (SELECT max(seq) FROM audit_event) AS last,
               audit_inbox_pending_count() AS pending`;
      return {
        head: { seq: Number(head?.seq ?? 0), hash: head?.hash ?? GENESIS },
        last: Number(facts?.last ?? 0),
        pending: Number(facts?.pending ?? 0),
      };
    });
    const { head, pending } = start;
    // Events past the head (the head was rolled back) are walked too, so they are reported.
    const end = Math.max(head.seq, start.last);
    const result = (checked: number, firstBroken: AuditVerifyView['firstBroken']) => ({
      ok: firstBroken === null,
      checked,
      headSeq: head.seq,
      pending,
      firstBroken,
    });

    let at: Checkpoint = { seq: 0, hash: GENESIS };
    while (at.seq < end) {
      const outcome = await this.verifyBatch(at, end);
      if (outcome.broken) return result(outcome.at.seq, outcome.broken);
      if (outcome.at.seq === at.seq) break;
      at = outcome.at;
    }
    if (at.seq !== head.seq || at.hash !== head.hash) {
      return result(at.seq, { seq: Math.min(at.seq, head.seq) + 1, reason: 'head-mismatch' });
    }
    return result(at.seq, null);
  }

  /** Checks the events after `from`, up to `end`: the last event verified, and any break. */
  private verifyBatch(
    from: Checkpoint,
    end: number,
  ): Promise<{ at: Checkpoint; broken?: { seq: number; reason: Reason } }> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { seq: bigint; hash: string; prev_hash: string; recomputed: string }[]
      >`SELECT e.seq, e.hash, e.prev_hash, audit_event_digest(e) AS recomputed
        FROM audit_event e WHERE e.seq > ${from.seq} AND e.seq <= ${end}
        ORDER BY e.seq LIMIT ${VERIFY_BATCH}`;
      let at = from;
      for (const row of rows) {
        const seq = Number(row.seq);
        const reason: Reason | null =
          seq !== at.seq + 1
            ? 'missing-event'
            : row.prev_hash !== at.hash
              ? 'broken-link'
              : row.recomputed !== row.hash
                ? 'hash-mismatch'
                : null;
        if (reason) return { at, broken: { seq: at.seq + 1, reason } };
        at = { seq, hash: row.hash };
      }
      return { at };
    });
  }
}
