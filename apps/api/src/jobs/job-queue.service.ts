import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { z } from 'zod';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import type { JobDef } from './job';
import { queueOptions } from './queue-options';

/** Hands jobs from the API to the worker. The job's id is its idempotency key. */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(CONFIG) private readonly config: AppConfig) {}

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, queueOptions(this.config));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<P extends z.ZodType>(
    job: Pick<JobDef<P>, 'name' | 'queue' | 'payload'>,
    payload: z.infer<P>,
    jobId: string,
  ): Promise<void> {
    await this.queue(job.queue).add(job.name, job.payload.parse(payload), {
      jobId,
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 7 * 86_400 },
    });
  }

  /**
   * Queues a job again under an id that was used before: a finished or failed job of that id
   * is removed first (BullMQ ignores an id it still holds); one waiting or running is left.
   * Says whether a job was queued.
   */
  async requeue<P extends z.ZodType>(
    job: Pick<JobDef<P>, 'name' | 'queue' | 'payload'>,
    payload: z.infer<P>,
    jobId: string,
  ): Promise<boolean> {
    const existing = await this.queue(job.queue).getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      await existing.remove();
    }
    await this.add(job, payload, jobId);
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
