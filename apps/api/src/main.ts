import 'reflect-metadata';
import { loadConfig } from './core/config/config';
import { assertAppRole } from './core/database/app-role-check';
import { createApp } from './core/http/create-app';
import { createLogger } from './core/logging/logger';
import { assertMasterKey } from './tenancy/master-key-check';

async function main(): Promise<void> {
  const config = loadConfig();
  await assertAppRole(config.appDatabaseUrl);
  await assertMasterKey(config.appDatabaseUrl, Buffer.from(config.MASTER_KEY, 'base64'));
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger);
  await app.listen({ port: config.API_PORT, host: config.API_HOST });
  logger.info({ url: `http://${config.API_HOST}:${config.API_PORT}` }, 'Cairn API listening');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
