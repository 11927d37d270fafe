// The load generator: a separate process that keeps `concurrency` requests in flight for
// `seconds` and reports requests/s and latency percentiles. One mode sends HTTP requests
// to the API; the other runs the API's SQL for the same list directly through `pg`.
import http from 'node:http';
import pg from 'pg';

const config = JSON.parse(process.argv[2]);

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function drive(once) {
  const latencies = [];
  let errors = 0;
  const deadline = Date.now() + config.seconds * 1000;
  // Warm-up: connections and plans, not counted.
  for (let i = 0; i < config.concurrency; i += 1) await once().catch(() => undefined);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: config.concurrency }, async () => {
      while (Date.now() < deadline) {
        const t0 = process.hrtime.bigint();
        try {
          await once();
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / elapsed),
    p50: Number(percentile(latencies, 50).toFixed(2)),
    p99: Number(percentile(latencies, 99).toFixed(2)),
    // This process's own CPU per request: in SQL mode, the whole client side of the baseline.
    loaderCpuMsPerRequest: Number(
      ((cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length)).toFixed(2),
    ),
  };
}

function httpMode() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: config.concurrency });
  const url = new URL(config.url);
  return () =>
    new Promise((resolve, reject) => {
      const request = http.get(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          headers: { authorization: `Bearer ${config.token}` },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200
              ? resolve()
              : reject(new Error(String(response.statusCode))),
          );
        },
      );
      request.on('error', reject);
    });
}

function sqlMode() {
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.concurrency });
  return async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [config.organizationId]);
      for (const [text, values] of config.statements) await client.query(text, values);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
}

const result = await drive(config.mode === 'http' ? httpMode() : sqlMode());
process.stdout.write(JSON.stringify(result));
process.exit(0);
