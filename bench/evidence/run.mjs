// bench/evidence: upload of one large file through the API (multipart, streamed, hashed,
// encrypted, stored on the local disk), then its export as a streamed ZIP bundle written to
// the same disk, each against a baseline on the same file in the same run: `openssl dgst
// -sha256` of it plus a copy of it to the same disk. Reports throughput and the API process's
// peak RSS (VmHWM); the exported bundle is unpacked and checked with `sha256sum -c`. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and
// Redis at REDIS_URL, and curl. Usage: npm run bench:evidence [-- --size-mib 1024 --runs 2]
// [--bare: without the API's runtime settings] [--api-env K=V] [--api-node-arg=--cpu-prof]
// [--client curl|node: what sends the upload and receives the bundle]
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdtemp, open, rm, truncate } from 'node:fs/promises';
import { freemem } from 'node:os';
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
    /**
     * What sends the upload and receives the bundle: `curl` (default), or `node` (node:http in
     * this process). Both share the API's two cores; the node client spends 2.5-4 s of CPU
     * per GiB it writes to disk, curl about 1 s (bench/README.md, 2026-12-01).
     */
    client: { type: 'string', default: 'curl' },
  },
});
if (!['curl', 'node'].includes(args.client)) throw new Error('--client is curl or node');
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

/**
 * A baseline: hash with openssl, then copy the file to the same disk with copy(), then
 * `sync`; the wall time of each part and of both, and the CPU of the commands.
 */
async function timedBaseline(file, copy) {
  const cpuBefore = await exitedChildrenCpuMs();
  const started = performance.now();
  const { stdout } = await run('openssl', ['dgst', '-sha256', '-r', file]);
  const hashed = performance.now();
  await copy();
  await run('sync', []);
  const copied = performance.now();
  return {
    sha256: stdout.split(' ')[0],
    hashMs: hashed - started,
    copyMs: copied - hashed,
    totalMs: copied - started,
    cpuMs: (await exitedChildrenCpuMs()) - cpuBefore,
  };
}

/**
 * The upload's baseline: the copy goes to a new file, as the API stores a new blob. Nothing
 * the bench writes is deleted before it ends: on the virtual machines measured, the kernel
 * hands free memory back to the host within seconds (free page reporting), and a write into
 * memory the host must supply again costs 2-3 s of system time per GiB instead of 0.35 s. A
 * copy made just after a large delete reuses what the delete freed and runs at the fast
 * pace, the API's blob written a few seconds later at the slow one (bench/README.md,
 * 2026-12-01). With nothing freed, this copy and the API's blob are both written into
 * memory fresh from the host.
 */
function baseline(file, work, index) {
  return timedBaseline(file, () => run('cp', [file, path.join(work, `copy-${index}.bin`)]));
}

/** Runs command with its standard output written over the file open as handle, in place. */
function runInto(handle, command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', handle.fd, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stderr) : reject(new Error(`${command} exited ${code}: ${stderr}`)),
    );
  });
}

/**
 * The in-place export's baseline: the copy written over a file of the run's that stays in
 * memory, as the client writes that bundle (see exportBundle).
 */
function inPlaceBaseline(file, copyFile) {
  return timedBaseline(file, async () => {
    const handle = await open(copyFile, 'r+');
    try {
      await runInto(handle, 'cat', [file]);
    } finally {
      await handle.close();
    }
  });
}

/** curl's arguments for a quiet request to the API with the bearer token. */
const curlWith = (token) => [
  '--silent',
  '--show-error',
  '--header',
  `authorization: Bearer ${token}`,
];

