// bench/evidence: upload of one large file through the API (multipart, streamed, hashed,
// encrypted, stored on the local disk), then its export as a streamed ZIP bundle written to
// the same disk, each against a baseline on the same file in the same run: `openssl dgst
// -sha256` of it plus a copy of it to the same disk. Reports throughput and the API process's
// peak RSS (VmHWM); the exported bundle is unpacked and checked with `sha256sum -c`. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and
// Redis at REDIS_URL. Usage: npm run bench:evidence [-- --size-mib 1024 --runs 2]
// [--bare: without the API's runtime settings] [--api-env K=V] [--api-node-arg=--cpu-prof]
import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs, promisify } from 'node:util';
import { API_ENV, API_NODE_ARGS } from '../../scripts/lib/api-runtime.mjs';
import {
  api as call,
  cpuMs,
  createBenchDatabase,
  exitedChildrenCpuMs,
  log,
  login,
  rssMiB,
  sampledRss,
  saveResult,
  startApi,
  stop,
} from '../lib/stack.mjs';

const { values: args } = parseArgs({
  options: {
    'size-mib': { type: 'string', default: '1024' },
    runs: { type: 'string', default: '2' },
    /** KEY=VALUE set in the API's environment, to compare runtime settings: repeatable. */
    'api-env': { type: 'string', multiple: true, default: [] },
    /** Runs the API without the runtime settings users get (scripts/lib/api-runtime.mjs). */
    bare: { type: 'boolean', default: false },
    /** An argument for node before the API's script (`--cpu-prof`, …): repeatable. */
    'api-node-arg': { type: 'string', multiple: true, default: [] },
  },
});
const apiEnv = Object.fromEntries(
  args['api-env'].map((pair) => [
    pair.slice(0, pair.indexOf('=')),
    pair.slice(pair.indexOf('=') + 1),
  ]),
);
const sizeBytes = Number(args['size-mib']) * 1024 * 1024;
const run = promisify(execFile);
const mibPerSecond = (ms) => (sizeBytes / 1024 / 1024 / (ms / 1000)).toFixed(0);

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
  const cpuBefore = await exitedChildrenCpuMs();
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
    cpuMs: (await exitedChildrenCpuMs()) - cpuBefore,
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

/**
 * A request through node:http, whose response is a Node stream: fetch's web streams cost the
 * client more CPU than the API spends, on the same two cores, and would be measured instead.
 */
function send(base, token, method, route, json) {
  const url = new URL(`${base}${route}`);
  const body = json === undefined ? undefined : Buffer.from(JSON.stringify(json));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body ? { 'content-type': 'application/json', 'content-length': body.length } : {}),
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Downloads an item and hashes it as it arrives. */
async function download(base, token, id) {
  const started = performance.now();
  const response = await send(base, token, 'GET', `/evidence/${id}/content`);
  const hash = createHash('sha256');
  await pipeline(response, hash);
  return {
    status: response.statusCode,
    sha256: hash.digest('hex'),
    ms: performance.now() - started,
  };
}

/** Exports the item as a streamed bundle for the survivor, written to a file on the same disk. */
async function exportBundle(base, token, caseId, itemId, zipFile) {
  const started = performance.now();
  const response = await send(base, token, 'POST', `/cases/${caseId}/evidence-exports`, {
    recipient: 'SURVIVOR',
    itemIds: [itemId],
  });
  if (response.statusCode !== 200) {
    response.resume();
    throw new Error(`export answered ${response.statusCode}`);
  }
  const headersMs = performance.now() - started;
  await pipeline(response, createWriteStream(zipFile, { highWaterMark: 1024 * 1024 }));
  const receivedMs = performance.now() - started;
  await run('sync', []);
  return { ms: performance.now() - started, headersMs, receivedMs };
}

/** Unpacks the bundle with unzip and runs `sha256sum -c SHA256SUMS` in it; throws unless all is OK. */
async function checkBundle(zipFile, work) {
  const out = path.join(work, 'unpacked');
  await run('unzip', ['-q', '-o', zipFile, '-d', out]);
  await run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out });
  await rm(out, { recursive: true, force: true });
}

/** The API's runtime settings in this run, as a line of the report. */
function settingsText() {
  const nodeArgs = [...(args.bare ? [] : API_NODE_ARGS), ...args['api-node-arg']];
  const env = { ...(args.bare ? {} : API_ENV), ...apiEnv };
  const parts = [...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...nodeArgs];
  return parts.length > 0 ? parts.join(' ') : 'no runtime settings (--bare)';
}

