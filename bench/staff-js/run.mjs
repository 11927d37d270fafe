#!/usr/bin/env node
// The JavaScript a browser downloads for each staff page, read from the production build of
// the web app (run `npx turbo run build` first): the framework's main files every page
// loads, plus the chunks of the page's own client components (its layouts' and its own),
// each counted once, gzip- and brotli-compressed as a server would send them. The
// polyfills are left out: only browsers without ES modules load them.
//
//   node bench/staff-js/run.mjs [--budget-kb=150] [route ...]
//
// Exits 1 when a page is over the budget (gzip), so CI can hold it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const NEXT = path.resolve(here, '../../apps/web/.next');
const DEFAULT_ROUTES = ['(staff)/cases', '(staff)/cases/[id]', '(staff)/cases/new'];

const args = process.argv.slice(2);
const budgetKb = Number(args.find((a) => a.startsWith('--budget-kb='))?.split('=')[1] ?? 150);
const routes = args.filter((a) => !a.startsWith('--'));

if (!existsSync(path.join(NEXT, 'BUILD_ID'))) {
  console.error(`No production build in ${NEXT}: run the build first.`);
  process.exit(2);
}

/** The chunks a route's page loads: the main files and its entries' client chunks. */
export function chunksOf(route) {
  const dir = path.join(NEXT, 'server/app', route);
  const build = JSON.parse(readFileSync(path.join(dir, 'page/build-manifest.json'), 'utf8'));
  const manifestFile = path.join(dir, 'page_client-reference-manifest.js');
  const source = readFileSync(manifestFile, 'utf8');
  const sandbox = { globalThis: {} };
  new Function('globalThis', source)(sandbox.globalThis);
  const manifest = Object.values(sandbox.globalThis.__RSC_MANIFEST)[0];
  const entries = Object.entries(manifest.entryJSFiles)
    .filter(([entry]) => !entry.includes('global-error'))
    .flatMap(([, files]) => files);
  return [...new Set([...build.rootMainFiles, ...entries])];
}

const size = (files, compress) =>
  files.reduce((sum, file) => sum + compress(readFileSync(path.join(NEXT, file))).length, 0);
const gzip = (bytes) => gzipSync(bytes, { level: 9 });
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const kb = (bytes) => (bytes / 1024).toFixed(1);

let over = false;
console.log(`| page | chunks | raw KB | gzip KB | brotli KB | largest chunk (gzip KB) |`);
console.log(`|---|---|---|---|---|---|`);
for (const route of routes.length > 0 ? routes : DEFAULT_ROUTES) {
  const files = chunksOf(route);
  const raw = size(files, (b) => b);
  const gz = size(files, gzip);
  const br = size(files, brotli);
  const largest = files
    .map((file) => ({ file, gz: gzip(readFileSync(path.join(NEXT, file))).length }))
    .sort((a, b) => b.gz - a.gz)[0];
  const page = `/${route.replace(/\(.*?\)\//g, '')}`;
  console.log(
    `| ${page} | ${files.length} | ${kb(raw)} | ${kb(gz)} | ${kb(br)} | ${kb(largest.gz)} (${path.basename(largest.file)}) |`,
  );
  if (gz > budgetKb * 1024) over = true;
}
if (over) {
  console.error(`A page ships more than ${budgetKb} KB of gzip-compressed JavaScript.`);
  process.exit(1);
}
