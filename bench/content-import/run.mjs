// bench/content-import: `POST /content/import` of the whole Umbrella tree (en and fr), then
// `GET /content/documents` over the imported guide, against the built API and a throw-away
// database. The corpus is test data we may not ship: it is read from shared/corpora beside
// the repository and zipped in memory; without it the bench says so and stops.
// Needs `npm run build` first, PostgreSQL at TEST_PG_URL and Redis at REDIS_URL.
// Usage: npm run bench:content-import [-- --corpus path/to/umbrella-en-fr.tar.gz --publish]
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createBenchDatabase, log, login, root, startApi, stop } from '../lib/stack.mjs';

const require = createRequire(import.meta.url);
const { zipSync } = require(require.resolve('fflate', { paths: [path.join(root, 'apps/api')] }));

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(root, '../shared/corpora/umbrella-en-fr.tar.gz') },
    /** Publish the files with no problem, rather than keeping every file as a draft. */
    publish: { type: 'boolean', default: false },
  },
});

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

  const db = await createBenchDatabase();
  let api;
  try {
    const [org] = await db.createOrganizations([
      { slug: 'bench', name: 'Bench Helpline', defaultLocale: 'fr' },
    ]);
    const server = await startApi(db);
    api = server.child;
    const apiUrl = server.base;
    const token = await login(apiUrl, org.email);
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
    await stop(api);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
