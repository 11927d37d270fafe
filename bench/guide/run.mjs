// bench/guide: what a survivor's browser downloads for one lesson page (HTML, CSS and
// JavaScript, compressed as served), and the page's response time under concurrent load
// from a second process. Needs `npm run build` first. Usage: npm run bench:guide
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

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

/** Bytes on the wire for one resource, as a browser asking for gzip or brotli gets it. */
async function transferred(url) {
  const response = await fetch(url, {
    headers: { 'accept-encoding': 'br, gzip' },
    decompress: false,
  });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    url,
    status: response.status,
    encoding: response.headers.get('content-encoding') ?? 'identity',
    bytes: Number(response.headers.get('content-length') ?? body.length),
    body,
  };
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
    const lines = [
      `guide: ${args.page}; ${args.concurrency} concurrent requests for ${args.seconds} s; Node ${process.version}`,
      '',
      '| resource | encoding | bytes |',
      '|---|---|---|',
      ...sizes.map(
        (item) => `| ${item.url.replace(base, '')} | ${item.encoding} | ${item.bytes} |`,
      ),
      `| **total** | | **${total}** (${(total / 1024).toFixed(1)} KiB) |`,
      '',
      `Lesson page under load: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors.`,
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
