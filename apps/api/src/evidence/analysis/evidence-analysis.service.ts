import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuditService } from '../../audit/audit.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db';
import type { Prisma } from '../../generated/prisma/client';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { EvidenceUploadService } from '../evidence-upload.service';
import { EvidenceVault } from '../evidence-vault';
import { derivedBlobKey } from '../storage/evidence-store';
import { recordingLookup } from './dns-answers';
import { readAll } from './read-all';
import {
  checkAuthenticity,
  MAX_ATTACHMENTS,
  NotAnEmailError,
  parseEmail,
  ParsedEmail,
} from './email-analysis';
import { analyseImage } from './image-analysis';
import { GPS_FIELD, MAX_ANALYSIS_ATTEMPTS, thumbnailId } from './analysis-job';

/** Files larger than this are kept but not analysed: no email or photo comes near it. */
export const MAX_ANALYSED_BYTES = 64 * 1024 * 1024;
/** An email attached to an email attached to … is analysed this deep, no deeper. */
export const MAX_NESTING = 3;

type AnalysisRow = Omit<Prisma.EvidenceAnalysisUncheckedCreateInput, 'itemId' | 'organizationId'>;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads what an item's file says about itself once the item is stored: an email's headers,
 * its DKIM/ARC/SPF verdicts with the DNS answers they used, and its attachments as items
 * of their own; an image's EXIF, thumbnail and perceptual hash.
 *
 * It runs in the worker (the analyse-evidence job) after the item's row has committed as
 * PENDING, reading the sealed file back, so nothing in the analysis can lose or half-store
 * the evidence: a file whose metadata is broken is kept, and its analysis is recorded as
 * failed with the reason. The analysis, the item's new state and the audit event commit
 * together; until then the item stays PENDING, and the sweep queues it again should the job
 * be lost (Redis emptied, worker killed). Every step is bounded: files over
 * MAX_ANALYSED_BYTES are not read, images over a pixel budget are not decoded, DNS lookups
 * time out, and an item whose analysis was started MAX_ANALYSIS_ATTEMPTS times without
 * finishing is recorded as failed rather than tried for ever.
 */
