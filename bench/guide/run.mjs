// bench/guide: what a survivor's browser downloads for one lesson page (HTML, CSS and
// JavaScript, compressed as served), and the response time under concurrent load from a
// second process of that page in the shared guide and of the same page in an
// organisation's guide, in one run. Starts a throw-away database, the API and the web app
// itself. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and Redis at REDIS_URL.
// Usage: npm run bench:guide [-- --seconds 10 --concurrency 16]
import { execFile, spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import zlib from 'node:zlib';
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
    page: { type: 'string', default: '/guide/en/online-abuse/respond/beginner' },
    /** The organisation whose guide is measured: made in the throw-away database. */
    slug: { type: 'string', default: 'demo' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
  },
});
const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line) => console.error(`[bench] ${line}`);

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Bytes on the wire for one resource, as a browser asking for gzip or brotli gets it: read
 * with node:http, which leaves the body compressed (fetch would decode it), and the size
 * once decoded beside it.
 */
function transferred(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'] ?? 'identity';
        const decoded =
          encoding === 'br'
            ? zlib.brotliDecompressSync(body)
            : encoding === 'gzip'
              ? zlib.gunzipSync(body)
              : body;
        resolve({
          url,
          status: response.statusCode,
          encoding,
          bytes: body.length,
          decodedBytes: decoded.length,
        });
      });
    });
    request.on('error', reject);
  });
}

/**
 * CPU time, in ms, used so far by the processes of a group (the web server the bench started),
 * from Linux's /proc; undefined elsewhere. It moves less than latency when other work shares
 * the machine, which helps to compare runs on a busy one.
 */
async function groupCpuMs(group) {
  const entries = await readdir('/proc').catch(() => undefined);
  if (!entries) return undefined;
  let ticks = 0;
  for (const entry of entries.filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // After "(command) ": state, ppid, pgrp, … utime is the 12th, stime the 13th; both in 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

async function waitFor(url) {
  for (let i = 0; i < 200; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} never answered`);
}

/** The organisation of the measured guide, with its helpline, in a throw-away database. */
async function prepareDatabase() {
  const appPassword = randomBytes(12).toString('hex');
  await migrate(dbUrl, { appPassword });
  const masterKey = randomBytes(32).toString('base64');
  const prisma = createPrismaClient(dbUrl);
  await createOrganization(prisma, Buffer.from(masterKey, 'base64'), {
    slug: args.slug,
    name: 'Demo Helpline',
    defaultLocale: 'en',
    timeZone: 'UTC',
    adminEmail: `admin@${args.slug}.test`,
    adminName: 'Bench Admin',
    adminPassword: 'bench password 123',
  });
  await prisma.$disconnect();
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'apps/api/dist/cli/demo-helpline.js'), args.slug],
    { env: { ...process.env, DATABASE_URL: dbUrl, APP_DATABASE_PASSWORD: appPassword } },
  );
  return { appPassword, masterKey };
}

/** Stops a process group the bench started, and waits for it. */
async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/** One page under load from a second process, and the web server's CPU time per request. */
async function measure(web, url) {
  const cpuBefore = await groupCpuMs(web.pid);
  const { stdout } = await promisify(execFile)(process.execPath, [
    path.join(root, 'bench/cases-list/load.mjs'),
    JSON.stringify({
      mode: 'http',
      url,
      token: 'none',
      seconds: Number(args.seconds),
      concurrency: Number(args.concurrency),
    }),
  ]);
  const load = JSON.parse(stdout);
  const cpuAfter = await groupCpuMs(web.pid);
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined || load.requests === 0
      ? 'n/a'
      : `${((cpuAfter - cpuBefore) / load.requests).toFixed(2)} ms`;
  return { ...load, cpu };
}

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let api;
  let web;
  try {
    const { appPassword, masterKey } = await prepareDatabase();
    const apiPort = await freePort();
    api = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl,
        APP_DATABASE_PASSWORD: appPassword,
        MASTER_KEY: masterKey,
        API_PORT: String(apiPort),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${apiUrl}/readyz`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    web = spawn('npm', ['run', 'start', '-w', '@cairn/web'], {
      cwd: root,
      env: {
        ...process.env,
        API_URL: apiUrl,
        WEB_PORT: String(port),
        NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
        NEXTAUTH_URL: base,
        NODE_ENV: 'production',
      },
      stdio: 'ignore',
      detached: true,
    });
    const organizationPage = args.page.replace(/^\/guide/, `/o/${args.slug}/guide`);
    await waitFor(`${base}${args.page}`);
    await waitFor(`${base}${organizationPage}`);

    const page = await transferred(`${base}${args.page}`);
    // Node's fetch decompresses; read the asset list from a plain copy of the HTML.
    const html = await fetch(`${base}${args.page}`).then((r) => r.text());
    const assets = [
      ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
      ...html.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]*>/g),
    ].map((match) => new URL(match[1], base).toString());
    const unique = [...new Set(assets)];
    const sizes = [page, ...(await Promise.all(unique.map(transferred)))];
    const total = sizes.reduce((sum, item) => sum + item.bytes, 0);
    const decodedTotal = sizes.reduce((sum, item) => sum + item.decodedBytes, 0);

    const loads = [];
    for (const measured of [args.page, organizationPage]) {
      const load = await measure(web, `${base}${measured}`);
      log(`${measured}: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms`);
      loads.push({ page: measured, ...load });
    }
    const [shared, organization] = loads;
    const lines = [
      `guide: ${args.page}; ${args.concurrency} concurrent requests for ${args.seconds} s per page; Node ${process.version}`,
      '',
      '| resource | status | encoding | bytes on the wire | bytes decoded |',
      '|---|---|---|---|---|',
      ...sizes.map(
        (item) =>
          `| ${item.url.replace(base, '')} | ${item.status} | ${item.encoding} | ${item.bytes} | ${item.decodedBytes} |`,
      ),
      `| **total** | | | **${total}** (${(total / 1024).toFixed(1)} KiB) | ${decodedTotal} (${(decodedTotal / 1024).toFixed(1)} KiB) |`,
      '',
      '| page under load | req/s | p50 ms | p99 ms | errors | server CPU per request |',
      '|---|---|---|---|---|---|',
      ...loads.map(
        (load) =>
          `| ${load.page} | ${load.rps} | ${load.p50} | ${load.p99} | ${load.errors} | ${load.cpu} |`,
      ),
      '',
      `Organisation's guide p99 / shared guide p99: ${(organization.p99 / shared.p99).toFixed(2)}.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await stop(web);
    await stop(api);
    if (process.env.BENCH_KEEP_DB) log(`kept database ${dbName}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
