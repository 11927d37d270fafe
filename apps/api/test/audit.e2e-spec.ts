import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import type { Client } from 'pg';
import { chainOrganizationInbox } from '../src/audit/audit-chain';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import { chainAuditJob } from '../src/jobs/chain-audit.job';
import { processJob } from '../src/jobs/process-job';
import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { ownerClient, startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let owner: Client;
beforeAll(async () => {
  t = await startTestApp();
  owner = await ownerClient(t.config);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

/** Puts n events straight into an organisation's inbox, as n audited requests would. */
async function fillInbox(org: TestOrg, n: number): Promise<void> {
  await owner.query(
    `INSERT INTO audit_inbox (organization_id, action, target_type, target_id, data)
     SELECT $1, 'case.viewed', 'case', 'c' || i, jsonb_build_object('n', i)
     FROM generate_series(1, $2::int) AS i`,
    [org.id, n],
  );
}

async function inboxIds(org: TestOrg): Promise<number[]> {
  const { rows } = await owner.query<{ id: string }>(
    'SELECT id FROM audit_inbox WHERE organization_id = $1 ORDER BY id',
    [org.id],
  );
  return rows.map((row) => Number(row.id));
}

async function chain(org: TestOrg) {
  const { rows } = await owner.query<{
    seq: string;
    inbox_id: string;
    action: string;
    prev_hash: string;
    hash: string;
  }>(
    `SELECT seq, inbox_id, action, prev_hash, hash FROM audit_event
     WHERE organization_id = $1 ORDER BY seq`,
    [org.id],
  );
  return rows.map((row) => ({ ...row, seq: Number(row.seq), inboxId: Number(row.inbox_id) }));
}

/** The chain is whole: numbered 1..n, each event linked to the one before. */
function expectLinked(events: Awaited<ReturnType<typeof chain>>): void {
  expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i + 1));
  events.forEach((event, i) => {
    if (i > 0) expect(event.prev_hash).toBe(events[i - 1]!.hash);
  });
}

describe('the audit inbox and the worker that chains it', () => {
  it('records a read in the inbox at once, and the chain-audit job links the inbox into the chain in order, exactly once', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const { id } = await makeCase(t, token);
    for (let i = 0; i < 3; i += 1) {
      expect((await t.http().get(`/cases/${id}`).set(bearer(token))).status).toBe(200);
    }
    const waiting = await inboxIds(org);
    expect(waiting).toHaveLength(6);
    expect(await chain(org)).toEqual([]);

    // A real BullMQ round trip on a queue of its own, as the app role, as the worker runs it.
    const queueName = `test-audit-${randomBytes(4).toString('hex')}`;
    const connection = { url: t.config.REDIS_URL };
    const prisma = createPrismaClient(t.config.appDatabaseUrl);
    const deps = { config: t.config, prisma, logger: createLogger('silent') };
    const worker = new Worker(queueName, (job) => processJob(chainAuditJob.queue, job, deps), {
      connection,
    });
    const queue = new Queue(queueName, { connection });
    const events = new QueueEvents(queueName, { connection });
    try {
      await events.waitUntilReady();
      const run = async (jobId: string) => {
        const job = await queue.add(chainAuditJob.name, { organizationId: org.id }, { jobId });
        return (await job.waitUntilFinished(events, 15_000)) as { linked: number };
      };
      expect(await run('first')).toEqual({ linked: 6 });
      expect(await run('second')).toEqual({ linked: 0 });
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
      await prisma.$disconnect();
    }

    const chained = await chain(org);
    expect(chained.map((event) => event.inboxId)).toEqual(waiting);
    expect(chained.map((event) => event.action)).toEqual([
      'organization.created',
      'auth.login',
      'case.created',
      'case.viewed',
      'case.viewed',
      'case.viewed',
    ]);
    expectLinked(chained);
    expect(await inboxIds(org)).toEqual([]);
  });

  it('lets two workers chain one organisation at once without forking the chain or linking an event twice', async () => {
    const org = await makeOrg(t);
    await fillInbox(org, 3_000);
    const waiting = await inboxIds(org);
    const workers = [0, 1].map(() => createPrismaClient(t.config.appDatabaseUrl));
    try {
      const linked = await Promise.all(
        workers.map((prisma) => chainOrganizationInbox(prisma, org.id)),
      );
      expect(linked[0]! + linked[1]!).toBe(waiting.length);
    } finally {
      await Promise.all(workers.map((prisma) => prisma.$disconnect()));
    }
    const chained = await chain(org);
    expect(chained.map((event) => event.inboxId)).toEqual(waiting);
    expectLinked(chained);
  });
});

