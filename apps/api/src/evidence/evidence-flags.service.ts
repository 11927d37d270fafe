import { Injectable } from '@nestjs/common';
import type { EvidenceFlagChange, EvidenceView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { Prisma } from '../generated/prisma/client';
import { findVisibleItem } from './evidence-read.service';
import { EVIDENCE_INCLUDE, EvidenceRow, toEvidenceView } from './evidence-views';

interface FlagRule {
  /** Whether the item already is in the state the change leads to. */
  already: (row: EvidenceRow) => boolean;
  alreadyMessage: string;
  set: (at: Date, by: string, reason: string) => Prisma.EvidenceItemUpdateInput;
  audit: string;
}

const RULES: Record<EvidenceFlagChange, FlagRule> = {
  HIDDEN: {
    already: (row) => row.hiddenAt !== null,
    alreadyMessage: 'The item is already hidden',
    set: (at, by, reason) => ({
      hiddenAt: at,
      hiddenBy: { connect: { id: by } },
      hiddenReason: reason,
    }),
    audit: 'evidence.hidden',
  },
  SHOWN: {
    already: (row) => row.hiddenAt === null,
    alreadyMessage: 'The item is not hidden',
    set: () => ({ hiddenAt: null, hiddenBy: { disconnect: true }, hiddenReason: null }),
    audit: 'evidence.shown',
  },
  HOLD_SET: {
    already: (row) => row.holdAt !== null,
    alreadyMessage: 'The item is already under legal hold',
    set: (at, by, reason) => ({ holdAt: at, holdBy: { connect: { id: by } }, holdReason: reason }),
    audit: 'evidence.hold-set',
  },
  HOLD_RELEASED: {
    already: (row) => row.holdAt === null,
    alreadyMessage: 'The item is not under legal hold',
    set: () => ({ holdAt: null, holdBy: { disconnect: true }, holdReason: null }),
    audit: 'evidence.hold-released',
  },
};

/**
 * The only changes an item ever sees: hidden and shown again, put under legal hold and
 * released, each with a reason kept in the item's history. Its content never changes.
 */
@Injectable()
export class EvidenceFlagsService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  change(id: string, change: EvidenceFlagChange, reason: string): Promise<EvidenceView> {
    const actor = RequestContext.requireActor();
    const rule = RULES[change];
    return this.db.transaction(async (tx) => {
      const row = await findVisibleItem(tx, this.caseAccess, id);
      if (rule.already(row)) throw new AppError('conflict', rule.alreadyMessage);
      const at = new Date();
      const updated = await tx.evidenceItem.update({
        where: { id },
        data: rule.set(at, actor.userId, reason),
        include: EVIDENCE_INCLUDE,
      });
      await tx.evidenceFlagChange.create({
        data: {
          organizationId: actor.organizationId,
          itemId: id,
          change,
          reason,
          changedById: actor.userId,
          changedAt: at,
        },
      });
      await this.audit.record(tx, {
        action: rule.audit,
        targetType: 'evidence',
        targetId: id,
        data: { caseId: row.caseId },
      });
      return toEvidenceView(updated);
    });
  }
}
