import { loadOwnerConfig } from '../core/config/config';
import { migrate } from '../core/database/migrator';

/** `npm run db:migrate`: applies pending migrations as the owner of DATABASE_URL. */
async function main(): Promise<void> {
  const env = loadOwnerConfig();
  const result = await migrate(env.DATABASE_URL, {
    appPassword: env.APP_DATABASE_PASSWORD,
    log: (line) => console.log(line),
  });
  console.log(
    `migrations: ${result.applied.length} applied, ${result.alreadyApplied} already in place`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
