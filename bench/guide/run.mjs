// bench/guide: what a survivor's browser downloads for one lesson page (HTML, CSS and
// JavaScript, compressed as served), and the page's response time under concurrent load
// from a second process. Needs `npm run build` first. Usage: npm run bench:guide
import { execFile, spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    page: { type: 'string', default: '/guide/en/online-abuse/respond/beginner' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
  },
});

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

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const web = spawn('npm', ['run', 'start', '-w', '@cairn/web'], {
    cwd: root,
    env: {
      ...process.env,
      WEB_PORT: String(port),
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: base,
      NODE_ENV: 'production',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(`${base}${args.page}`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
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

    const cpuBefore = await groupCpuMs(web.pid);
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(root, 'bench/cases-list/load.mjs'),
      JSON.stringify({
        mode: 'http',
        url: `${base}${args.page}`,
        token: 'none',
        seconds: Number(args.seconds),
        concurrency: Number(args.concurrency),
      }),
    ]);
    const load = JSON.parse(stdout);
    const cpuAfter = await groupCpuMs(web.pid);
    const cpuPerRequest =
      cpuBefore === undefined || cpuAfter === undefined || load.requests === 0
        ? 'n/a'
        : `${((cpuAfter - cpuBefore) / load.requests).toFixed(2)} ms`;
    const lines = [
      `guide: ${args.page}; ${args.concurrency} concurrent requests for ${args.seconds} s; Node ${process.version}`,
      '',
      '| resource | status | encoding | bytes on the wire | bytes decoded |',
      '|---|---|---|---|---|',
      ...sizes.map(
        (item) =>
          `| ${item.url.replace(base, '')} | ${item.status} | ${item.encoding} | ${item.bytes} | ${item.decodedBytes} |`,
      ),
      `| **total** | | | **${total}** (${(total / 1024).toFixed(1)} KiB) | ${decodedTotal} (${(decodedTotal / 1024).toFixed(1)} KiB) |`,
      '',
      `Lesson page under load: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors; server CPU ${cpuPerRequest} per request.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    try {
      process.kill(-web.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