describe('the worker process', () => {
  const workerScript = path.resolve(__dirname, '../dist/worker.js');
  const children: ChildProcess[] = [];

  /** A real worker; by default on queues of its own, so that it takes none of the API's nudges. */
  function startWorker(redisPrefix = `${t.config.REDIS_PREFIX}w-`): ChildProcess {
    if (!existsSync(workerScript))
      throw new Error(`build the API first: ${workerScript} is missing`);
    const child = spawn(process.execPath, [workerScript], {
      env: { ...process.env, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + 40_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('chains a read within seconds of the request, nudged by the API rather than left to the sweep', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const worker = startWorker(t.config.REDIS_PREFIX);
    // Its first sweep runs as it starts; the next is 15 s later.
    await waitFor('the worker’s first sweep', async () =>
      (await inboxIds(org)).length === 0 ? true : undefined,
    );
    const { id } = await makeCase(t, token);
    const read = Date.now();
    expect((await t.http().get(`/cases/${id}`).set(bearer(token))).status).toBe(200);
    await waitFor('the read to be chained', async () =>
      (await chain(org)).some((event) => event.action === 'case.viewed') ? true : undefined,
    );
    expect(Date.now() - read).toBeLessThan(5_000);
    worker.kill('SIGTERM');
    await once(worker, 'exit');
  }, 60_000);

  it('loses no event and links none twice: the next worker chains what the killed one had not committed', async () => {
    const org = await makeOrg(t);
    await fillInbox(org, 200);
    const waiting = await inboxIds(org);

    // Hold the last inbox row, so the worker's chaining transaction, having appended every
    // link, waits inside it to remove that row: the moment between inbox and chain.
    const holder = await ownerClient(t.config);
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM audit_inbox WHERE id = $1 FOR UPDATE', [waiting.at(-1)]);

    const first = startWorker();
    const blocked = await waitFor(
      'the worker to wait inside its chaining transaction',
      async () => {
        const { rows } = await owner.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND usename = 'cairn_app'
           AND wait_event_type = 'Lock' AND query LIKE '%audit_chain_inbox%'`,
        );
        return rows[0]?.pid;
      },
    );
    first.kill('SIGKILL');
    await once(first, 'exit');
    await holder.query('ROLLBACK');
    await holder.end();
    await waitFor('the killed worker’s transaction to end', async () => {
      const { rowCount } = await owner.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [
        blocked,
      ]);
      return rowCount === 0 ? true : undefined;
    });
    expect(await chain(org)).toEqual([]);
    expect(await inboxIds(org)).toEqual(waiting);

    const second = startWorker();
    await waitFor('the restarted worker to chain the inbox', async () =>
      (await inboxIds(org)).length === 0 ? true : undefined,
    );
    second.kill('SIGTERM');
    await once(second, 'exit');

    const chained = await chain(org);
    expect(chained.map((event) => event.inboxId)).toEqual(waiting);
    expectLinked(chained);
  }, 90_000);
});

describe('GET /audit/verify', () => {
  it('counts events not yet chained as pending, not missing, and names the chained event the owner altered', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const verify = async () => (await t.http().get('/audit/verify').set(bearer(token))).body;

    // organization.created and auth.login wait in the inbox.
    expect(await verify()).toEqual({
      ok: true,
      checked: 0,
      headSeq: 0,
      pending: 2,
      firstBroken: null,
    });
    await chainOrganizationInbox(t.owner, org.id);
    // The first verification's own audit.verified event is chained now too.
    expect(await verify()).toMatchObject({ ok: true, checked: 3, headSeq: 3, pending: 0 });

    await owner.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
    try {
      await owner.query(
        `UPDATE audit_event SET data = '{"forged":true}' WHERE organization_id = $1 AND seq = 2`,
        [org.id],
      );
    } finally {
      await owner.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
    }
    expect(await verify()).toEqual({
      ok: false,
      checked: 1,
      headSeq: 3,
      pending: 1,
      firstBroken: { seq: 2, reason: 'hash-mismatch' },
    });

    const list = await t.http().get('/audit?limit=10').set(bearer(token));
    expect(list.status).toBe(200);
    expect(list.body.pending.map((event: { action: string }) => event.action)).toEqual([
      'audit.verified',
      'audit.verified',
    ]);
    expect(list.body.items.map((event: { seq: number }) => event.seq)).toEqual([3, 2, 1]);
  });

  it('walks a long chain in batches, each in its own short transaction', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    await fillInbox(org, 12_000);
    await chainOrganizationInbox(t.owner, org.id);

    // Samples the verifier's transactions from pg_stat_activity while it runs.
    const seen = new Set<string>();
    let running = true;
    const sampler = (async () => {
      const probe = await ownerClient(t.config);
      try {
        while (running) {
          const { rows } = await probe.query<{ pid: number; started: string }>(
            `SELECT pid, xact_start::text AS started FROM pg_stat_activity
             WHERE datname = current_database() AND usename = 'cairn_app'
               AND xact_start IS NOT NULL AND query LIKE '%audit_event_digest%'`,
          );
          for (const row of rows) seen.add(`${row.pid}@${row.started}`);
        }
      } finally {
        await probe.end();
      }
    })();
    const response = await t.http().get('/audit/verify').set(bearer(token));
    running = false;
    await sampler;

    expect(response.body).toMatchObject({ ok: true, checked: 12_002, firstBroken: null });
    // 12,002 events in batches of 5,000: three transactions, where one used to hold them all.
    expect(seen.size).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
