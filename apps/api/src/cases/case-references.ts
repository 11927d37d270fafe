import { Injectable } from '@nestjs/common';
import type { Tx } from '../core/database/prisma.service';
import { CaseAccess } from './case-access.service';

/**
 * The readable references of cases, by id, for other domains that name cases they only
 * hold the ids of (the audit log). Only cases the caller may see are named.
 */
@Injectable()
export class CaseReferences {
  constructor(private readonly access: CaseAccess) {}

  async byId(tx: Tx, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await tx.case.findMany({
      where: { id: { in: unique }, ...this.access.visibleWhere() },
      select: { id: true, reference: true },
    });
    return new Map(rows.map((row) => [row.id, row.reference]));
  }
}
