// bench/audit-verify: GET /audit/verify over a chain of 1,000,000 events, and the longest
// transaction the verification holds meanwhile. Creates a throw-away database, chains the
// events with the same database function the worker uses, starts the API, verifies through
// it while sampling pg_stat_activity. Needs `npm run build` first, PostgreSQL at TEST_PG_URL
// and Redis at REDIS_URL. Usage: npm run bench:audit-verify [-- --events 1000000]
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createBenchDatabase, log, login, startApi, stop } from '../lib/stack.mjs';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    'chain-batch': { type: 'string', default: '50000' },
  },
});

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
  const db = await createBenchDatabase();
  let api;
  const owner = new pg.Client({ connectionString: db.dbUrl });
  try {
    const [org] = await db.createOrganizations([{ slug: 'bench-audit' }]);
    await owner.connect();

    let started = Date.now();
    const linked = await chainEvents(
      owner,
      org.id,
      Number(args.events),
      Number(args['chain-batch']),
    );
    const chainMs = Date.now() - started;
    log(`chained ${linked} events in ${chainMs} ms`);
    await owner.query('VACUUM ANALYZE audit_event');

    const server = await startApi(db);
    api = server.child;
    const base = server.base;
    const token = await login(base, org.email);

    const stopSampling = sampleTransactions(db.dbUrl);
    started = Date.now();
    const result = await fetch(`${base}/audit/verify`, {
      headers: { authorization: `Bearer ${token}` },
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
    await stop(api);
    await owner.end().catch(() => undefined);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
