// bench/mail: 10,000 emails through the outbox, end to end (queued in transactions by
// enqueueEmail; relayed, claimed, sent and recorded by a real worker process, once running and
// once started on the full outbox), against a plain nodemailer send loop to the same local
// SMTP sink in the same run. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and Redis
// at REDIS_URL.
// Usage: npm run bench:mail [-- --emails 10000 --batch 100 --worker-node-arg=--cpu-prof]
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = (file) => path.join(root, 'apps/api/dist', file);
const require = createRequire(path.join(root, 'apps/api/package.json'));
const nodemailer = require('nodemailer');
const { migrate } = require(dist('core/database/migrator.js'));
const { createOrganization } = require(dist('tenancy/create-organization.js'));
const { createPrismaClient } = require(dist('core/database/prisma.service.js'));
const { loadConfig } = require(dist('core/config/config.js'));
const { RequestContext } = require(dist('core/context/request-context.js'));
const { OrganizationKeysService } = require(dist('tenancy/organization-keys.service.js'));
const { configureOutbox } = require(dist('mail/outbox/outbox-runtime.js'));
const { enqueueEmail } = require(dist('mail/outbox/enqueue-email.js'));

const { cpuMs } = await import('../lib/stack.mjs');

const { values: args } = parseArgs({
  options: {
    emails: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '16' },
    'worker-node-arg': { type: 'string', multiple: true, default: [] },
    /** Prints how many emails arrived each second while the worker sends. */
    trace: { type: 'boolean', default: false },
  },
});
const EMAILS = Number(args.emails);
const BATCH = Number(args.batch);
const CONCURRENCY = Number(args.concurrency);
const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line) => console.error(`[bench] ${line}`);

/** The n-th email: a takedown-sized notice to one of 50 platforms' abuse desks. */
function email(n) {
  return {
    to: [`abuse@platform${n % 50}.example`],
    replyTo: `reply+${randomBytes(8).toString('hex')}@inbound.example`,
    subject: `Removal request ${n}: content shared without consent`,
    text:
      `Notice ${n}.\n\nThe following content was published without the consent of the person shown:\n` +
      `https://platform${n % 50}.example/post/${n}\n\n`.repeat(3) +
      'We ask you to remove it. Please answer to the address in Reply-To.\n'.repeat(10),
  };
}

function sinkCount(sink) {
  return new Promise((resolve) => {
    sink.once('message', (message) => resolve(message.received));
    sink.send('count');
  });
}

