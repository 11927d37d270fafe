// bench/intake: survivors sending the intake form with a 1 MiB attachment (multipart as a
// browser sends it: control fields, answers, the file), many at once, against the baseline
// of the same 1 MiB uploaded as evidence to an existing case by a caseworker, in the same run,
// at the same concurrency. Reports submissions per second, p50 and p99 latency, and counts the
// cases opened: none may be lost. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and
// Redis at REDIS_URL. Usage: npm run bench:intake [-- --submissions 2000 --concurrency 8]
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  api as call,
  cpuMs,
  createBenchDatabase,
  log,
  login,
  root,
  saveResult,
  startApi,
  stop,
} from '../lib/stack.mjs';

const { values: args } = parseArgs({
  options: {
    submissions: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    'size-kib': { type: 'string', default: '1024' },
  },
});
const total = Number(args.submissions);
const concurrency = Number(args.concurrency);
const require = createRequire(path.join(root, 'apps/api/package.json'));
const { defaultGuideFiles, formVersion } = require('@cairn/content');

const FORM_ID = 'incident-record';
const FORM_PATH = 'en/online-abuse/document-evidence/beginner/f_incident-record.yml';
const attachment = randomBytes(Number(args['size-kib']) * 1024);

/** A multipart body as a browser's form sends it, around the attachment. */
function multipart(fields, file) {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="screenshot.png"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { boundary, parts: [head, file.data, tail] };
}

/** One multipart POST through node:http; resolves with its status, answer and wall time. */
function post(base, route, body, headers = {}) {
  const url = new URL(`${base}${route}`);
  const length = body.parts.reduce((sum, part) => sum + part.length, 0);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          ...headers,
          'content-type': `multipart/form-data; boundary=${body.boundary}`,
          'content-length': length,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            body: Buffer.concat(chunks).toString(),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    for (const part of body.parts) req.write(part);
    req.end();
  });
}

