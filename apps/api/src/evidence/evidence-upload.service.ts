import { Inject, Injectable } from '@nestjs/common';
import type { EvidenceView, FileEvidenceKind } from '@cairn/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { recordCaseEvent } from '../cases/case-events';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { requireIncidentOnCase } from '../incidents/incident-on-case';
import { EVIDENCE_INCLUDE, toEvidenceView } from './evidence-views';
import { EvidenceVault } from './evidence-vault';
import { safeFileName } from './file-name';
import { detectType, kindOf } from './file-type';
import { blobKey } from './storage/evidence-store';
import { feedMeter, UploadMeter } from './upload-meter';
import { EvidenceAnalysisQueue } from './analysis/evidence-analysis-queue';

/** The kinds whose files the worker analyses: an email's headers, an image's metadata. */
export const ANALYSED_KINDS: ReadonlySet<string> = new Set(['EMAIL', 'IMAGE']);

function uploaderColumns(uploader: Uploader): {
  uploadedById: string | null;
  uploaderLabel: string | null;
} {
  switch (uploader.kind) {
    case 'staff':
      return { uploadedById: uploader.userId, uploaderLabel: null };
    case 'anonymous':
      return { uploadedById: null, uploaderLabel: uploader.label };
    case 'attachment':
      return uploader.userId
        ? { uploadedById: uploader.userId, uploaderLabel: null }
        : { uploadedById: null, uploaderLabel: uploader.label ?? 'email attachment' };
  }
}

/**
 * Who sends a file: a signed-in staff member, an anonymous channel such as intake, or the
 * analysis filing an email's attachment on behalf of whoever sent the email (access to the
 * case was checked when the email came in; the worker that files it has no signed-in member).
 */
export type Uploader =
  | { kind: 'staff'; userId: string }
  | { kind: 'anonymous'; label: string }
  | { kind: 'attachment'; userId: string | null; label: string | null };

export interface UploadTarget {
  caseId: string;
  incidentId?: string;
  /** When the survivor says it was captured (ISO 8601). */
  capturedAt?: string;
  kind?: FileEvidenceKind;
  uploader: Uploader;
  /** False keeps an email or image from being analysed (an attachment nested too deep). */
  analyse?: boolean;
}

export interface IncomingFile {
  content: Readable;
  /** The name the uploader's software gave; made safe here. */
  fileName: string;
  declaredType: string | null;
}

/** An upload whose bytes are stored and hashed but whose row is not yet written. */
export interface StagedEvidence {
  /**
   * Writes the row, the timeline entry and the audit event in one transaction, with what
   * `also` writes in it; then asks the worker to analyse the item, if it is to be analysed.
   */
  commit(also?: (tx: Tx, item: EvidenceView) => Promise<void>): Promise<EvidenceView>;
  /** Removes the stored bytes: the upload was refused after its file had been read. */
  discard(): Promise<void>;
}

/** Stored bytes whose row the caller writes in its own transaction. */
export interface DetachedEvidence {
  /** The id the item's row will have. */
  id: string;
  /** What the bytes are, as stored: for a caller that takes only some kinds of file. */
  kind: FileEvidenceKind;
  detectedType: string | null;
  declaredType: string | null;
  /** Writes the row, its timeline entry and audit event in the caller's transaction. */
  write(tx: Tx, target: { caseId: string; incidentId?: string }): Promise<EvidenceView>;
  /** After the caller's commit: asks the worker to analyse the item, if it is to be. */
  committed(): Promise<void>;
  /** Removes the stored bytes: the transaction that was to write the row failed. */
  discard(): Promise<void>;
}

const emptyFile = () =>
  AppError.validation([{ in: 'body', field: 'file', message: 'the file is empty' }]);

const cutShort = () =>
  new AppError('upload-incomplete', 'The connection or the multipart body ended inside the file', {
    errors: [{ in: 'body', field: 'file', message: 'ended before the file did' }],
  });

/**
 * Stores an uploaded file as evidence of a case. The bytes are written, encrypted and
 * hashed before the item's row exists; the row commits only after them, and any failure
 * removes what was written, so an item always has its whole content and a refused upload
 * leaves nothing. It takes the tenant from the request context and an uploader
 * description, not an HTTP request, so survivor intake can send files the same way.
 */
