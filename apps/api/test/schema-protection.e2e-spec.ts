import type { Client } from 'pg';
import { ownerClient, startTestApp, TestApp } from './support/test-app';

/**
 * Tables that may go without row-level security, each with its reason. Anything else in the
 * schema must have RLS enabled and forced, so that a new table cannot ship open by mistake.
 */
const WITHOUT_RLS: Record<string, string> = {
  // The migration runner's own bookkeeping: no tenant data, no grant to the app role.
  cairn_migration: 'migration bookkeeping, owner only',
};

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await startTestApp();
  owner = await ownerClient(t.config);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

describe('schema protection, read from pg_catalog', () => {
  it('every table has row-level security enabled and forced, beyond a short allow-list', async () => {
    const { rows } = await owner.query<{ name: string; enabled: boolean; forced: boolean }>(
      `SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       ORDER BY c.relname`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const open = rows
      .filter((row) => !(row.enabled && row.forced) && !(row.name in WITHOUT_RLS))
      .map((row) => `${row.name} (enabled ${row.enabled}, forced ${row.forced})`);
    expect(open).toEqual([]);
  });

  it("every table under row-level security carries the owner's cross-tenant pass, so the worker's sweeps find their rows with an owner that is not a superuser", async () => {
    const { rows } = await owner.query<{ name: string }>(
      `SELECT c.relname AS name
       FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
         AND c.relrowsecurity
         AND NOT EXISTS (SELECT 1 FROM pg_policy p
                         WHERE p.polrelid = c.oid AND p.polname = 'owner_cross_tenant')
       ORDER BY c.relname`,
    );
    expect(rows.map((row) => row.name)).toEqual([]);
  });

  it('no SECURITY DEFINER function is executable by PUBLIC, and each pins its search_path', async () => {
    const { rows } = await owner.query<{
      name: string;
      public_execute: boolean;
      config: string[] | null;
    }>(
      `SELECT p.oid::regprocedure::text AS name, p.proconfig AS config,
              EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                      WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_execute
       FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef
       ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((row) => row.public_execute).map((row) => row.name)).toEqual([]);
    expect(
      rows
        .filter((row) => !(row.config ?? []).some((entry) => entry.startsWith('search_path=')))
        .map((row) => row.name),
    ).toEqual([]);
  });

  it('a function the owner creates later starts closed to PUBLIC', async () => {
    await owner.query('BEGIN');
    try {
      await owner.query(`CREATE FUNCTION schema_protection_probe() RETURNS int
                           LANGUAGE sql AS 'SELECT 1'`);
      const { rows } = await owner.query<{ open: boolean }>(
        `SELECT has_function_privilege('public', 'schema_protection_probe()', 'EXECUTE') AS open`,
      );
      expect(rows[0]!.open).toBe(false);
    } finally {
      await owner.query('ROLLBACK');
    }
  });

  it('the app role owns nothing in the schema, is no member of an owner, and cannot bypass RLS', async () => {
    const { rows } = await owner.query(
      `SELECT r.rolsuper, r.rolbypassrls,
              (SELECT count(*) FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace
                 AND pg_has_role(r.oid, c.relowner, 'USAGE'))::int AS owned
       FROM pg_roles r WHERE r.rolname = 'cairn_app'`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0 }]);
  });
});
