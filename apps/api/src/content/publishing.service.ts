import { Injectable } from '@nestjs/common';
import { checkDocument } from '@cairn/content';
import type { GuideDocumentView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { GuideDocument } from '../generated/prisma/client';
import { blockingProblems, refuseProblems } from './content-problems';
import {
  appendRevision,
  findDocument,
  lockDocument,
  lockOrCreateDocument,
  toDocumentView,
} from './guide-documents';
import { defaultSourceAt, kindOfPath, readersGuide } from './organization-guide';

/**
 * An editor changes what readers see by a new revision only: publishing a draft,
 * restoring an earlier revision, or withdrawing the organisation's text. Revisions are
 * never changed, so the history of a file is complete.
 */
@Injectable()
export class PublishingService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async publish(path: string, note?: string): Promise<GuideDocumentView> {
    return this.change(path, async (tx, document) => {
      if (!document || document.draftSource === null) {
        throw new AppError('conflict', 'There is no draft of this file to publish');
      }
      refuseProblems(
        blockingProblems(checkDocument(await readersGuide(tx), path, document.draftSource)),
        'The draft was not published',
      );
      const number = await appendRevision(tx, document, {
        source: document.draftSource,
        note,
        clearDraft: true,
      });
      return { action: 'content.published', document, data: { revision: number } };
    });
  }

  async rollback(path: string, revision: number, note?: string): Promise<GuideDocumentView> {
    return this.change(path, async (tx, document) => {
      if (!document) throw AppError.notFound('guide file');
      const restored = await tx.guideRevision.findFirst({
        where: { documentId: document.id, number: revision },
      });
      if (!restored) throw AppError.notFound('revision');
      if (restored.source === null) {
        throw new AppError(
          'conflict',
          `Revision ${revision} withdrew the file; withdraw it instead`,
        );
      }
      if (revision === document.currentRevision) {
        throw new AppError('conflict', `Revision ${revision} is the one readers already see`);
      }
      // The guide may have changed around the file since; what readers get must still hold.
      refuseProblems(
        blockingProblems(checkDocument(await readersGuide(tx), path, restored.source)),
        `Revision ${revision} was not restored`,
      );
      const number = await appendRevision(tx, document, {
        source: restored.source,
        restoredFrom: revision,
        note,
      });
      return {
        action: 'content.rolled-back',
        document,
        data: { revision: number, restoredFrom: revision },
      };
    });
  }

  /**
   * Stops showing the organisation's text: an override falls back to the shared file and an
   * own file disappears. Withdrawing a shared file readers see as it is hides it.
   */
  async withdraw(path: string, note?: string): Promise<GuideDocumentView> {
    const kind = kindOfPath(path, 'body');
    const isShared = (await defaultSourceAt(path)) !== null;
    return this.change(path, async (tx, found) => {
      if (!found && !isShared) throw AppError.notFound('guide file');
      const current = found?.currentRevision
        ? await tx.guideRevision.findFirst({
            where: { documentId: found.id, number: found.currentRevision },
          })
        : null;
      const showsOwnText = (current?.source ?? null) !== null;
      const showsShared = isShared && !showsOwnText && !current?.hidesDefault;
      if (!showsOwnText && !showsShared) {
        throw new AppError('conflict', 'Readers see nothing of this file already');
      }
      const document = found ?? (await lockOrCreateDocument(tx, path, kind));
      const number = await appendRevision(tx, document, {
        source: null,
        hidesDefault: showsShared,
        note,
      });
      return {
        action: 'content.withdrawn',
        document,
        data: { revision: number, hidesDefault: showsShared },
      };
    });
  }

  /** Runs one change on a locked document, records it in the audit log, and answers the new view. */
  private async change(
    path: string,
    apply: (
      tx: Tx,
      document: GuideDocument | null,
    ) => Promise<{ action: string; document: GuideDocument; data: Record<string, unknown> }>,
  ): Promise<GuideDocumentView> {
    const kind = kindOfPath(path, 'body');
    const defaultSource = await defaultSourceAt(path);
    return this.db.transaction(async (tx) => {
      const done = await apply(tx, await lockDocument(tx, path));
      await this.audit.record(tx, {
        action: done.action,
        targetType: 'guide_document',
        targetId: done.document.id,
        data: { path, ...done.data },
      });
      return toDocumentView(path, kind, defaultSource, await findDocument(tx, path));
    });
  }
}
