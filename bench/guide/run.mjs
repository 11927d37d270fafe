// bench/guide: what a survivor's browser downloads for one lesson page (HTML, CSS and
// JavaScript, compressed as served), and the response time under concurrent load from a
// second process of that page in the shared guide and of the same page in an
// organisation's guide, in one run. Starts a throw-away database, the API and the web app
// itself. Needs `npm run build` first, PostgreSQL at TEST_PG_URL and Redis at REDIS_URL.
// Usage: npm run bench:guide [-- --seconds 10 --concurrency 16]
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import zlib from 'node:zlib';
import {
  createBenchDatabase,
  freePort,
  groupCpuMs,
  log,
  root,
  startApi,
  stop,
  waitFor,
} from '../lib/stack.mjs';

const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: '/guide/en/online-abuse/respond/beginner' },
    /** The organisation whose guide is measured: made in the throw-away database. */
    slug: { type: 'string', default: 'demo' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
  },
});

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

/** The organisation of the measured guide, with its helpline, in a throw-away database. */
async function prepareDatabase() {
  const db = await createBenchDatabase();
  await db.createOrganizations([{ slug: args.slug, name: 'Demo Helpline' }]);
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'apps/api/dist/cli/demo-helpline.js'), args.slug],
    { env: { ...process.env, ...db.env } },
  );
  return db;
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
  const db = await prepareDatabase();
  let api;
  let web;
  try {
    const server = await startApi(db);
    api = server.child;
    const apiUrl = server.base;

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
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
