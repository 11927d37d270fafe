// bench/content-import: `POST /content/import` of the whole Umbrella tree (en and fr), then
// `GET /content/documents` over the imported guide, against the built API and a throw-away
// database. The corpus is test data we may not ship: it is read from shared/corpora beside
// the repository and zipped in memory; without it the bench says so and stops.
// Needs `npm run build` first, PostgreSQL at TEST_PG_URL and Redis at REDIS_URL.
// Usage: npm run bench:content-import [-- --corpus path/to/umbrella-en-fr.tar.gz --publish]
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { zipSync } = require(require.resolve('fflate', { paths: [path.join(root, 'apps/api')] }));
const { migrate } = require(path.join(root, 'apps/api/dist/core/database/migrator.js'));
const { createOrganization } = require(
  path.join(root, 'apps/api/dist/tenancy/create-organization.js'),
);
const { createPrismaClient } = require(
  path.join(root, 'apps/api/dist/core/database/prisma.service.js'),
);

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(root, '../shared/corpora/umbrella-en-fr.tar.gz') },
    /** Publish the files with no problem, rather than keeping every file as a draft. */
    publish: { type: 'boolean', default: false },
  },
});
const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
const log = (line) => console.error(`[bench] ${line}`);
const PASSWORD = 'bench password 123';

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let tries = 0; tries < 200; tries += 1) {
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

/** Every file of the unpacked corpus, by its path in the guide. */
async function zippedCorpus(corpus) {
  const dir = await mkdtemp(path.join(tmpdir(), 'umbrella-'));
  try {
    await promisify(execFile)('tar', ['-xzf', corpus, '-C', dir]);
    const files = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, full).split(path.sep).join('/')] = await readFile(full);
    }
    return { count: Object.keys(files).length, zip: Buffer.from(zipSync(files)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(args.corpus)) {
    console.log(`content-import: skipped, the corpus is not at ${args.corpus}`);
    return;
  }
  const { count, zip } = await zippedCorpus(args.corpus);
  log(`${count} files, ${(zip.length / 1024 / 1024).toFixed(1)} MiB zipped`);

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  let api;
  try {
    const appPassword = randomBytes(12).toString('hex');
    await migrate(dbUrl, { appPassword });
    const masterKey = randomBytes(32).toString('base64');
    const prisma = createPrismaClient(dbUrl);
    await createOrganization(prisma, Buffer.from(masterKey, 'base64'), {
      slug: 'bench',
      name: 'Bench Helpline',
      defaultLocale: 'fr',
      timeZone: 'UTC',
      adminEmail: 'admin@bench.test',
      adminName: 'Bench Admin',
      adminPassword: PASSWORD,
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
      },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${apiUrl}/readyz`);
    const { token } = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@bench.test', password: PASSWORD }),
    }).then((r) => r.json());
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    const started = performance.now();
    const response = await fetch(`${apiUrl}/content/import`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ archiveBase64: zip.toString('base64'), publish: args.publish }),
    });
    const importMs = performance.now() - started;
    const result = await response.json();
    if (response.status !== 201) throw new Error(`import answered ${response.status}`);

    const lists = [];
    for (const query of ['', '?q=phish', '?state=problems', '?locale=en&page=10']) {
      const listStarted = performance.now();
      const list = await fetch(`${apiUrl}/content/documents${query}`, { headers }).then((r) =>
        r.json(),
      );
      lists.push({
        query: query || '(first page)',
        ms: performance.now() - listStarted,
        total: list.total,
      });
    }

    const loaded = result.published + result.drafts;
    console.log(`| step | ms | result |\n| --- | --- | --- |`);
    console.log(
      `| POST /content/import (${count} files, publish=${args.publish}) | ${importMs.toFixed(0)} | ${loaded} loaded (${result.published} published), ${result.skipped.length} skipped, ${result.problems.length} problems |`,
    );
    for (const list of lists) {
      console.log(
        `| GET /content/documents ${list.query} | ${list.ms.toFixed(0)} | ${list.total} files fit |`,
      );
    }
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      process.kill(-api.pid, 'SIGTERM');
      await exited;
    }
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
