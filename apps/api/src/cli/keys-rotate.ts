import { resealLegacySurvivors } from '../cases/legacy-survivors';
import { loadOwnerConfig } from '../core/config/config';
import { keyId } from '../core/crypto/envelope';
import { createPrismaClient } from '../core/database/prisma.service';
import { rotateMasterKey } from '../tenancy/rotate-master-key';

/**
 * `npm run keys:rotate`: rewraps every organisation's data key from MASTER_KEY (the key in
 * use) to NEW_MASTER_KEY, as the owner of DATABASE_URL, and reseals survivors still in the
 * first format so that each is bound to its case. Safe to run again.
 */
async function main(): Promise<void> {
  const env = loadOwnerConfig();
  if (!env.MASTER_KEY || !env.NEW_MASTER_KEY) {
    throw new Error(
      'keys:rotate needs MASTER_KEY (the key in use) and NEW_MASTER_KEY (the one replacing it)',
    );
  }
  const current = Buffer.from(env.MASTER_KEY, 'base64');
  const next = Buffer.from(env.NEW_MASTER_KEY, 'base64');
  console.log(`rotating from master key ${keyId(current)} to ${keyId(next)}`);
  const owner = createPrismaClient(env.DATABASE_URL);
  try {
    const counts = await rotateMasterKey(owner, current, next, {
      withDataKey: resealLegacySurvivors,
      log: (line) => console.log(line),
    });
    console.log(
      `organisations: ${counts.organizations}; keys rewrapped: ${counts.rewrapped}, already ` +
        `under the new key: ${counts.alreadyRotated}; survivors resealed: ${counts.resealed}`,
    );
    console.log('Now start the API and the worker with MASTER_KEY set to the new key.');
  } finally {
    await owner.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
