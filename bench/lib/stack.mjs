// What every benchmark starts before it measures: a throw-away database migrated as the API
// migrates, organisations made as `org:create` makes them, the built API (and worker) on a
// free loopback port, and the readings of those processes from /proc. Uses the compiled API
// (`apps/api/dist`): run `npm run build` first. PostgreSQL at TEST_PG_URL (default
// postgresql://postgres@127.0.0.1:5432/postgres), Redis at REDIS_URL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { API_ENV, API_NODE_ARGS } from '../../scripts/lib/api-runtime.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** A module of the compiled API, by its path under apps/api/dist. */
export const requireApi = (file) => require(path.join(root, 'apps/api/dist', file));

export const log = (line) => console.error(`[bench] ${line}`);
export const PASSWORD = 'bench password 123';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until url answers 2xx; throws after about a minute. */
export async function waitFor(url, tries = 200) {
  for (let i = 0; i < tries; i += 1) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(300);
  }
  throw new Error(`${url} never answered`);
}

/**
 * A fresh database on the server, migrated with a new app-role password, and a new master
 * key. `drop()` removes it (unless BENCH_KEEP_DB is set).
 */
export async function createBenchDatabase() {
  const serverUrl = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const dbName = `cairn_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const appPassword = randomBytes(12).toString('hex');
  const masterKey = randomBytes(32).toString('base64');
  const db = {
    dbName,
    dbUrl,
    appPassword,
    masterKey,
    /** The app role's URL, as the API connects. */
    appUrl: Object.assign(new URL(dbUrl), {
      username: 'cairn_app',
      password: appPassword,
    }).toString(),
    /** What the API and worker need to run on this database. */
    env: {
      DATABASE_URL: dbUrl,
      APP_DATABASE_PASSWORD: appPassword,
      MASTER_KEY: masterKey,
      // Queues of the run's own: its worker takes this database's jobs only.
      REDIS_PREFIX: `${dbName}:`,
    },
    /** Makes organisations as `org:create` does; each has an admin `admin@<slug>.test`. */
    async createOrganizations(list) {
      const { createOrganization } = requireApi('tenancy/create-organization.js');
      const { createPrismaClient } = requireApi('core/database/prisma.service.js');
      const prisma = createPrismaClient(dbUrl);
      try {
        const made = [];
        for (const org of list) {
          const created = await createOrganization(prisma, Buffer.from(masterKey, 'base64'), {
            slug: org.slug,
            name: org.name ?? org.slug,
            defaultLocale: org.defaultLocale ?? 'en',
            timeZone: 'UTC',
            adminEmail: `admin@${org.slug}.test`,
            adminName: 'Bench Admin',
            adminPassword: PASSWORD,
          });
          made.push({ ...org, id: created.organizationId, email: `admin@${org.slug}.test` });
        }
        return made;
      } finally {
        await prisma.$disconnect();
      }
    },
    async drop() {
      await sleep(500);
      if (process.env.BENCH_KEEP_DB) log(`kept database ${dbName}`);
      else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    },
  };
  try {
    const { migrate } = requireApi('core/database/migrator.js');
    await migrate(dbUrl, { appPassword });
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}

/**
 * Starts a compiled entry point (`main.js`, `worker.js`) on the database, in a process group
 * of its own so that stop() ends whatever it started.
 */
export function startEntry(entry, db, env = {}, nodeArgs = []) {
  return spawn(process.execPath, [...nodeArgs, path.join(root, 'apps/api/dist', entry)], {
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...db.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

/**
 * The API on a free port, ready to answer; `{ base, child }`. It runs with the runtime
 * settings users get (scripts/lib/api-runtime.mjs) unless `bare` is set; nodeArgs go after
 * them, before the script, and env over them.
 */
export async function startApi(db, env = {}, nodeArgs = [], { bare = false } = {}) {
  const port = await freePort();
  // As scripts/start.mjs: a setting already in this environment wins over API_ENV's.
  const settings = Object.fromEntries(
    Object.entries(API_ENV).filter(([name]) => process.env[name] === undefined),
  );
  const child = startEntry(
    'main.js',
    db,
    { ...(bare ? {} : settings), API_PORT: String(port), ...env },
    bare ? nodeArgs : [...API_NODE_ARGS, ...nodeArgs],
  );
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready`)));
  });
  exited.catch(() => undefined);
  await Promise.race([waitFor(`${base}/readyz`), exited]);
  return { base, child };
}

/** Stops a process group started here, SIGKILL after 10 s; waits until it has exited. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // gone already
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A bearer token for the member. */
export async function login(base, email, password = PASSWORD) {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login as ${email} answered ${response.status}`);
  return (await response.json()).token;
}

/** JSON in and out with a bearer token; throws on a status other than `expect`. */
export async function api(base, token, method, route, body, expect = [200, 201]) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      authorization: `Bearer ${token}`,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!expect.includes(response.status)) {
    throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

/** VmHWM (the peak resident set since the process started) or VmRSS (now), in MiB. */
export async function rssMiB(pid, field = 'VmHWM') {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return Math.round(kib / 1024);
}

/** Samples a process's resident set every 50 ms while work runs: its result and the highest sample. */
export async function sampledRss(pid, work) {
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

/** CPU time (user + system) used so far by one process, in ms; NaN once it is gone. */
export async function cpuMs(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPU time used so far by this process's children that have exited and been waited for, in ms. */
export async function exitedChildrenCpuMs() {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** CPU time, in ms, used so far by the processes of a group; undefined where /proc is not. */
export async function groupCpuMs(group) {
  const entries = await readdir('/proc').catch(() => undefined);
  if (!entries) return undefined;
  let ticks = 0;
  for (const entry of entries.filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // After "(command) ": state, ppid, pgrp, … utime is the 12th, stime the 13th, in 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

/** Keeps a run's figures under bench/results (ignored by git). */
export function saveResult(name, data) {
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    path.join(root, `bench/results/${name}-${stamp}.json`),
    JSON.stringify(data, null, 2),
  );
}