@Injectable()
export class EvidenceUploadService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly audit: AuditService,
    private readonly vault: EvidenceVault,
    private readonly analysisQueue: EvidenceAnalysisQueue,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Reads the whole file into the vault; the caller commits or discards the result. */
  async stage(target: UploadTarget, file: IncomingFile): Promise<StagedEvidence> {
    const maxBytes = await this.db.transaction(async (tx) => {
      await this.requireTarget(tx, target);
      return this.uploadLimit(tx);
    });
    const stored = await this.store(target, file, maxBytes);
    return {
      commit: async (also) => {
        let view: EvidenceView;
        try {
          view = await this.db.transaction(async (tx) => {
            await this.requireTarget(tx, target);
            const item = await stored.write(tx, target);
            await also?.(tx, item);
            return item;
          });
        } catch (error) {
          await stored.discard();
          throw error;
        }
        await stored.committed();
        return view;
      },
      discard: stored.discard,
    };
  }

  /**
   * Reads the whole file into the vault for a case that does not exist yet: the caller
   * writes the item's row in the transaction that creates the case (survivor intake), then
   * calls `committed`, or `discard` when that transaction failed.
   */
  async stageDetached(
    target: Omit<UploadTarget, 'caseId' | 'incidentId'>,
    file: IncomingFile,
    /** A lower limit than the organisation's, for callers such as an anonymous form. */
    maxBytesCap = Number.POSITIVE_INFINITY,
  ): Promise<DetachedEvidence> {
    const maxBytes = await this.db.transaction((tx) => this.uploadLimit(tx));
    return this.store(target, file, Math.min(maxBytes, maxBytesCap));
  }

  /** Writes, encrypts and hashes the bytes; the row is left to the returned `write`. */
  private async store(
    target: Omit<UploadTarget, 'caseId' | 'incidentId'>,
    file: IncomingFile,
    maxBytes: number,
  ): Promise<DetachedEvidence> {
    const id = randomUUID();
    const storageKey = blobKey(RequestContext.organizationId(), id);
    const itemKey = await this.vault.newItemKey(id);
    const meter = new UploadMeter(maxBytes);
    const sender = feedMeter(file.content, meter);
    try {
      await this.vault.write(storageKey, id, itemKey.key, meter);
    } catch (failure) {
      sender.stop();
      await this.vault.discard(storageKey);
      // The meter's refusal (over the limit) names the problem best.
      if (failure instanceof AppError) throw failure;
      if (sender.senderFailed()) throw cutShort();
      throw failure;
    }
    if (meter.bytes === 0) {
      await this.vault.discard(storageKey);
      throw emptyFile();
    }
    const detectedType = await detectType(meter.head());
    const declaredType = file.declaredType?.slice(0, 200).toLowerCase() || null;
    const kind = target.kind ?? kindOf(detectedType, declaredType);
    const analysed = target.analyse !== false && ANALYSED_KINDS.has(kind);
    const row = {
      id,
      organizationId: RequestContext.organizationId(),
      kind,
      storageKey,
      wrappedKey: Uint8Array.from(itemKey.wrapped),
      fileName: safeFileName(file.fileName),
      sizeBytes: BigInt(meter.bytes),
      sha256: meter.sha256(),
      declaredType,
      detectedType,
      capturedAt: target.capturedAt ? new Date(target.capturedAt) : null,
      ...uploaderColumns(target.uploader),
      ...(analysed ? { analysisState: 'PENDING', analysisRequestedAt: new Date() } : {}),
    };
    return {
      id,
      kind,
      detectedType,
      declaredType,
      write: async (tx, { caseId, incidentId }) => {
        const created = await tx.evidenceItem.create({
          data: { ...row, caseId, incidentId: incidentId ?? null },
          include: EVIDENCE_INCLUDE,
        });
        await recordCaseEvent(tx, caseId, 'EVIDENCE_ADDED', { evidenceId: id });
        await this.audit.record(tx, {
          action: 'evidence.uploaded',
          targetType: 'evidence',
          targetId: id,
          data: { caseId },
        });
        return toEvidenceView(created);
      },
      // After the commit, so the worker finds the row. Should the queue be unreachable the
      // item stays pending and the sweep asks again: the upload itself has succeeded.
      committed: async () => {
        if (analysed) await this.analysisQueue.request(RequestContext.organizationId(), id);
      },
      discard: () => this.vault.discard(storageKey),
    };
  }

  /** The case exists and the uploader may add to it; the incident, if named, is on it. */
  private async requireTarget(tx: Tx, target: UploadTarget): Promise<void> {
    if (target.uploader.kind === 'staff') {
      await this.caseAccess.requireVisible(tx, target.caseId);
    } else if (
      !(await tx.case.findUnique({ where: { id: target.caseId }, select: { id: true } }))
    ) {
      throw AppError.notFound('case');
    }
    if (target.incidentId) await requireIncidentOnCase(tx, target.caseId, target.incidentId);
  }

  private async uploadLimit(tx: Tx): Promise<number> {
    const settings = await tx.evidenceSettings.findUnique({
      where: { organizationId: RequestContext.organizationId() },
    });
    return settings ? Number(settings.maxUploadBytes) : this.config.EVIDENCE_MAX_UPLOAD_BYTES;
  }
}