/** The upload, sent by the chosen client. */
async function upload(base, token, caseId, file) {
  if (args.client === 'node') return uploadWithNode(base, token, caseId, file);
  const started = performance.now();
  const { stdout } = await run(
    'curl',
    [
      ...curlWith(token),
      // No `Expect: 100-continue` round trip before a large body.
      '--header',
      'expect:',
      '--write-out',
      '\n%{http_code}',
      '--form',
      `file=@${file};filename=bench.bin;type=application/octet-stream`,
      `${base}/cases/${caseId}/evidence`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const cut = stdout.lastIndexOf('\n');
  return {
    status: Number(stdout.slice(cut + 1)),
    body: JSON.parse(stdout.slice(0, cut)),
    ms: performance.now() - started,
  };
}

/** Streams the file as one multipart upload; resolves with the answer and the wall time. */
function uploadWithNode(base, token, caseId, file) {
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

/**
 * Exports the item as a streamed bundle for the survivor, written to a file on the same disk:
 * a new file, as the baseline's copy (both then written into memory fresh from the host, see
 * baseline()), or, with inPlace, over a file made before the runs and kept in memory, then
 * cut to its length. In place, the client's write costs what a warm copy costs, and the
 * export is set against the copy written the same way (inPlaceBaseline): the API's own pace,
 * without the machine's fresh memory on either side.
 */
async function exportBundle(base, token, caseId, itemId, zipFile, { inPlace }) {
  if (args.client === 'node') {
    return exportBundleWithNode(base, token, caseId, itemId, zipFile, { inPlace });
  }
  const handle = await open(zipFile, inPlace ? 'r+' : 'wx');
  try {
    const started = performance.now();
    const written = await runInto(handle, 'curl', [
      ...curlWith(token),
      '--header',
      'content-type: application/json',
      '--data-binary',
      JSON.stringify({ recipient: 'SURVIVOR', itemIds: [itemId] }),
      '--output',
      '-',
      '--write-out',
      '%{stderr}%{http_code} %{time_starttransfer} %{size_download}',
      `${base}/cases/${caseId}/evidence-exports`,
    ]);
    const [status, firstByte, size] = written.trim().split('\n').at(-1).split(' ').map(Number);
    if (status !== 200) throw new Error(`export answered ${status}`);
    await handle.truncate(size);
    const receivedMs = performance.now() - started;
    await run('sync', []);
    return { ms: performance.now() - started, headersMs: firstByte * 1000, receivedMs };
  } finally {
    await handle.close();
  }
}

/** As exportBundle, received through node:http and written with a file stream. */
async function exportBundleWithNode(base, token, caseId, itemId, zipFile, { inPlace }) {
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
  const out = createWriteStream(zipFile, {
    flags: inPlace ? 'r+' : 'wx',
    highWaterMark: 1024 * 1024,
  });
  await pipeline(response, out);
  await truncate(zipFile, out.bytesWritten);
  const receivedMs = performance.now() - started;
  await run('sync', []);
  return { ms: performance.now() - started, headersMs, receivedMs };
}

/** CPU time, in ms, of this process and of the children it has waited for (curl, sync). */
async function clientCpuMs() {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + (await exitedChildrenCpuMs());
}

/** Unpacks the bundle with unzip and runs `sha256sum -c SHA256SUMS` in it; throws unless all is OK. */
async function checkBundle(zipFile, work, index) {
  const out = path.join(work, `unpacked-${index}`);
  await run('unzip', ['-q', '-o', zipFile, '-d', out]);
  await run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out });
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

    // The files the in-place export and its baseline are written over, all runs long.
    const copyInPlace = path.join(work, 'copy-in-place.bin');
    const zipInPlace = path.join(work, 'bundle-in-place.zip');
    for (const resident of [copyInPlace, zipInPlace]) {
      await copyFile(file, resident);
      await truncate(resident, sizeBytes + 16 * 1024 * 1024);
    }
    await run('sync', []);

    // Each run keeps a copy, a blob, a bundle and its unpacking until the end (see baseline()).
    const neededBytes = (4 * (Number(args.runs) + 1) + 3) * sizeBytes;
    if (freemem() < neededBytes) {
      log(
        `only ${Math.round(freemem() / 2 ** 20)} MiB of memory free for about ` +
          `${Math.round(neededBytes / 2 ** 20)} MiB kept in the page cache: later runs may ` +
          'write into memory the kernel reclaimed, at another pace',
      );
    }

    const idle = { hwm: await rssMiB(child.pid), rss: await rssMiB(child.pid, 'VmRSS') };
    log(`API before any upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`);
    const rows = [];
    // Run 0 is a warm-up, not reported: memory freed shortly before the bench (by a test run,
    // an earlier bench) is still the guest's for a while, and without it the first run's
    // baseline copy was written into that memory at the fast pace while the API's blob, later,
    // was not (upload / baseline 0.30 and 0.47 in such first runs; bench/README.md).
    for (let i = 0; i <= Number(args.runs); i += 1) {
      // Each timed step's own `sync` flushes only what that step wrote.
      await run('sync', []);
      const base1 = await baseline(file, work, i);
      const before = await rssMiB(child.pid, 'VmRSS');
      const cpuBeforeUpload = await cpuMs(child.pid);
      const clientBeforeUpload = await clientCpuMs();
      const { result: up, highestRssMiB } = await sampledRss(child.pid, () =>
        upload(base, token, made.id, file),
      );
      const uploadCpuMs = (await cpuMs(child.pid)) - cpuBeforeUpload;
      const uploadClientCpuMs = (await clientCpuMs()) - clientBeforeUpload;
      if (up.status !== 201)
        throw new Error(`upload answered ${up.status}: ${JSON.stringify(up.body)}`);
      if (up.body.sha256 !== base1.sha256) throw new Error('the API hashed the file differently');
      const { result: down, highestRssMiB: downloadRssMiB } = await sampledRss(child.pid, () =>
        download(base, token, up.body.id),
      );
      if (down.sha256 !== base1.sha256) throw new Error('the download differs from the file');
      const zipFile = path.join(work, `bundle-${i}.zip`);
      await run('sync', []);
      const rssBeforeExport = await rssMiB(child.pid, 'VmRSS');
      const cpuBeforeExport = await cpuMs(child.pid);
      const clientBeforeExport = await clientCpuMs();
      const { result: exported, highestRssMiB: exportRssMiB } = await sampledRss(child.pid, () =>
        exportBundle(base, token, made.id, up.body.id, zipFile, { inPlace: false }),
      );
      const exportCpuMs = (await cpuMs(child.pid)) - cpuBeforeExport;
      const exportClientCpuMs = (await clientCpuMs()) - clientBeforeExport;
      await checkBundle(zipFile, work, i);

      await run('sync', []);
      const base2 = await inPlaceBaseline(file, copyInPlace);
      const cpuBeforeInPlace = await cpuMs(child.pid);
      const { result: inPlace, highestRssMiB: inPlaceRssMiB } = await sampledRss(child.pid, () =>
        exportBundle(base, token, made.id, up.body.id, zipInPlace, { inPlace: true }),
      );
      const inPlaceCpuMs = (await cpuMs(child.pid)) - cpuBeforeInPlace;
      // Every entry's CRC checked, without writing anything out.
      await run('unzip', ['-tq', zipInPlace]);
      const row = {
        run: i,
        baselineMs: base1.totalMs,
        hashMs: base1.hashMs,
        copyMs: base1.copyMs,
        inPlaceBaselineMs: base2.totalMs,
        inPlaceBaselineHashMs: base2.hashMs,
        inPlaceBaselineCopyMs: base2.copyMs,
        inPlaceMs: inPlace.ms,
        inPlaceCpuMs,
        uploadMs: up.ms,
        downloadMs: down.ms,
        exportMs: exported.ms,
        exportHeadersMs: exported.headersMs,
        exportReceivedMs: exported.receivedMs,
        baselineCpuMs: base1.cpuMs,
        uploadCpuMs,
        exportCpuMs,
        uploadClientCpuMs,
        exportClientCpuMs,
        rssDuringDownloadMiB: downloadRssMiB,
        rssBeforeExportMiB: rssBeforeExport,
        rssDuringExportMiB: Math.max(exportRssMiB, inPlaceRssMiB),
        rssBeforeMiB: before,
        rssDuringUploadMiB: highestRssMiB,
        peakRssMiB: await rssMiB(child.pid),
      };
      if (i > 0) rows.push(row);
      log(
        `${i > 0 ? `run ${i}` : 'warm-up, not reported'}: baseline ${mibPerSecond(row.baselineMs)} MiB/s, upload ${mibPerSecond(row.uploadMs)} MiB/s, ` +
          `download ${mibPerSecond(row.downloadMs)} MiB/s, export ${mibPerSecond(row.exportMs)} MiB/s; ` +
          `in place: baseline ${mibPerSecond(row.inPlaceBaselineMs)} MiB/s, export ${mibPerSecond(row.inPlaceMs)} MiB/s; ` +
          `API RSS ${row.rssBeforeMiB} MiB before, ${row.rssDuringUploadMiB} MiB at most during the upload, ${row.rssDuringDownloadMiB} MiB during the download, ` +
          `${row.rssBeforeExportMiB} → ${row.rssDuringExportMiB} MiB during the exports, peak since start ${row.peakRssMiB} MiB`,
      );
    }

    const seconds = (ms) => (ms / 1000).toFixed(1);
    const lines = [
      `evidence: ${args['size-mib']} MiB of random bytes, local store, same disk; client ${args.client}; Node ${process.version}; ` +
        `API run with ${settingsText()}; ` +
        `API before the first upload: RSS ${idle.rss} MiB, peak since start ${idle.hwm} MiB`,
      '',
      '| run | baseline MiB/s (openssl sha256 + cp to a new file) | upload MiB/s | upload / baseline | download MiB/s | export to a new file MiB/s | export / baseline | export: headers / last byte / synced, s | in place: baseline MiB/s (openssl + copy) / export MiB/s | in place: export / baseline | CPU s: baseline / API upload / API export / API export in place | client CPU s: upload / export | API RSS before → highest during upload / before → highest during exports, MiB | API peak RSS since start, MiB |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (row) =>
          `| ${row.run} | ${mibPerSecond(row.baselineMs)} (${seconds(row.hashMs)} s + ${seconds(row.copyMs)} s) | ` +
          `${mibPerSecond(row.uploadMs)} (${seconds(row.uploadMs)} s) | ${(row.baselineMs / row.uploadMs).toFixed(2)} | ` +
          `${mibPerSecond(row.downloadMs)} | ${mibPerSecond(row.exportMs)} (${seconds(row.exportMs)} s) | ` +
          `${(row.baselineMs / row.exportMs).toFixed(2)} | ` +
          `${(row.exportHeadersMs / 1000).toFixed(2)} / ${(row.exportReceivedMs / 1000).toFixed(2)} / ${(row.exportMs / 1000).toFixed(2)} | ` +
          `${mibPerSecond(row.inPlaceBaselineMs)} (${seconds(row.inPlaceBaselineHashMs)} s + ${seconds(row.inPlaceBaselineCopyMs)} s) / ` +
          `${mibPerSecond(row.inPlaceMs)} (${seconds(row.inPlaceMs)} s) | ${(row.inPlaceBaselineMs / row.inPlaceMs).toFixed(2)} | ` +
          `${seconds(row.baselineCpuMs)} / ${seconds(row.uploadCpuMs)} / ${seconds(row.exportCpuMs)} / ${seconds(row.inPlaceCpuMs)} | ` +
          `${seconds(row.uploadClientCpuMs)} / ${seconds(row.exportClientCpuMs)} | ${row.rssBeforeMiB} → ${row.rssDuringUploadMiB} / ${row.rssBeforeExportMiB} → ${row.rssDuringExportMiB} | ${row.peakRssMiB} |`,
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
