import { Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuditService } from '../../audit/audit.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db';
import type { Prisma } from '../../generated/prisma/client';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { EvidenceUploadService, Uploader } from '../evidence-upload.service';
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

/** Files larger than this are kept but not analysed: no email or photo comes near it. */
export const MAX_ANALYSED_BYTES = 64 * 1024 * 1024;
/** An email attached to an email attached to … is analysed this deep, no deeper. */
const MAX_NESTING = 3;

/** The field an item's location is sealed under, bound to the item's id as its row. */
export const GPS_FIELD = 'evidence.gps';
/** The thumbnail is sealed like content, bound to a name no item id can take. */
export const thumbnailId = (itemId: string) => `${itemId}.thumbnail`;

type AnalysisRow = Omit<Prisma.EvidenceAnalysisUncheckedCreateInput, 'itemId' | 'organizationId'>;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads what an item's file says about itself once the item is stored: an email's headers,
 * its DKIM/ARC/SPF verdicts with the DNS answers they used, and its attachments as items
 * of their own; an image's EXIF, thumbnail and perceptual hash.
 *
 * It runs after the item's row has committed, reading the sealed file back, so nothing in
 * the analysis can lose or half-store the evidence: a file whose metadata is broken is
 * kept, and its analysis is recorded as failed with the reason. It runs in the upload's
 * request rather than in a worker job because it needs the request's tenant, member and
 * vault (the worker has no organisation keys), and every step is bounded: files over
 * MAX_ANALYSED_BYTES are not read, images over a pixel budget are not decoded, and DNS
 * lookups time out. An item whose analysis never ran (a crash in between) shows none.
 */
@Injectable()
export class EvidenceAnalysisService {
  private readonly logger = new Logger('EvidenceAnalysis');

  constructor(
    private readonly db: TenantDb,
    private readonly vault: EvidenceVault,
    private readonly keys: OrganizationKeysService,
    private readonly uploads: EvidenceUploadService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Analyses a stored email or image once; anything else, or an analysed item, is left. */
  async analyse(itemId: string, nesting = 0): Promise<void> {
    try {
      await this.analyseItem(itemId, nesting);
    } catch (error) {
      // The item is stored; only its analysis is missing, and the log says why.
      this.logger.error(
        `the analysis of item ${itemId} could not be recorded`,
        error instanceof Error ? error.stack : String(error),
      );
    }
  }

  private async analyseItem(itemId: string, nesting: number): Promise<void> {
    const item = await this.db.transaction((tx) =>
      tx.evidenceItem.findUnique({ where: { id: itemId }, include: { analysis: true } }),
    );
    if (!item || item.analysis || !item.storageKey || !item.wrappedKey) return;
    if (item.kind !== 'EMAIL' && item.kind !== 'IMAGE') return;
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
    if (item.kind === 'EMAIL') await this.analyseEmail(item, content, nesting);
    else await this.analyseImage(item, content);
  }

  private async analyseEmail(item: ItemRef, raw: Buffer, nesting: number): Promise<void> {
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
    const attachmentIds: string[] = [];
    for (const [position, attachment] of parsed.attachments.entries()) {
      try {
        const staged = await this.uploads.stage(
          {
            caseId: item.caseId,
            incidentId: item.incidentId ?? undefined,
            uploader: uploaderOf(item),
          },
          {
            content: Readable.from([attachment.content]),
            fileName: attachment.filename ?? `attachment-${position + 1}`,
            declaredType: attachment.contentType ?? null,
          },
        );
        const view = await staged.commit();
        attachmentIds.push(view.id);
        await this.db.transaction((tx) =>
          tx.evidenceAttachment.create({
            data: {
              attachmentId: view.id,
              organizationId: RequestContext.organizationId(),
              messageId: item.id,
              position,
            },
          }),
        );
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
    if (nesting < MAX_NESTING) {
      for (const id of attachmentIds) await this.analyse(id, nesting + 1);
    }
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

  /** The analysis, its authenticity check and the audit event, in one transaction. */
  private store(
    item: ItemRef,
    row: AnalysisRow,
    check?: { verdicts: object; dnsAnswers: Prisma.InputJsonValue },
  ): Promise<void> {
    const organizationId = RequestContext.organizationId();
    return this.db.transaction(async (tx) => {
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

/** An attachment is filed as sent by whoever sent its message. */
function uploaderOf(item: ItemRef): Uploader {
  return item.uploadedById
    ? { kind: 'staff', userId: item.uploadedById }
    : { kind: 'anonymous', label: item.uploaderLabel ?? 'email attachment' };
}
