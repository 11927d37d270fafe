import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  GuideProblemView,
  ImportGuideView,
  type GuideImportProgressView,
  type GuideImportStage,
  type StartImportBody,
} from '@cairn/contracts';
import { z } from 'zod';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { GuideImportService } from './guide-import.service';

/** Stages an import goes through before it is over, in order; the page counts them as steps. */
const RUNNING: readonly GuideImportStage[] = ['reading', 'checking', 'storing'];
const STEPS = RUNNING.length;

/**
 * An import that has not moved for this long has stopped (its server restarted): the files
 * are stored in one transaction that times out well before, so it stored nothing.
 */
export const STALLED_AFTER_MS = 5 * 60 * 1000;

const STALLED =
  'The import stopped before it finished, and stored nothing. Import the archive again.';
const FAILED = 'The import could not be finished, and stored nothing. Import the archive again.';

interface ImportRow {
  id: string;
  file_name: string | null;
  stage: GuideImportStage;
  file_count: number | null;
  outcome: unknown;
  failure: string | null;
  started_at: Date;
  updated_at: Date;
}

const Refusal = z.object({ problems: z.array(GuideProblemView) });

/**
 * Imports that run after their request has been answered, so a page can show how far a
 * large archive has got. The work is the synchronous import's, in the same process; each
 * stage it reaches is written at once, in a transaction of its own, for the page to read.
 */
@Injectable()
export class GuideImportProgressService implements OnApplicationShutdown {
  private readonly logger = new Logger(GuideImportProgressService.name);
  /** Imports of this process still running; awaited on shutdown and by tests. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly db: TenantDb,
    private readonly guideImport: GuideImportService,
  ) {}

  async start(body: StartImportBody): Promise<GuideImportProgressView> {
    const startedBy = RequestContext.requireActor().userId;
    const [row] = await this.db.transaction(
      (tx) => tx.$queryRaw<ImportRow[]>`
        INSERT INTO guide_import (organization_id, file_name, started_by)
        VALUES (app_org_id(), ${body.fileName ?? null}, ${startedBy}::uuid)
        RETURNING id, file_name, stage, file_count, outcome, failure, started_at, updated_at`,
    );
    if (!row) throw new Error('guide_import insert returned no row');
    // Runs on in this request's context (tenant, actor, request id) after the answer is sent.
    const run = this.run(row.id, body).finally(() => this.running.delete(run));
    this.running.add(run);
    return toView(row, new Date());
  }

  async get(id: string): Promise<GuideImportProgressView> {
    const [row] = await this.db.transaction(
      (tx) => tx.$queryRaw<ImportRow[]>`
        SELECT id, file_name, stage, file_count, outcome, failure, started_at, updated_at
        FROM guide_import WHERE id = ${id}::uuid`,
    );
    if (!row) throw AppError.notFound('import');
    return toView(row, new Date());
  }

  /** Waits for every import this process runs; used when the app shuts down, and by tests. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async run(id: string, body: StartImportBody): Promise<void> {
    try {
      const result = await this.guideImport.import(body, (stage, fileCount) =>
        this.update(id, stage, { fileCount }),
      );
      await this.update(id, 'done', { outcome: result });
    } catch (error) {
      const refusal =
        error instanceof AppError && error.code === 'content-invalid'
          ? Refusal.safeParse(error.extra)
          : undefined;
      if (refusal?.success) {
        await this.update(id, 'refused', { outcome: refusal.data });
        return;
      }
      this.logger.error({ err: error, importId: id }, 'guide import failed');
      await this.update(id, 'failed', { failure: FAILED }).catch((markError: unknown) =>
        this.logger.error({ err: markError, importId: id }, 'could not mark the import failed'),
      );
    }
  }

  private async update(
    id: string,
    stage: GuideImportStage,
    change: { fileCount?: number; outcome?: unknown; failure?: string },
  ): Promise<void> {
    const outcome = change.outcome === undefined ? null : JSON.stringify(change.outcome);
    await this.db.transaction(
      (tx) => tx.$executeRaw`
        UPDATE guide_import
        SET stage = ${stage}, updated_at = now(),
            file_count = coalesce(${change.fileCount ?? null}::int, file_count),
            outcome = ${outcome}::jsonb, failure = ${change.failure ?? null}
        WHERE id = ${id}::uuid`,
    );
  }
}

function toView(row: ImportRow, now: Date): GuideImportProgressView {
  const stalled =
    RUNNING.includes(row.stage) && now.getTime() - row.updated_at.getTime() > STALLED_AFTER_MS;
  const stage: GuideImportStage = stalled ? 'failed' : row.stage;
  const result = stage === 'done' ? ImportGuideView.parse(row.outcome) : null;
  const problems = stage === 'refused' ? Refusal.parse(row.outcome).problems : [];
  return {
    id: row.id,
    fileName: row.file_name,
    stage,
    step: RUNNING.includes(stage) ? RUNNING.indexOf(stage) + 1 : STEPS,
    steps: STEPS,
    fileCount: row.file_count,
    startedAt: row.started_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    result,
    problems,
    failure: stalled ? STALLED : row.failure,
  };
}
