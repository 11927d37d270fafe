import { Injectable } from '@nestjs/common';
import type { CreateEvidenceLinkBody, EvidenceView } from '@cairn/contracts';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { requireIncidentOnCase } from '../incidents/incident-on-case';
import { EVIDENCE_INCLUDE, toEvidenceView } from './evidence-views';

/** Links to abusive posts: the address and what the caseworker saw. Nothing is fetched. */
@Injectable()
export class EvidenceLinksService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  add(caseId: string, body: CreateEvidenceLinkBody): Promise<EvidenceView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      if (body.incidentId) await requireIncidentOnCase(tx, caseId, body.incidentId);
      const id = randomUUID();
      const created = await tx.evidenceItem.create({
        data: {
          id,
          organizationId: actor.organizationId,
          caseId,
          incidentId: body.incidentId ?? null,
          kind: 'LINK',
          url: body.url,
          title: body.title ?? null,
          seenAt: new Date(body.seenAt),
          archiveUrl: body.archiveUrl ?? null,
          uploadedById: actor.userId,
        },
        include: EVIDENCE_INCLUDE,
      });
      await recordCaseEvent(tx, caseId, 'EVIDENCE_ADDED', { evidenceId: id });
      await this.audit.record(tx, {
        action: 'evidence.link-added',
        targetType: 'evidence',
        targetId: id,
        data: { caseId },
      });
      return toEvidenceView(created);
    });
  }
}
