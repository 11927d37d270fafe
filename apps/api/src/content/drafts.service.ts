import { Injectable } from '@nestjs/common';
import { checkDocument, titleOf } from '@cairn/content';
import type { CheckSourceView, GuideDocumentView } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { toProblemView } from './content-problems';
import {
  findDocument,
  lockDocument,
  lockOrCreateDocument,
  publishedSource,
  toDocumentView,
} from './guide-documents';
import { defaultSourceAt, kindOfPath, readersGuide } from './organization-guide';

/** Drafts: an editor's work in progress, which readers never see. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  async save(path: string, source: string): Promise<GuideDocumentView> {
    const kind = kindOfPath(path, 'body');
    const defaultSource = await defaultSourceAt(path);
    return this.db.transaction(async (tx) => {
      const document = await lockOrCreateDocument(tx, path, kind);
      // Checked once here, so that listing files never checks them.
      const problems = checkDocument(await readersGuide(tx), path, source);
      const now = new Date();
      await tx.guideDocument.update({
        where: { id: document.id },
        data: {
          title: titleOf(path, (await publishedSource(tx, document)) ?? source),
          problemCount: problems.length,
          draftSource: source,
          draftUpdatedAt: now,
          draftUpdatedBy: RequestContext.requireActor().userId,
          updatedAt: now,
        },
      });
      await this.audit.record(tx, {
        action: 'content.draft-saved',
        targetType: 'guide_document',
        targetId: document.id,
        data: { path },
      });
      return toDocumentView(path, kind, defaultSource, await findDocument(tx, path));
    });
  }

  /** Throws a draft away; a document that was never published goes with it. */
  discard(path: string): Promise<void> {
    kindOfPath(path, 'query');
    return this.db.transaction(async (tx) => {
      const document = await lockDocument(tx, path);
      if (!document || document.draftSource === null) throw AppError.notFound('draft');
      if (document.currentRevision === null) {
        await tx.guideDocument.delete({ where: { id: document.id } });
      } else {
        await tx.guideDocument.update({
          where: { id: document.id },
          data: {
            draftSource: null,
            draftUpdatedAt: null,
            draftUpdatedBy: null,
            problemCount: 0,
            title: await publishedSource(tx, document).then((text) =>
              text === null ? null : titleOf(path, text),
            ),
          },
        });
      }
      await this.audit.record(tx, {
        action: 'content.draft-discarded',
        targetType: 'guide_document',
        targetId: document.id,
        data: { path },
      });
    });
  }

  /** The problems a text would have if published now, in the guide the organisation's readers see. */
  async check(path: string, source: string): Promise<CheckSourceView> {
    kindOfPath(path, 'body');
    const files = await this.db.transaction((tx) => readersGuide(tx));
    return { problems: checkDocument(files, path, source).map(toProblemView) };
  }
}
