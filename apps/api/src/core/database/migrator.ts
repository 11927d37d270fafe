import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { APP_ROLE } from '../config/config';

/** prisma/migrations, from the compiled file (dist/...) or the source (src/...). */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../../prisma/migrations');

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

// Any fixed number: it only has to be the same for every process running migrations.
const LOCK_KEY = 7_214_033;

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own
 * transaction, as the connection's user (the owner). Applied files are recorded with their
 * checksum; an applied file that changed stops the run, since the database no longer
 * matches what the file says. An advisory lock lets concurrent starts wait for each other.
 */
export async function migrate(
  ownerUrl: string,
  options: { appPassword?: string; log?: (line: string) => void; dir?: string } = {},
): Promise<MigrationResult> {
  const log = options.log ?? (() => undefined);
  const dir = options.dir ?? MIGRATIONS_DIR;
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS cairn_migration (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (
        await client.query<{ name: string; checksum: string }>(
          'SELECT name, checksum FROM cairn_migration',
        )
      ).rows.map((row) => [row.name, row.checksum]),
    );
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied: string[] = [];
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      const previous = done.get(name);
      if (previous) {
        if (previous !== checksum) {
          throw new Error(
            `Migration ${name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      log(`applying ${name}`);
      await client.query('BEGIN');
      try {
        // A schema change works on every tenant's rows: the owner says so, as the policies ask.
        await client.query(`SELECT set_config('app.cross_tenant', 'on', true)`);
        await client.query(sql);
        await client.query('INSERT INTO cairn_migration (name, checksum) VALUES ($1, $2)', [
          name,
          checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
      applied.push(name);
    }
    if (options.appPassword !== undefined) {
      // Identifiers cannot be bound; the role name is a constant and the password is quoted by format().
      const { rows } = await client.query<{ sql: string }>(
        `SELECT format('ALTER ROLE ${APP_ROLE} PASSWORD %L', $1::text) AS sql`,
        [options.appPassword],
      );
      await client.query(rows[0]!.sql);
    }
    return { applied, alreadyApplied: names.length - applied.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
