// bench/evidence: upload of one large file through the API (multipart, streamed, hashed,
// encrypted, stored on the local disk), then its export as a streamed ZIP bundle written to
// the same disk, each against a baseline on the same file in the same run: `openssl dgst
// -sha256` of it plus a copy of it to the same disk. Reports throughput and the API process's
// peak RSS (VmHWM); the exported bundle is unpacked and checked with `sha256sum -c`. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and
// Redis at REDIS_URL. Usage: npm run bench:evidence [-- --size-mib 1024 --runs 2]
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
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
    'size-mib': { type: 'string', default: '1024' },
    runs: { type: 'string', default: '2' },
  },
});
const sizeBytes = Number(args['size-mib']) * 1024 * 1024;
const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line) => console.error(`[bench] ${line}`);
const run = promisify(execFile);
const mibPerSecond = (ms) => (sizeBytes / 1024 / 1024 / (ms / 1000)).toFixed(0);

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function writeRandomFile(file) {
  const block = Buffer.alloc(4 * 1024 * 1024);
  async function* blocks() {
    for (let written = 0; written < sizeBytes; written += block.length) {
      randomFillSync(block);
      yield block.subarray(0, Math.min(block.length, sizeBytes - written));
    }
  }
  await pipeline(blocks, createWriteStream(file));
}

/** The baseline: hash with openssl, then copy to the same disk; wall time of both. */
async function baseline(file, work) {
  const started = performance.now();
  const { stdout } = await run('openssl', ['dgst', '-sha256', '-r', file]);
  const hashed = performance.now();
  await run('cp', [file, path.join(work, 'copy.bin')]);
  await run('sync', []);
  const copied = performance.now();
  await unlink(path.join(work, 'copy.bin'));
  return {
    sha256: stdout.split(' ')[0],
    hashMs: hashed - started,
    copyMs: copied - hashed,
    totalMs: copied - started,
  };
}

/** Streams the file as one multipart upload; resolves with the answer and the wall time. */
function upload(base, token, caseId, file) {
  const boundary = `bench-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(`${base}/cases/${caseId}/evidence`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + sizeBytes + tail.length,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            body: JSON.parse(Buffer.concat(chunks).toString()),
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    const source = createReadStream(file, { highWaterMark: 1024 * 1024 });
    source.pipe(req, { end: false });
    source.on('end', () => req.end(tail));
    source.on('error', reject);
  });
}

/** Downloads an item and hashes it as it arrives. */
async function download(base, token, id) {
  const started = performance.now();
  const response = await fetch(`${base}/evidence/${id}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const hash = createHash('sha256');
  for await (const chunk of response.body) hash.update(chunk);
  return { status: response.status, sha256: hash.digest('hex'), ms: performance.now() - started };
}

