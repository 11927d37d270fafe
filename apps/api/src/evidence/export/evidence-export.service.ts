import { Inject, Injectable } from '@nestjs/common';
import type { CreateEvidenceExportBody, EvidenceExportView } from '@cairn/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { AuditService } from '../../audit/audit.service';
import { CaseAccess } from '../../cases/case-access.service';
import { activeConsent } from '../../cases/consents.service';
import { AccessService } from '../../core/access/access.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { AppError } from '../../core/errors/app-error';
import { JobQueue } from '../../jobs/job-queue.service';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { EvidenceVault } from '../evidence-vault';
import { BlobMissingError } from '../storage/evidence-store';
import { loadBundleSource } from './bundle-source';
import { RECIPIENT_CONSENT } from './export-consent';
import { EXPORT_JOB } from './export-job';
import {
  EXPORT_INCLUDE,
  PASSPHRASE_FIELD,
  recordFailedChecks,
  toExportView,
} from './export-records';

/** A bundle small enough to stream: the reply calls `write` with its body. */
export interface StreamedExport {
  kind: 'stream';
  fileName: string;
  write(out: Writable): Promise<void>;
}
export type CreatedExport = StreamedExport | { kind: 'queued'; view: EvidenceExportView };

/**
 * Exports of a case's evidence for a recipient. The survivor's consent for that recipient
 * is required, or a supervisor's override with a reason; every export and every download
 * is audited on the case and on each item, so it shows in the item's custody log.
 */