/** Runs `count` requests, `concurrency` at a time; the answers' latencies and the wall time. */
async function load(count, send) {
  const latencies = [];
  const failures = [];
  let next = 0;
  const started = performance.now();
  async function lane() {
    while (next < count) {
      const index = next;
      next += 1;
      const answer = await send(index);
      if (answer.status !== 201) failures.push(`${answer.status} ${answer.body.slice(0, 200)}`);
      latencies.push(answer.ms);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  return {
    wallMs: performance.now() - started,
    latencies: latencies.sort((a, b) => a - b),
    failures,
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

function summary(name, result) {
  const { wallMs, latencies } = result;
  return {
    name,
    count: latencies.length,
    perSecond: latencies.length / (wallMs / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    wallMs,
  };
}

async function main() {
  const work = await mkdtemp(path.join(tmpdir(), 'cairn-bench-intake-'));
  const db = await createBenchDatabase();
  let server;
  try {
    const [org] = await db.createOrganizations([{ slug: 'bench-intake' }]);
    server = await startApi(db, {
      EVIDENCE_STORAGE: 'local',
      EVIDENCE_DIR: path.join(work, 'evidence'),
      // One client sends every submission: the limits are not what is measured here.
      INTAKE_RATE_PER_CLIENT: '1000000',
      INTAKE_RATE_PER_CLIENT_UNVERIFIED: '1000000',
      INTAKE_RATE_PER_FORM: '1000000',
      INTAKE_RATE_PER_FORM_UNVERIFIED: '1000000',
    });
    const { base, child } = server;
    const token = await login(base, org.email);
    await call(base, token, 'POST', '/content/helplines', {
      name: 'Bench line',
      description: 'Takes the intake form.',
      languages: ['en'],
      services: ['harassment'],
      regions: ['FR'],
      hours: 'Always',
      timeZone: 'UTC',
      responseHours: 24,
      takesUrgent: false,
      channels: [{ kind: 'signal', value: '+33 6 00 00 00 00', secure: true }],
      intakeFormId: FORM_ID,
    });
    const made = await call(base, token, 'POST', '/cases', {
      title: 'Bench',
      survivor: { name: 'Bench Survivor' },
    });
    const source = (await defaultGuideFiles()).find((file) => file.path === FORM_PATH).text;
    const version = formVersion(source);

    log(`baseline: ${total} evidence uploads of ${args['size-kib']} KiB, ${concurrency} at a time`);
    const cpuBeforeBaseline = await cpuMs(child.pid);
    const baseline = await load(total, () =>
      post(base, `/cases/${made.id}/evidence`, multipart([], { name: 'file', data: attachment }), {
        authorization: `Bearer ${token}`,
      }),
    );
    const baselineCpuMs = (await cpuMs(child.pid)) - cpuBeforeBaseline;

    log(
      `intake: ${total} submissions with a ${args['size-kib']} KiB file, ${concurrency} at a time`,
    );
    const cpuBeforeIntake = await cpuMs(child.pid);
    const intake = await load(total, (index) =>
      post(
        base,
        `/public/intake/${org.slug}/forms/${FORM_ID}/submissions`,
        multipart(
          [
            ['_locale', 'en'],
            ['_version', version],
            ['_key', `bench-${index}-${randomBytes(12).toString('base64url')}`],
            ['_danger', index % 10 === 0 ? 'yes' : 'no'],
            ['_country', ''],
            ['_website', ''],
            ['description', `Submission ${index}: messages every night from a new account.`],
            ['name', 'A pseudonym'],
            ['date', '2026-03-14'],
            ['platforms', 'instagram'],
            ['share-with-platforms', 'true'],
            ['safe-contact.channels', 'SIGNAL'],
            ['safe-contact.never', 'Do not call'],
          ],
          { name: 'files', data: attachment },
        ),
      ),
    );
    const intakeCpuMs = (await cpuMs(child.pid)) - cpuBeforeIntake;

    const client = new pg.Client({ connectionString: db.dbUrl });
    await client.connect();
    const counted = await client.query(
      `SELECT (SELECT count(*) FROM case_file WHERE source = 'INTAKE')::int AS cases,
              (SELECT count(*) FROM intake_submission)::int AS submissions,
              (SELECT count(*) FROM evidence_item)::int AS evidence,
              (SELECT count(*) FROM outbox_message)::int AS emails`,
    );
    await client.end();
    const { cases, submissions, evidence, emails } = counted.rows[0];
    const failures = [...baseline.failures, ...intake.failures];
    const lost = total - cases;
    if (failures.length > 0) log(`failures: ${failures.slice(0, 5).join('; ')}`);

    const rows = [
      summary('evidence upload (baseline)', baseline),
      summary('intake submission', intake),
    ];
    const ratio = rows[1].perSecond / rows[0].perSecond;
    const lines = [
      `intake: ${total} of each, ${args['size-kib']} KiB attachment, ${concurrency} at a time, local store; ` +
        `Node ${process.version}; API CPU s: baseline ${(baselineCpuMs / 1000).toFixed(1)}, intake ${(intakeCpuMs / 1000).toFixed(1)}`,
      '',
      '| what | requests | per second | p50 ms | p99 ms | wall s |',
      '|---|---|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.name} | ${row.count} | ${row.perSecond.toFixed(1)} | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} | ${(row.wallMs / 1000).toFixed(1)} |`,
      ),
      '',
      `intake / baseline throughput: ${ratio.toFixed(2)}; intake cases ${cases} of ${total} sent ` +
        `(lost: ${lost}), submissions ${submissions}, evidence items ${evidence} (${total} baseline + ${cases} intake), ` +
        `staff emails queued ${emails}; failed requests ${failures.length}`,
    ];
    console.log(lines.join('\n'));
    saveResult('intake', {
      args,
      rows,
      cases,
      submissions,
      evidence,
      emails,
      failures: failures.length,
    });
    if (lost !== 0 || failures.length > 0) process.exitCode = 1;
  } finally {
    await stop(server?.child);
    await db.drop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
