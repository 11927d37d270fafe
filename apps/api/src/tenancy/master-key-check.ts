import { Client } from 'pg';
import { keyId } from '../core/crypto/envelope';

/**
 * Refuses to start the API or the worker when organisations' data keys are wrapped by a
 * master key other than MASTER_KEY: every survivor of those organisations would fail to
 * open, one request at a time. Typically the process was started with the old key after
 * `keys:rotate`, or a rotation stopped half-way. Keys of the first format name no master
 * key; they are checked when first used.
 */
export async function assertMasterKey(connectionString: string, masterKey: Buffer): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  let rows: { master_key_id: string | null; organizations: string }[];
  try {
    ({ rows } = await client.query('SELECT * FROM organization_key_wrapping()'));
  } finally {
    await client.end();
  }
  const current = keyId(masterKey);
  const others = rows.filter((row) => row.master_key_id !== null && row.master_key_id !== current);
  if (others.length > 0) {
    const wrapped = others
      .map((row) => `${row.organizations} by master key ${row.master_key_id}`)
      .join(', ');
    throw new Error(
      `Refusing to start: MASTER_KEY is key ${current}, but organisation data keys are ` +
        `wrapped by another (${wrapped}). Start with the master key they were rotated to; ` +
        `if \`npm run keys:rotate\` stopped half-way, run it again.`,
    );
  }
}