@Injectable()
export class EvidenceExportService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly vault: EvidenceVault,
    private readonly keys: OrganizationKeysService,
    private readonly jobs: JobQueue,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async create(caseId: string, body: CreateEvidenceExportBody): Promise<CreatedExport> {
    const actor = RequestContext.requireActor();
    const id = randomUUID();
    const row = await this.db.transaction(async (tx) => {
      const { reference } = await this.visibleCase(tx, caseId);
      const items = await this.selectItems(tx, caseId, body.itemIds);
      const basis = await this.basis(tx, caseId, body);
      const bytesTotal = items.reduce((sum, item) => sum + Number(item.sizeBytes ?? 0), 0);
      const queued = bytesTotal > this.config.EVIDENCE_BUNDLE_SYNC_MAX_BYTES;
      const created = await tx.evidenceExport.create({
        data: {
          id,
          organizationId: actor.organizationId,
          caseId,
          recipient: body.recipient,
          ...basis,
          itemIds: items.map((item) => item.id),
          encrypted: body.passphrase !== undefined,
          includeLocation: body.includeLocation === true,
          passphraseSealed:
            queued && body.passphrase
              ? Uint8Array.from(await this.keys.encrypt(tx, PASSPHRASE_FIELD, id, body.passphrase))
              : null,
          requestedById: actor.userId,
          status: queued ? 'QUEUED' : 'STREAMED',
          itemsTotal: items.length,
          bytesTotal: BigInt(bytesTotal),
        },
        include: EXPORT_INCLUDE,
      });
      await this.recordOnItems(tx, caseId, created.itemIds, 'evidence.exported', {
        exportId: id,
        recipient: body.recipient,
        includeLocation: created.includeLocation,
      });
      await this.audit.record(tx, {
        action: 'case.evidence-exported',
        targetType: 'case',
        targetId: caseId,
        data: {
          exportId: id,
          recipient: body.recipient,
          items: items.length,
          encrypted: created.encrypted,
          includeLocation: created.includeLocation,
          ...basis,
        },
      });
      return { created, reference };
    });
    if (row.created.status === 'QUEUED') {
      await this.queueBuild(id);
      return { kind: 'queued', view: toExportView(row.created) };
    }
    return {
      kind: 'stream',
      fileName: `${row.reference}-evidence-${body.recipient.toLowerCase()}.zip`,
      write: async (out) => {
        const source = await this.db.transaction((tx) =>
          loadBundleSource(tx, this.audit, this.keys, row.created),
        );
        // The ZIP, AES and PDF writers load with the first bundle, not with every API process.
        const { writeBundle } = await import('./bundle-writer');
        const outcomes = await writeBundle(source, (item) => this.vault.open(item), out, {
          passphrase: body.passphrase,
        });
        await this.db.transaction((tx) =>
          recordFailedChecks(tx, this.audit, caseId, id, outcomes, actor.userId),
        );
      },
    };
  }

  /** Hands the build to the worker; an export that cannot be queued is failed, not left waiting. */
  private async queueBuild(exportId: string): Promise<void> {
    try {
      await this.jobs.add(
        EXPORT_JOB,
        { organizationId: RequestContext.organizationId(), exportId },
        exportId,
      );
    } catch {
      await this.db.transaction((tx) =>
        tx.evidenceExport.update({
          where: { id: exportId },
          data: {
            status: 'FAILED',
            finishedAt: new Date(),
            passphraseSealed: null,
            failure: 'The job queue could not be reached',
          },
        }),
      );
      throw new AppError('unavailable', 'The job queue could not be reached');
    }
  }

  get(caseId: string, exportId: string): Promise<EvidenceExportView> {
    return this.db.transaction(async (tx) => toExportView(await this.find(tx, caseId, exportId)));
  }

  /** A built bundle's bytes, as stored; its download is audited on the case and each item. */
  async content(
    caseId: string,
    exportId: string,
  ): Promise<{ fileName: string; size: number; content: Readable }> {
    const row = await this.db.transaction(async (tx) => {
      const found = await this.find(tx, caseId, exportId);
      if (found.status !== 'READY' || !found.storageKey || !found.wrappedKey) {
        throw new AppError('conflict', `This bundle is ${found.status.toLowerCase()}, not ready`);
      }
      await this.recordOnItems(tx, caseId, found.itemIds, 'evidence.export-downloaded', {
        exportId,
      });
      await this.audit.record(tx, {
        action: 'case.evidence-export-downloaded',
        targetType: 'case',
        targetId: caseId,
        data: { exportId },
      });
      const { reference } = await this.visibleCase(tx, caseId);
      return { ...found, storageKey: found.storageKey, wrappedKey: found.wrappedKey, reference };
    });
    const content = await this.vault
      .open({ id: row.id, storageKey: row.storageKey, wrappedKey: row.wrappedKey })
      .catch((error: unknown) => {
        if (error instanceof BlobMissingError) {
          throw new AppError('evidence-unreadable', 'The stored bundle is missing');
        }
        throw error;
      });
    return {
      fileName: `${row.reference}-evidence-${row.recipient.toLowerCase()}.zip`,
      size: Number(row.sizeBytes),
      content,
    };
  }

  private async visibleCase(tx: Tx, caseId: string): Promise<{ reference: string }> {
    await this.caseAccess.requireVisible(tx, caseId);
    return tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { reference: true } });
  }

  private async find(tx: Tx, caseId: string, exportId: string) {
    await this.caseAccess.requireVisible(tx, caseId);
    const row = await tx.evidenceExport.findFirst({
      where: { id: exportId, caseId },
      include: EXPORT_INCLUDE,
    });
    if (!row) throw AppError.notFound('export');
    return row;
  }

  /** The items asked for, all of this case (404 otherwise); or every item not hidden. */
  private async selectItems(tx: Tx, caseId: string, itemIds: string[] | undefined) {
    const wanted = itemIds ? [...new Set(itemIds)] : undefined;
    const items = await tx.evidenceItem.findMany({
      where: wanted ? { caseId, id: { in: wanted } } : { caseId, hiddenAt: null },
      select: { id: true, sizeBytes: true },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    });
    if (wanted && items.length !== wanted.length) throw AppError.notFound('evidence');
    if (items.length === 0) throw new AppError('conflict', 'This case has no evidence to export');
    return items;
  }

  /**
   * The survivor's consent in force for this recipient; failing that, an override by a role
   * allowed to make one, with its reason. Refused (409 naming the consent) otherwise.
   */
  private async basis(
    tx: Tx,
    caseId: string,
    body: CreateEvidenceExportBody,
  ): Promise<{ consentId: string } | { overrideReason: string } | Record<string, never>> {
    const scope = RECIPIENT_CONSENT[body.recipient];
    if (!scope) return {};
    const consent = await activeConsent(tx, caseId, scope);
    if (consent) return { consentId: consent.id };
    if (!body.overrideReason) {
      throw new AppError(
        'consent-required',
        `Sharing evidence with ${body.recipient.toLowerCase()} needs the survivor's consent ${scope}, ` +
          'and none is in force; a supervisor may override it with a reason',
        { consent: scope },
      );
    }
    this.access.require(RequestContext.requireActor(), 'evidence.export-override');
    return { overrideReason: body.overrideReason };
  }

  private async recordOnItems(
    tx: Tx,
    caseId: string,
    itemIds: string[],
    action: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    for (const itemId of itemIds) {
      await this.audit.record(tx, {
        action,
        targetType: 'evidence',
        targetId: itemId,
        data: { caseId, ...data },
      });
    }
  }
}