@Injectable()
export class EvidenceAnalysisService {
  constructor(
    private readonly db: TenantDb,
    private readonly vault: EvidenceVault,
    private readonly keys: OrganizationKeysService,
    private readonly uploads: EvidenceUploadService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Analyses a pending item of the tenant in context. Anything not pending (already
   * analysed, never to be) is left as it is, so running it twice does no harm. Throws when
   * the analysis could not be recorded (the item then stays pending for the sweep).
   */
  async run(itemId: string): Promise<'analysed' | 'not-pending' | 'given-up'> {
    const attempt = await this.start(itemId);
    if (attempt === null) return 'not-pending';
    const item = await this.db.transaction((tx) =>
      tx.evidenceItem.findUniqueOrThrow({ where: { id: itemId } }),
    );
    if (attempt > MAX_ANALYSIS_ATTEMPTS) {
      await this.store(item, {
        status: 'FAILED',
        failure: `the analysis was started ${attempt - 1} times and never finished: the file is kept, not analysed`,
      });
      return 'given-up';
    }
    await this.analyseItem(item);
    return 'analysed';
  }

  /** Counts a start and restarts the sweep's clock; the attempt's number, or null if not pending. */
  private async start(itemId: string): Promise<number | null> {
    const rows = await this.db.transaction(
      (tx) => tx.$queryRaw<{ attempts: number }[]>`
        UPDATE evidence_item
           SET analysis_attempts = analysis_attempts + 1, analysis_requested_at = now()
         WHERE id = ${itemId}::uuid AND analysis_state = 'PENDING'
        RETURNING analysis_attempts AS attempts`,
    );
    return rows[0]?.attempts ?? null;
  }

  private async analyseItem(item: ItemRow): Promise<void> {
    if (!item.storageKey || !item.wrappedKey) {
      await this.store(item, { status: 'FAILED', failure: 'no stored file to analyse' });
      return;
    }
    if (Number(item.sizeBytes) > MAX_ANALYSED_BYTES) {
      await this.store(item, {
        status: 'FAILED',
        failure: `larger than ${MAX_ANALYSED_BYTES} bytes: kept, not analysed`,
      });
      return;
    }
    const content = await readAll(
      await this.vault.open({
        id: item.id,
        storageKey: item.storageKey,
        wrappedKey: item.wrappedKey,
      }),
    );
    if (item.kind === 'EMAIL') await this.analyseEmail(item, content);
    else await this.analyseImage(item, content);
  }

  /** How many emails this item is attached inside: 0 for an item uploaded as itself. */
  private async depth(itemId: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      let depth = 0;
      for (let id = itemId; depth <= MAX_NESTING; depth += 1) {
        const link = await tx.evidenceAttachment.findUnique({ where: { attachmentId: id } });
        if (!link) break;
        id = link.messageId;
      }
      return depth;
    });
  }

  private async analyseEmail(item: ItemRef, raw: Buffer): Promise<void> {
    let parsed: ParsedEmail;
    try {
      parsed = await parseEmail(raw);
    } catch (error) {
      const failure =
        error instanceof NotAnEmailError
          ? error.message
          : `could not be read as an email: ${reason(error)}`;
      await this.store(item, { status: 'FAILED', failure });
      return;
    }
    const failures: string[] = [];
    if (parsed.omittedAttachments > 0) {
      failures.push(
        `${parsed.omittedAttachments} attachments past the first ${MAX_ATTACHMENTS} were not filed as items; they remain in the message`,
      );
    }
    const { lookup, answers } = recordingLookup(this.config.DNS_SERVERS);
    const verdicts = await checkAuthenticity(raw, lookup).catch((error: unknown) => {
      failures.push(`the authenticity check failed: ${reason(error)}`);
      return null;
    });
    // An earlier attempt, stopped half-way, may have filed some attachments already: each
    // was committed with its link, so the link says which to leave.
    const filed = new Set(
      (
        await this.db.transaction((tx) =>
          tx.evidenceAttachment.findMany({ where: { messageId: item.id } }),
        )
      ).map((link) => link.position),
    );
    const analyseAttachments = (await this.depth(item.id)) < MAX_NESTING;
    for (const [position, attachment] of parsed.attachments.entries()) {
      if (filed.has(position)) continue;
      try {
        const staged = await this.uploads.stage(
          {
            caseId: item.caseId,
            incidentId: item.incidentId ?? undefined,
            uploader: { kind: 'attachment', userId: item.uploadedById, label: item.uploaderLabel },
            analyse: analyseAttachments,
          },
          {
            content: Readable.from([attachment.content]),
            fileName: attachment.filename ?? `attachment-${position + 1}`,
            declaredType: attachment.contentType ?? null,
          },
        );
        await staged.commit(async (tx, view) => {
          await tx.evidenceAttachment.create({
            data: {
              attachmentId: view.id,
              organizationId: RequestContext.organizationId(),
              messageId: item.id,
              position,
            },
          });
        });
      } catch (error) {
        failures.push(`attachment ${position + 1} could not be stored: ${reason(error)}`);
      }
    }
    await this.store(
      item,
      {
        status: failures.length ? 'FAILED' : 'DONE',
        failure: failures.length ? failures.join('; ') : null,
        emailHeaders: parsed.headers,
      },
      verdicts ? { verdicts, dnsAnswers: answers as unknown as Prisma.InputJsonValue } : undefined,
    );
  }

  private async analyseImage(item: ItemRef, content: Buffer): Promise<void> {
    const result = await analyseImage(content);
    let thumbnail: Pick<AnalysisRow, 'thumbStorageKey' | 'thumbWrappedKey'> = {};
    if (result.thumbnail) {
      const id = thumbnailId(item.id);
      const storageKey = derivedBlobKey(RequestContext.organizationId(), item.id, 'thumbnail');
      const key = await this.vault.newItemKey(id);
      await this.vault.write(storageKey, id, key.key, Readable.from([result.thumbnail]));
      thumbnail = { thumbStorageKey: storageKey, thumbWrappedKey: Uint8Array.from(key.wrapped) };
    }
    await this.store(item, {
      status: result.failures.length ? 'FAILED' : 'DONE',
      failure: result.failures.length ? result.failures.join('; ') : null,
      exif: result.exif,
      gpsSealed: result.gps
        ? Uint8Array.from(
            await this.db.transaction((tx) =>
              this.keys.encrypt(tx, GPS_FIELD, item.id, JSON.stringify(result.gps)),
            ),
          )
        : null,
      width: result.width,
      height: result.height,
      phash: result.phash,
      ...thumbnail,
    });
  }

  /**
   * The analysis, its authenticity check, the item's new state and the audit event, in one
   * transaction; it stores nothing when another run has stored the analysis first.
   */
  private store(
    item: ItemRef,
    row: AnalysisRow,
    check?: { verdicts: object; dnsAnswers: Prisma.InputJsonValue },
  ): Promise<void> {
    const organizationId = RequestContext.organizationId();
    return this.db.transaction(async (tx) => {
      const { count } = await tx.evidenceItem.updateMany({
        where: { id: item.id, analysisState: 'PENDING' },
        data: { analysisState: row.status, analysisRequestedAt: null },
      });
      if (count === 0) throw new Error(`the analysis of item ${item.id} was stored by another run`);
      await tx.evidenceAnalysis.create({ data: { ...row, itemId: item.id, organizationId } });
      if (check) {
        await tx.evidenceAuthCheck.create({
          data: {
            organizationId,
            itemId: item.id,
            mode: 'INTAKE',
            verdicts: check.verdicts as Prisma.InputJsonValue,
            dnsAnswers: check.dnsAnswers,
          },
        });
      }
      await this.audit.record(tx, {
        action: 'evidence.analysed',
        targetType: 'evidence',
        targetId: item.id,
        data: { caseId: item.caseId, status: row.status },
      });
    });
  }
}

interface ItemRef {
  id: string;
  caseId: string;
  incidentId: string | null;
  uploadedById: string | null;
  uploaderLabel: string | null;
}

type ItemRow = ItemRef & {
  kind: string;
  storageKey: string | null;
  wrappedKey: Uint8Array | null;
  sizeBytes: bigint | null;
};