/** Exports the item as a streamed bundle for the survivor, written to a file on the same disk. */
async function exportBundle(base, token, caseId, itemId, zipFile) {
  const started = performance.now();
  const response = await fetch(`${base}/cases/${caseId}/evidence-exports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ recipient: 'SURVIVOR', itemIds: [itemId] }),
  });
  if (response.status !== 200) throw new Error(`export answered ${response.status}`);
  await pipeline(response.body, createWriteStream(zipFile));
  await run('sync', []);
  return { ms: performance.now() - started };
}

/** Unpacks the bundle with unzip and runs `sha256sum -c SHA256SUMS` in it; throws unless all is OK. */
async function checkBundle(zipFile, work) {
  const out = path.join(work, 'unpacked');
  await run('unzip', ['-q', '-o', zipFile, '-d', out]);
  await run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out });
  await rm(out, { recursive: true, force: true });
}

/** VmHWM (the process's peak resident set since it started) or VmRSS (now), in MiB. */
async function rssMiB(pid, field = 'VmHWM') {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
}

/** Samples the resident set every 50 ms while work runs; resolves with its result and the highest sample. */
async function sampledRss(pid, work) {
  let highest = await rssMiB(pid, 'VmRSS');
  const timer = setInterval(() => {
    rssMiB(pid, 'VmRSS').then(
      (value) => (highest = Math.max(highest, value)),
      () => undefined,
    );
  }, 50);
  try {
    return { result: await work(), highestRssMiB: highest };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const work = await mkdtemp(path.join(tmpdir(), 'cairn-bench-evidence-'));
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let api;
  try {
    const file = path.join(work, 'source.bin');
    log(`writing ${args['size-mib']} MiB of random bytes`);
    await writeRandomFile(file);

    const appPassword = randomBytes(12).toString('hex');
    await migrate(dbUrl, { appPassword });
    const masterKey = randomBytes(32).toString('base64');
    const prisma = createPrismaClient(dbUrl);
    await createOrganization(prisma, Buffer.from(masterKey, 'base64'), {
      slug: 'bench-evidence',
      name: 'Bench evidence',
      defaultLocale: 'en',
      timeZone: 'UTC',
      adminEmail: 'admin@bench-evidence.test',
      adminName: 'Bench Admin',
      adminPassword: 'bench password 123',
    });
    await prisma.$disconnect();

    const port = await freePort();
    api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        APP_DATABASE_PASSWORD: appPassword,
        MASTER_KEY: masterKey,
        API_PORT: String(port),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        EVIDENCE_STORAGE: 'local',
        EVIDENCE_DIR: path.join(work, 'evidence'),
        // Streamed at once, not built by the worker, whatever the size chosen.
        EVIDENCE_BUNDLE_SYNC_MAX_BYTES: String(2 * sizeBytes),
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
    const { token } = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bench-evidence.test', password: 'bench password 123' }),
    }).then((r) => r.json());
    const made = await fetch(`${base}/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'Bench', survivor: { name: 'Bench Survivor' } }),
    }).then((r) => r.json());

    const idle = { hwm: await rssMiB(api.pid), rss: await rssMiB(api.pid, 'VmRSS') };
    log(`API before any upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`);
    const rows = [];
    for (let i = 1; i <= Number(args.runs); i += 1) {
      const base1 = await baseline(file, work);
      const before = await rssMiB(api.pid, 'VmRSS');
      const { result: up, highestRssMiB } = await sampledRss(api.pid, () =>
        upload(base, token, made.id, file),
      );
      if (up.status !== 201)
        throw new Error(`upload answered ${up.status}: ${JSON.stringify(up.body)}`);
      if (up.body.sha256 !== base1.sha256) throw new Error('the API hashed the file differently');
      const down = await download(base, token, up.body.id);
      if (down.sha256 !== base1.sha256) throw new Error('the download differs from the file');
      const zipFile = path.join(work, 'bundle.zip');
      const { result: exported, highestRssMiB: exportRssMiB } = await sampledRss(api.pid, () =>
        exportBundle(base, token, made.id, up.body.id, zipFile),
      );
      await checkBundle(zipFile, work);
      await unlink(zipFile);
      const row = {
        run: i,
        baselineMs: base1.totalMs,
        hashMs: base1.hashMs,
        copyMs: base1.copyMs,
        uploadMs: up.ms,
        downloadMs: down.ms,
        exportMs: exported.ms,
        rssDuringExportMiB: exportRssMiB,
        rssBeforeMiB: before,
        rssDuringUploadMiB: highestRssMiB,
        peakRssMiB: await rssMiB(api.pid),
      };
      rows.push(row);
      log(
        `run ${i}: baseline ${mibPerSecond(row.baselineMs)} MiB/s, upload ${mibPerSecond(row.uploadMs)} MiB/s, ` +
          `download ${mibPerSecond(row.downloadMs)} MiB/s, export ${mibPerSecond(row.exportMs)} MiB/s, ` +
          `API RSS ${row.rssBeforeMiB} MiB before, ${row.rssDuringUploadMiB} MiB at most during the upload, ` +
          `${row.rssDuringExportMiB} MiB during the export, peak since start ${row.peakRssMiB} MiB`,
      );
    }

    const lines = [
      `evidence: ${args['size-mib']} MiB of random bytes, local store, same disk; Node ${process.version}; ` +
        `API before the first upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`,
      '',
      '| run | baseline MiB/s (openssl sha256 + cp) | upload through API MiB/s | upload / baseline | download MiB/s | bundle export MiB/s | export / baseline | API RSS before → highest during upload / export, MiB | API peak RSS since start, MiB |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.run} | ${mibPerSecond(row.baselineMs)} (${(row.hashMs / 1000).toFixed(1)} s + ${(row.copyMs / 1000).toFixed(1)} s) | ` +
          `${mibPerSecond(row.uploadMs)} (${(row.uploadMs / 1000).toFixed(1)} s) | ${(row.baselineMs / row.uploadMs).toFixed(2)} | ` +
          `${mibPerSecond(row.downloadMs)} | ${mibPerSecond(row.exportMs)} (${(row.exportMs / 1000).toFixed(1)} s) | ` +
          `${(row.baselineMs / row.exportMs).toFixed(2)} | ${row.rssBeforeMiB} → ${row.rssDuringUploadMiB} / ${row.rssDuringExportMiB} | ${row.peakRssMiB} |`,
      ),
    ];
    console.log(lines.join('\n'));
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    writeFileSync(
      path.join(
        root,
        `bench/results/evidence-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
      ),
      JSON.stringify({ args, idle, rows }, null, 2),
    );
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