async function main() {
  const work = await mkdtemp(path.join(tmpdir(), 'cairn-bench-evidence-'));
  const db = await createBenchDatabase();
  let server;
  try {
    const file = path.join(work, 'source.bin');
    log(`writing ${args['size-mib']} MiB of random bytes`);
    await writeRandomFile(file);
    const [org] = await db.createOrganizations([{ slug: 'bench-evidence' }]);
    server = await startApi(
      db,
      {
        EVIDENCE_STORAGE: 'local',
        EVIDENCE_DIR: path.join(work, 'evidence'),
        // Streamed at once, not built by the worker, whatever the size chosen.
        EVIDENCE_BUNDLE_SYNC_MAX_BYTES: String(2 * sizeBytes),
        ...apiEnv,
      },
      args['api-node-arg'],
      { bare: args.bare },
    );
    const { base, child } = server;
    const token = await login(base, org.email);
    const made = await call(base, token, 'POST', '/cases', {
      title: 'Bench',
      survivor: { name: 'Bench Survivor' },
    });

    const idle = { hwm: await rssMiB(child.pid), rss: await rssMiB(child.pid, 'VmRSS') };
    log(`API before any upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`);
    const rows = [];
    for (let i = 1; i <= Number(args.runs); i += 1) {
      const base1 = await baseline(file, work);
      const before = await rssMiB(child.pid, 'VmRSS');
      const cpuBeforeUpload = await cpuMs(child.pid);
      const { result: up, highestRssMiB } = await sampledRss(child.pid, () =>
        upload(base, token, made.id, file),
      );
      const uploadCpuMs = (await cpuMs(child.pid)) - cpuBeforeUpload;
      if (up.status !== 201)
        throw new Error(`upload answered ${up.status}: ${JSON.stringify(up.body)}`);
      if (up.body.sha256 !== base1.sha256) throw new Error('the API hashed the file differently');
      const { result: down, highestRssMiB: downloadRssMiB } = await sampledRss(child.pid, () =>
        download(base, token, up.body.id),
      );
      if (down.sha256 !== base1.sha256) throw new Error('the download differs from the file');
      const zipFile = path.join(work, 'bundle.zip');
      const rssBeforeExport = await rssMiB(child.pid, 'VmRSS');
      const cpuBeforeExport = await cpuMs(child.pid);
      const { result: exported, highestRssMiB: exportRssMiB } = await sampledRss(child.pid, () =>
        exportBundle(base, token, made.id, up.body.id, zipFile),
      );
      const exportCpuMs = (await cpuMs(child.pid)) - cpuBeforeExport;
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
        exportHeadersMs: exported.headersMs,
        exportReceivedMs: exported.receivedMs,
        baselineCpuMs: base1.cpuMs,
        uploadCpuMs,
        exportCpuMs,
        rssDuringDownloadMiB: downloadRssMiB,
        rssBeforeExportMiB: rssBeforeExport,
        rssDuringExportMiB: exportRssMiB,
        rssBeforeMiB: before,
        rssDuringUploadMiB: highestRssMiB,
        peakRssMiB: await rssMiB(child.pid),
      };
      rows.push(row);
      log(
        `run ${i}: baseline ${mibPerSecond(row.baselineMs)} MiB/s, upload ${mibPerSecond(row.uploadMs)} MiB/s, ` +
          `download ${mibPerSecond(row.downloadMs)} MiB/s, export ${mibPerSecond(row.exportMs)} MiB/s, ` +
          `API RSS ${row.rssBeforeMiB} MiB before, ${row.rssDuringUploadMiB} MiB at most during the upload, ${row.rssDuringDownloadMiB} MiB during the download, ` +
          `${row.rssBeforeExportMiB} → ${row.rssDuringExportMiB} MiB during the export, peak since start ${row.peakRssMiB} MiB; ` +
          `CPU s: baseline ${(row.baselineCpuMs / 1000).toFixed(1)}, API upload ${(row.uploadCpuMs / 1000).toFixed(1)}, ` +
          `API export ${(row.exportCpuMs / 1000).toFixed(1)}; export: headers after ${(row.exportHeadersMs / 1000).toFixed(2)} s, ` +
          `last byte after ${(row.exportReceivedMs / 1000).toFixed(2)} s, synced after ${(row.exportMs / 1000).toFixed(2)} s`,
      );
    }

    const lines = [
      `evidence: ${args['size-mib']} MiB of random bytes, local store, same disk; Node ${process.version}; ` +
        `API run with ${settingsText()}; ` +
        `API before the first upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`,
      '',
      '| run | baseline MiB/s (openssl sha256 + cp) | upload through API MiB/s | upload / baseline | download MiB/s | bundle export MiB/s | export / baseline | export: headers / last byte / synced, s | CPU s: baseline / API upload / API export | API RSS before → highest during upload / before → highest during export, MiB | API peak RSS since start, MiB |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.run} | ${mibPerSecond(row.baselineMs)} (${(row.hashMs / 1000).toFixed(1)} s + ${(row.copyMs / 1000).toFixed(1)} s) | ` +
          `${mibPerSecond(row.uploadMs)} (${(row.uploadMs / 1000).toFixed(1)} s) | ${(row.baselineMs / row.uploadMs).toFixed(2)} | ` +
          `${mibPerSecond(row.downloadMs)} | ${mibPerSecond(row.exportMs)} (${(row.exportMs / 1000).toFixed(1)} s) | ` +
          `${(row.baselineMs / row.exportMs).toFixed(2)} | ` +
          `${(row.exportHeadersMs / 1000).toFixed(2)} / ${(row.exportReceivedMs / 1000).toFixed(2)} / ${(row.exportMs / 1000).toFixed(2)} | ` +
          `${(row.baselineCpuMs / 1000).toFixed(1)} / ${(row.uploadCpuMs / 1000).toFixed(1)} / ${(row.exportCpuMs / 1000).toFixed(1)} | ${row.rssBeforeMiB} → ${row.rssDuringUploadMiB} / ${row.rssBeforeExportMiB} → ${row.rssDuringExportMiB} | ${row.peakRssMiB} |`,
      ),
    ];
    console.log(lines.join('\n'));
    saveResult('evidence', { args, idle, rows });
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
