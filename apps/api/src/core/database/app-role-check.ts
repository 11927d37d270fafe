import { Client } from 'pg';

interface RoleFacts {
  role: string;
  rolsuper: boolean;
  rolbypassrls: boolean;
  owned: number;
}

/**
 * Refuses to run the API or the worker on a connection that row-level security does not
 * bind: a superuser, a role with BYPASSRLS, or one that owns (or inherits the rights of the
 * owner of) a table in the schema. Started that way, a forgotten `where` would read every
 * tenant's rows; better not to start at all.
 */
export async function assertAppRole(connectionString: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  let facts: RoleFacts;
  try {
    const { rows } = await client.query<RoleFacts>(
      `SELECT r.rolname AS role, r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_class c
               WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
                 AND pg_has_role(r.oid, c.relowner, 'USAGE'))::int AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    facts = rows[0]!;
  } finally {
    await client.end();
  }
  const problems = [
    facts.rolsuper && 'is a superuser',
    facts.rolbypassrls && 'can bypass row-level security',
    facts.owned > 0 && `owns ${facts.owned} tables of the schema`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start: the app database connection (APP_DATABASE_URL, or DATABASE_URL with ` +
        `user cairn_app) logs in as "${facts.role}", which ${problems.join(', ')}. The API and ` +
        `the worker must connect as the app role, which owns no table and cannot bypass ` +
        `row-level security (README, "Database roles").`,
    );
  }
}