async function waitForCount(sink, wanted) {
  for (;;) {
    const count = await sinkCount(sink);
    if (count >= wanted) return count;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The baseline: nodemailer's own pool, CONCURRENCY sends in flight, nothing recorded. */
async function baseline(sinkUrl, sink) {
  sink.send('reset');
  await once(sink, 'message');
  // The options go in the transport's own object: given after a URL, nodemailer reads them as
  // message defaults, and the loop would open a connection for every email unpooled.
  const { hostname, port } = new URL(sinkUrl);
  const transport = nodemailer.createTransport({
    pool: true,
    host: hostname,
    port: Number(port),
    maxConnections: 5,
    maxMessages: Infinity,
  });
  if (transport.transporter.constructor.name !== 'SMTPPool')
    throw new Error('bench/mail: the baseline transport is not pooled');
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < EMAILS) {
        const n = next++;
        await transport.sendMail({ from: 'cairn@bench.example', ...email(n) });
      }
    }),
  );
  await waitForCount(sink, EMAILS);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  transport.close();
  return { seconds, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const sink = fork(path.join(here, 'sink.mjs'), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [{ port }] = await once(sink, 'message');
  const sinkUrl = `smtp://127.0.0.1:${port}`;
  let worker;
  try {
    const appPassword = randomBytes(12).toString('hex');
    await migrate(dbUrl, { appPassword });
    const masterKey = randomBytes(32).toString('base64');
    const ownerPrisma = createPrismaClient(dbUrl);
    const created = await createOrganization(ownerPrisma, Buffer.from(masterKey, 'base64'), {
      slug: 'bench-mail',
      name: 'bench-mail',
      defaultLocale: 'en',
      timeZone: 'UTC',
      adminEmail: 'admin@bench-mail.test',
      adminName: 'Bench Admin',
      adminPassword: 'bench password 123',
    });
    await ownerPrisma.$disconnect();
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl,
      APP_DATABASE_PASSWORD: appPassword,
      MASTER_KEY: masterKey,
      SMTP_URL: sinkUrl,
      REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}:`,
      // 10,000 emails to 50 domains in a minute: the per-domain limit would be the measure.
      MAIL_RATE_PER_DOMAIN: '1000000',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    };
    const config = loadConfig(env);
    const prisma = createPrismaClient(config.appDatabaseUrl);
    const keys = new OrganizationKeysService(config);
    configureOutbox({ keys, defaultFrom: 'cairn@bench.example' });
    const organizationId = created.organizationId;

    /** Emails from..to, queued in transactions of BATCH, due `dueInMs` from now. */
    const enqueue = async (from, to, dueInMs = 0) => {
      for (let at = from; at < to; at += BATCH) {
        const sendAfter = new Date(Date.now() + dueInMs);
        await RequestContext.runAsTenant(organizationId, () =>
          prisma.$transaction(
            async (tx) => {
              await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
              for (let n = at; n < Math.min(to, at + BATCH); n += 1) {
                await enqueueEmail(tx, { ...email(n), sendAfter });
              }
            },
            { timeout: 120_000 },
          ),
        );
      }
    };
    const startWorker = () =>
      spawn(process.execPath, [...args['worker-node-arg'], dist('worker.js')], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    const owner = new pg.Client({ connectionString: dbUrl });
    await owner.connect();
    const unsent = async () =>
      (await owner.query("SELECT count(*)::int AS n FROM outbox_message WHERE status <> 'SENT'"))
        .rows[0].n;
    const stopWorker = async () => {
      worker.kill('SIGTERM');
      await once(worker, 'exit');
    };
    const resetSink = async () => {
      sink.send('reset');
      await once(sink, 'message');
    };

    /**
     * Times the worker from `started` until the sink has `count` emails and every row is
     * recorded as sent; with the worker's CPU per email over the steady part (after the
     * first tenth).
     */
    const timeSending = async (started, count) => {
      let lastCount = 0;
      const tracer =
        args.trace &&
        setInterval(async () => {
          const now = await sinkCount(sink);
          log(`  ${now - lastCount} emails/s (${now} of ${count})`);
          lastCount = now;
        }, 1_000);
      const steadyCount = await waitForCount(sink, Math.ceil(count / 10));
      const steadyStarted = process.hrtime.bigint();
      const steadyCpuMs = await cpuMs(worker.pid);
      await waitForCount(sink, count);
      const arrived = Number(process.hrtime.bigint() - started) / 1e9;
      const steadySeconds = Number(process.hrtime.bigint() - steadyStarted) / 1e9;
      const steadyEmails = count - steadyCount;
      const cpuPerEmail = ((await cpuMs(worker.pid)) - steadyCpuMs) / steadyEmails;
      // Recorded as sent: the last commits follow the server's answers by a moment.
      while ((await unsent()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const recorded = Number(process.hrtime.bigint() - started) / 1e9;
      if (tracer) clearInterval(tracer);
      return { arrived, recorded, steadySeconds, steadyEmails, cpuPerEmail };
    };

    // Warm-up of the outbox path (connections, JIT) on a fifth as many emails, uncounted.
    const WARM = Math.ceil(EMAILS / 5);
    worker = startWorker();
    await enqueue(0, WARM);
    await waitForCount(sink, WARM);
    await resetSink();

    // Queueing: what the actions that cause emails pay (enqueueEmail in their transaction,
    // which composes, signs and seals each message). Queued a day ahead: the running worker's
    // relay leaves them alone until they fall due.
    log(`outbox: queueing ${EMAILS} emails`);
    let started = process.hrtime.bigint();
    await enqueue(WARM, WARM + EMAILS, 24 * 3_600_000);
    const queuedSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    // Sending, with the worker running (as it always is): all of them fall due at one instant,
    // as a scheduled batch does, and the relay hears of it as it hears of any commit. The
    // clock starts at that commit (rows fall due by time passing, with no write of their own;
    // the bench's UPDATE of 10,000 rows stands in for it): relay, claim (committed), send and
    // record are all measured.
    log(`outbox: sending ${EMAILS} emails, worker running`);
    await owner.query('BEGIN');
    await owner.query("UPDATE outbox_message SET next_attempt_at = now() WHERE status = 'QUEUED'");
    await owner.query('NOTIFY cairn_outbox');
    started = process.hrtime.bigint();
    await owner.query('COMMIT');
    const warm = await timeSending(started, EMAILS);
    await stopWorker();
    await resetSink();

    // The same again from a cold start: a worker process started on a full outbox, so its
    // start (loading its code, connecting) counts too.
    log(`outbox: queueing ${EMAILS} more for a cold start`);
    await enqueue(WARM + EMAILS, WARM + 2 * EMAILS);
    log(`outbox: sending ${EMAILS} emails, worker started on them`);
    started = process.hrtime.bigint();
    worker = startWorker();
    const cold = await timeSending(started, EMAILS);
    const { rows } = await owner.query(
      'SELECT status, count(*)::int AS n FROM outbox_message GROUP BY status ORDER BY status',
    );
    await owner.end();
    await stopWorker();
    await prisma.$disconnect();

    log(`baseline: ${EMAILS} emails`);
    await baseline(sinkUrl, sink); // warm-up run of the baseline, uncounted
    const { seconds: baselineSeconds, cpuMs: baselineCpuMs } = await baseline(sinkUrl, sink);
    const perEmail = (ms) => `${(ms / EMAILS).toFixed(2)} ms`;
    const rate = (seconds) => Math.round(EMAILS / seconds);
    const share = (seconds) => `${((100 * baselineSeconds) / seconds).toFixed(0)} %`;
    const runRows = (label, run) => [
      `| outbox, ${label}: until the sink has them all | ${run.arrived.toFixed(1)} | ${rate(run.arrived)} | ${share(run.arrived)} | |`,
      `| outbox, ${label}: until every row is recorded as sent | ${run.recorded.toFixed(1)} | ${rate(run.recorded)} | ${share(run.recorded)} | |`,
      `| outbox, ${label}: steady state (the last ${run.steadyEmails}) | ${run.steadySeconds.toFixed(1)} | ${Math.round(run.steadyEmails / run.steadySeconds)} | ${((100 * run.steadyEmails) / run.steadySeconds / (EMAILS / baselineSeconds)).toFixed(0)} % | ${run.cpuPerEmail.toFixed(2)} ms (the worker) |`,
    ];
    console.log(
      [
        `mail: ${EMAILS} emails to a local SMTP sink; Node ${process.version}; rows by status: ` +
          rows.map((row) => `${row.status} ${row.n}`).join(', '),
        '',
        '| path | seconds | emails/s | share of baseline | sender CPU per email |',
        '|---|---|---|---|---|',
        ...runRows('worker running', warm),
        ...runRows('worker started on the full outbox', cold),
        `| queueing them (enqueueEmail, ${BATCH} per transaction: composed, signed, sealed) | ${queuedSeconds.toFixed(1)} | ${rate(queuedSeconds)} | | |`,
        `| plain nodemailer loop (pool of 5, ${CONCURRENCY} in flight) | ${baselineSeconds.toFixed(1)} | ${rate(baselineSeconds)} | 100 % | ${perEmail(baselineCpuMs)} (the loop's process) |`,
      ].join('\n'),
    );
  } finally {
    if (worker && worker.exitCode === null) worker.kill('SIGKILL');
    sink.send('stop');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
