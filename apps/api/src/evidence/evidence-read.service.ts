import { Injectable } from '@nestjs/common';
import type {
  CustodyEntryView,
  EvidenceDetailView,
  EvidenceFlagChange,
  EvidenceListQuery,
  EvidenceVerifyView,
  EvidenceView,
} from '@cairn/contracts';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { personRef, PERSON_SELECT } from '../cases/person';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { EvidenceUnreadableError } from './chunked-cipher';
import { EvidenceVault, SealedItem } from './evidence-vault';
import { EVIDENCE_INCLUDE, EvidenceRow, toEvidenceView } from './evidence-views';
import { BlobMissingError } from './storage/evidence-store';

/** What a download's headers say about an item's content. */
export interface EvidenceContentHead {
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** An item's content ready to send: its first bytes already checked. */
export interface EvidenceContent extends EvidenceContentHead {
  content: Readable;
}

const unreadable = (error: unknown): AppError =>
  new AppError('evidence-unreadable', error instanceof Error ? error.message : undefined);

/**
 * Reading evidence: lists, one item with its custody log, its content and its
 * verification. Every read is audited; an item is found only through a case its reader
 * may see, so another organisation's item and a restricted case's item both answer 404.
 */
@Injectable()
export class EvidenceReadService {
  constructor(
    private readonly db: TenantDb,
    private readonly caseAccess: CaseAccess,
    private readonly audit: AuditService,
    private readonly vault: EvidenceVault,
  ) {}

  list(caseId: string, query: EvidenceListQuery): Promise<{ items: EvidenceView[] }> {
    return this.db.transaction(async (tx) => {
      await this.caseAccess.requireVisible(tx, caseId);
      const rows = await tx.evidenceItem.findMany({
        where: {
          caseId,
          ...(query.hidden === 'exclude' ? { hiddenAt: null } : {}),
          ...(query.hidden === 'only' ? { hiddenAt: { not: null } } : {}),
        },
        include: EVIDENCE_INCLUDE,
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'evidence' },
      });
      return { items: rows.map(toEvidenceView) };
    });
  }

  /** The item and its history; the analysis is added by the analysis service. */
  get(id: string): Promise<Omit<EvidenceDetailView, 'analysis' | 'attachedTo'>> {
    return this.db.transaction(async (tx) => {
      const row = await findVisibleItem(tx, this.caseAccess, id);
      await this.audit.record(tx, {
        action: 'evidence.viewed',
        targetType: 'evidence',
        targetId: id,
        data: { caseId: row.caseId },
      });
      const changes = await tx.evidenceFlagChange.findMany({
        where: { itemId: id },
        include: { changedBy: PERSON_SELECT },
        orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
      });
      return {
        ...toEvidenceView(row),
        flagChanges: changes.map((change) => ({
          change: change.change as EvidenceFlagChange,
          reason: change.reason,
          by: personRef(change.changedBy),
          at: change.changedAt.toISOString(),
        })),
        custody: await this.custody(tx, id),
      };
    });
  }

