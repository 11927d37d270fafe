import { Queue } from 'bullmq';
import { AuditNudge } from '../audit/audit-nudge.service';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { CaseReferences } from '../cases/case-references';
import { AccessService } from '../core/access/access.service';
import { RequestContext } from '../core/context/request-context';
import type { PrismaService } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import type { JobDeps } from '../jobs/job';
import { queueOptions } from '../jobs/queue-options';
import { configureOutbox } from '../mail/outbox/outbox-runtime';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { dueItems, type DueItem } from './escalation-due';
import { fireEscalation, type FiringKey, type FiringResult } from './escalation-firing';

/** The queue and job name of a delayed firing; the job's module registers the handler. */
export const FIRE_QUEUE = 'escalations';
export const FIRE_JOB = 'fire-escalation';

/**
 * A firing left to its delayed job that is this late is fired by the sweep itself: a job
 * lost with Redis's data, or one that failed, does not hold a rule back for long.
 */
export const SWEEP_GRACE_MS = 60_000;

/**
 * The delayed job's id: the firing's key and the instant it falls due. Adding it again (every
 * sweep does) changes nothing; when a deadline moves (a rule edited, a pause), the new instant
 * makes a new job, and the old one, firing early, finds nothing due.
 */
export function fireJobId(organizationId: string, item: DueItem): string {
  return [
    FIRE_JOB,
    organizationId,
    item.ruleKind,
    item.step,
    item.subjectId,
    item.dueAt.getTime(),
  ].join('_');
}

export interface EscalationRunner {
  db: TenantDb;
  queue: Queue;
  fire(organizationId: string, key: FiringKey, now: Date): Promise<FiringResult>;
  /** Schedules what is due later, fires what is overdue, for every organisation with rules. */
  sweep(now: Date): Promise<{ scheduled: number; fired: number }>;
  close(): Promise<void>;
}

/**
 * The escalation work, for the worker (which runs without Nest) and for tests, which pass
 * their own clock: the same services the API injects, over the worker's app-role client.
 */
export function escalationRunner({
  config,
  prisma,
}: Pick<JobDeps, 'config' | 'prisma'>): EscalationRunner {
  const prismaService: PrismaService = { client: prisma, onModuleDestroy: async () => undefined };
  const db = new TenantDb(prismaService);
  configureOutbox({ keys: new OrganizationKeysService(config), defaultFrom: config.MAIL_FROM });
  const nudge = new AuditNudge(config);
  const audit = new AuditService(
    db,
    nudge,
    new CaseReferences(new CaseAccess(new AccessService())),
  );
  const queue = new Queue(FIRE_QUEUE, queueOptions(config));
  const deps = { audit, webOrigin: config.WEB_ORIGIN, config };

  const fire = (organizationId: string, key: FiringKey, now: Date) =>
    RequestContext.run({ requestId: `job:escalation:${key.subjectId}`, organizationId }, () =>
      db.transaction((tx) => fireEscalation(tx, deps, organizationId, key, now)),
    );

  return {
    db,
    queue,
    fire,
    async sweep(now) {
      const organizations = await prisma.$queryRaw<{ organization_id: string }[]>`
        SELECT organization_id FROM escalation_organizations()`;
      let scheduled = 0;
      let fired = 0;
      for (const { organization_id: organizationId } of organizations) {
        const items = await RequestContext.run(
          { requestId: 'job:escalation-sweep', organizationId },
          () => db.transaction((tx) => dueItems(tx, organizationId)),
        );
        for (const item of items) {
          const key = { ruleKind: item.ruleKind, step: item.step, subjectId: item.subjectId };
          if (item.dueAt.getTime() <= now.getTime() - SWEEP_GRACE_MS) {
            if ((await fire(organizationId, key, now)) === 'fired') fired += 1;
            continue;
          }
          await queue.add(
            FIRE_JOB,
            { organizationId, ...key },
            {
              jobId: fireJobId(organizationId, item),
              delay: Math.max(0, item.dueAt.getTime() - now.getTime()),
              attempts: 5,
              backoff: { type: 'exponential', delay: 10_000 },
              removeOnComplete: { age: 86_400 },
              removeOnFail: { age: 7 * 86_400 },
            },
          );
          scheduled += 1;
        }
      }
      return { scheduled, fired };
    },
    async close() {
      await Promise.all([queue.close(), nudge.onModuleDestroy()]);
    },
  };
}
