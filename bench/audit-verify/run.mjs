// bench/audit-verify: GET /audit/verify over a chain of 1,000,000 events, and the longest
// transaction the verification holds meanwhile. Creates a throw-away database, chains the
// events with the same database function the worker uses, starts the API, verifies through
// it while sampling pg_stat_activity. Needs `npm run build` first, PostgreSQL at TEST_PG_URL
// and Redis at REDIS_URL. Usage: npm run bench:audit-verify [-- --events 1000000]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { migrate } = require(path.join(root, 'apps/api/dist/core/database/migrator.js'));
const { createOrganization } = require(
  path.join(root, 'apps/api/dist/tenancy/create-organization.js'),
);
const { createPrismaClient } = require(
  path.join(root, 'apps/api/dist/core/database/prisma.service.js'),
);

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    'chain-batch': { type: 'string', default: '50000' },
  },
});
const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line) => console.error(`[bench] ${line}`);
const PASSWORD = 'bench password 123';

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Fills the inbox with SQL, then links it with audit_chain_inbox(), one transaction per batch. */
async function chainEvents(owner, org, count, batch) {
  await owner.query(
    `INSERT INTO audit_inbox (organization_id, actor_user_id, action, target_type, target_id, request_id, ip, data)
     SELECT $1::uuid, NULL, 'case.viewed', 'case', gen_random_uuid()::text, 'bench-' || g, '127.0.0.1',
            jsonb_build_object('n', g)
     FROM generate_series(1, $2::int) g`,
    [org, count],
  );
  let linked = 0;
  for (;;) {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.org_id', $1, true)`, [org]);
    const { rows } = await owner.query('SELECT audit_chain_inbox($1::int) AS n', [batch]);
    await owner.query('COMMIT');
    linked += rows[0].n;
    if (rows[0].n < batch) return linked;
  }
}

/** Polls pg_stat_activity until stopped; returns the longest app-role transaction seen. */
function sampleTransactions(databaseUrl) {
  let running = true;
  let longestMs = 0;
  let samples = 0;
  const transactions = new Set();
  const done = (async () => {
    const probe = new pg.Client({ connectionString: databaseUrl });
    await probe.connect();
    try {
      while (running) {
        const { rows } = await probe.query(
          `SELECT pid, xact_start::text AS started,
                  extract(epoch FROM clock_timestamp() - xact_start) * 1000 AS age_ms
           FROM pg_stat_activity
           WHERE datname = current_database() AND usename = 'cairn_app' AND xact_start IS NOT NULL`,
        );
        samples += 1;
        for (const row of rows) {
          transactions.add(`${row.pid}@${row.started}`);
          longestMs = Math.max(longestMs, Number(row.age_ms));
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await probe.end();
    }
  })();
  return async () => {
    running = false;
    await done;
    return { longestMs, samples, transactions: transactions.size };
  };
}

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let api;
  const owner = new pg.Client({ connectionString: dbUrl });
  try {
    const appPassword = randomBytes(12).toString('hex');
    await migrate(dbUrl, { appPassword });
    const masterKey = randomBytes(32).toString('base64');
    const prisma = createPrismaClient(dbUrl);
    const created = await createOrganization(prisma, Buffer.from(masterKey, 'base64'), {
      slug: 'bench-audit',
      name: 'bench-audit',
      defaultLocale: 'en',
      timeZone: 'UTC',
      adminEmail: 'admin@bench-audit.test',
      adminName: 'Bench Admin',
      adminPassword: PASSWORD,
    });
    await prisma.$disconnect();
    await owner.connect();

    let started = Date.now();
    const linked = await chainEvents(
      owner,
      created.organizationId,
      Number(args.events),
      Number(args['chain-batch']),
    );
    const chainMs = Date.now() - started;
    log(`chained ${linked} events in ${chainMs} ms`);
    await owner.query('VACUUM ANALYZE audit_event');

    const port = await freePort();
    api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        APP_DATABASE_PASSWORD: appPassword,
        MASTER_KEY: masterKey,
        API_PORT: String(port),
        REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}:`,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i += 1) {
      const ready = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bench-audit.test', password: PASSWORD }),
    }).then((r) => r.json());

    const stopSampling = sampleTransactions(dbUrl);
    started = Date.now();
    const result = await fetch(`${base}/audit/verify`, {
      headers: { authorization: `Bearer ${login.token}` },
    }).then((r) => r.json());
    const verifyMs = Date.now() - started;
    const sampled = await stopSampling();
    log(`verify: ${JSON.stringify(result)}`);

    console.log(
      [
        `audit-verify: ${linked} chained events; Node ${process.version}`,
        '',
        '| chained | chaining (SQL) s | verify total s | events/s | longest transaction ms | transactions seen | samples | result |',
        '|---|---|---|---|---|---|---|---|',
        `| ${result.checked} | ${(chainMs / 1000).toFixed(1)} | ${(verifyMs / 1000).toFixed(1)} | ` +
          `${Math.round(result.checked / (verifyMs / 1000))} | ${sampled.longestMs.toFixed(0)} | ` +
          `${sampled.transactions} | ${sampled.samples} | ${result.ok ? 'ok' : JSON.stringify(result.firstBroken)} |`,
      ].join('\n'),
    );
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      const timer = setTimeout(() => api.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await owner.end().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (process.env.BENCH_KEEP_DB) log(`kept database ${dbName}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
