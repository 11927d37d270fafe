import { Queue, QueueEvents, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../src/core/logging/logger';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { processJob } from '../src/jobs/process-job';
import { purgeSessionsJob } from '../src/jobs/purge-sessions.job';
import { queueOptions } from '../src/jobs/queue-options';
import { login, makeOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('purges sessions that ended over a day ago through a real BullMQ round trip, as the app role', async () => {
  const org = await makeOrg(t);
  await login(t, org.admin);
  await login(t, org.admin);
  const [old, current] = await t.owner.session.findMany({ where: { organizationId: org.id } });
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
  await t.owner.session.update({
    where: { id: old!.id },
    data: { idleExpiresAt: twoDaysAgo, absoluteExpiresAt: twoDaysAgo },
  });

  // A queue of its own under the run's prefix, so a worker started by `npm start` on this
  // machine cannot take the job.
  const queueName = `test-${randomBytes(4).toString('hex')}`;
  const queueing = queueOptions(t.config);
  const prisma = createPrismaClient(t.config.appDatabaseUrl);
  const deps = { config: t.config, prisma, logger: createLogger('silent') };
  const worker = new Worker(
    queueName,
    (job) => processJob(purgeSessionsJob.queue, job, deps),
    queueing,
  );
  const queue = new Queue(queueName, queueing);
  const events = new QueueEvents(queueName, queueing);
  try {
    await events.waitUntilReady();
    const job = await queue.add(purgeSessionsJob.name, {}, { jobId: `purge-${queueName}` });
    const result = (await job.waitUntilFinished(events, 15_000)) as { purged: number };
    expect(result.purged).toBeGreaterThanOrEqual(1);
    const left = await t.owner.session.findMany({ where: { organizationId: org.id } });
    expect(left.map((session) => session.id)).toEqual([current!.id]);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await events.close();
    await prisma.$disconnect();
  }
});

it('refuses a job it has no handler for, and a payload its schema rejects', async () => {
  const deps = { config: t.config, prisma: t.owner, logger: createLogger('silent') };
  await expect(
    processJob('maintenance', { name: 'no-such-job', data: {}, id: '1' }, deps),
  ).rejects.toThrow(/No handler/);
  await expect(
    processJob('maintenance', { name: purgeSessionsJob.name, data: { email: 'x' }, id: '2' }, deps),
  ).rejects.toThrow(/email.*not a field this takes/);
});