  private async custody(tx: Tx, id: string): Promise<CustodyEntryView[]> {
    const events = await this.audit.trail(tx, 'evidence', id);
    const actorIds = [...new Set(events.flatMap((event) => event.actorUserId ?? []))];
    const people = await tx.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, displayName: true },
    });
    const byId = new Map(people.map((person) => [person.id, person]));
    return events.map((event) => ({
      at: event.at.toISOString(),
      action: event.action,
      actor: personRef(event.actorUserId ? byId.get(event.actorUserId) : null),
      requestId: event.requestId,
      data: event.data,
    }));
  }

  /**
   * The item's content for download. The download is audited before a byte leaves, and the
   * first chunk is opened before answering, so content that fails at its start answers an
   * error instead of a 200; a failure further in cuts the transfer short.
   */
  async content(id: string): Promise<EvidenceContent> {
    const item = await this.fileItem(id, 'evidence.downloaded');
    try {
      return {
        fileName: item.fileName,
        sizeBytes: item.sizeBytes,
        sha256: item.sha256,
        content: await startedStream(await this.vault.open(item)),
      };
    } catch (error) {
      if (error instanceof EvidenceUnreadableError || error instanceof BlobMissingError) {
        throw unreadable(error);
      }
      throw error;
    }
  }

  /** The download's headers without its bytes (a HEAD request): a view, not a download. */
  async contentHead(id: string): Promise<EvidenceContentHead> {
    const { fileName, sizeBytes, sha256 } = await this.fileItem(id, 'evidence.viewed');
    return { fileName, sizeBytes, sha256 };
  }

  private fileItem(id: string, action: string): Promise<FileItem> {
    return this.db.transaction(async (tx) => {
      const row = await findVisibleItem(tx, this.caseAccess, id);
      const item = requireFile(row);
      await this.audit.record(tx, {
        action,
        targetType: 'evidence',
        targetId: id,
        data: { caseId: row.caseId },
      });
      return item;
    });
  }

  /** Re-reads the stored content and compares its SHA-256 with the one taken at upload. */
  async verify(id: string): Promise<EvidenceVerifyView> {
    const item = await this.db.transaction(async (tx) =>
      requireFile(await findVisibleItem(tx, this.caseAccess, id)),
    );
    let actual: string | null = null;
    let problem: EvidenceVerifyView['problem'] = null;
    try {
      const hash = createHash('sha256');
      for await (const chunk of await this.vault.open(item)) hash.update(chunk as Buffer);
      actual = hash.digest('hex');
      if (actual !== item.sha256) problem = 'hash-mismatch';
    } catch (error) {
      if (error instanceof BlobMissingError) problem = 'missing';
      else if (error instanceof EvidenceUnreadableError) problem = 'unreadable';
      else throw error;
    }
    const matches = problem === null;
    await this.audit.recordAlone({
      action: 'evidence.verified',
      targetType: 'evidence',
      targetId: id,
      data: { caseId: item.caseId, matches },
    });
    return {
      id,
      matches,
      expectedSha256: item.sha256,
      actualSha256: problem === 'unreadable' ? null : actual,
      problem,
      checkedAt: new Date().toISOString(),
    };
  }
}

/** An item the signed-in member may see, through its case; 404 for anything else. */
export async function findVisibleItem(
  tx: Tx,
  caseAccess: CaseAccess,
  id: string,
): Promise<EvidenceRow> {
  const row = await tx.evidenceItem.findUnique({ where: { id }, include: EVIDENCE_INCLUDE });
  if (!row) throw AppError.notFound('evidence');
  await caseAccess.requireVisible(tx, row.caseId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'not-found'
      ? AppError.notFound('evidence')
      : error;
  });
  return row;
}

type FileItem = SealedItem & {
  caseId: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
};

function requireFile(row: EvidenceRow): FileItem {
  if (
    !row.storageKey ||
    !row.wrappedKey ||
    !row.fileName ||
    !row.sha256 ||
    row.sizeBytes === null
  ) {
    throw new AppError('conflict', 'A link has no stored content');
  }
  return {
    id: row.id,
    caseId: row.caseId,
    storageKey: row.storageKey,
    wrappedKey: row.wrappedKey,
    fileName: row.fileName,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
  };
}

/**
 * Waits until the stream has its first chunk (or has failed), then hands on the stream itself,
 * the chunk still in it. Not wrapped in an async generator: a generator's promises for every
 * 64 KiB chunk fill the API's small young generation, and the extra collections moved chunks
 * in flight to the old one, which then took a full collection every 100-150 ms.
 */
async function startedStream(stream: Readable): Promise<Readable> {
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('readable', onReadable);
      stream.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onReadable = () => settle();
    stream.on('readable', onReadable);
    stream.on('error', settle);
  });
  // A failure between here and the reply taking the stream is seen by the reply (the stream
  // is then errored), not thrown as an unhandled error event.
  stream.on('error', () => undefined);
  return stream;
}
