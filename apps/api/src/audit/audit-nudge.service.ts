import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { queueOptions } from '../jobs/queue-options';
import { chainAuditJob } from '../jobs/chain-audit.job';

/** Nudges of one organisation within this window share one chain job. */
const WINDOW_MS = 1_000;
/** How long after its window a job runs, so that most transactions that nudged have committed. */
const SETTLE_MS = 250;

/**
 * Asks the worker to chain an organisation's inbox soon. A nudge is only a hint: it is sent
 * before the recording transaction commits, at most once per organisation and window from
 * this process, and may be lost with Redis; the worker's periodic sweep chains whatever a
 * nudge missed, so no event depends on one.
 */
@Injectable()
export class AuditNudge implements OnModuleDestroy {
  private readonly logger = new Logger('AuditNudge');
  private readonly queue: Queue;
  /** A cache of the last window nudged per organisation; losing it only costs a nudge. */
  private readonly lastWindow = new Map<string, number>();

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.queue = new Queue(chainAuditJob.queue, queueOptions(config));
    this.queue.on('error', (error) => this.logger.warn(`audit queue: ${error.message}`));
  }

  nudge(organizationId: string): void {
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    if (this.lastWindow.get(organizationId) === window) return;
    this.lastWindow.set(organizationId, window);
    this.queue
      .add(
        chainAuditJob.name,
        { organizationId },
        {
          jobId: `${chainAuditJob.name}_${organizationId}_${window}`,
          delay: (window + 1) * WINDOW_MS - now + SETTLE_MS,
          removeOnComplete: true,
          removeOnFail: 100,
        },
      )
      .catch((error: unknown) =>
        this.logger.warn(`audit nudge not sent (the sweep will chain the event): ${String(error)}`),
      );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
  }
}
