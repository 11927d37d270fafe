import { randomBytes } from 'node:crypto';
import { migrate } from '../../src/core/database/migrator';
import { createDatabase, databaseUrl } from './test-database';

/**
 * One throw-away database for the run, migrated as the owner; specs isolate themselves by
 * creating their own organisations. The app role's password is set so that the app
 * connection works on servers that do not trust local connections.
 */
export default async function globalSetup(): Promise<void> {
  const name = await createDatabase('cairn_test');
  const appPassword = randomBytes(12).toString('hex');
  await migrate(databaseUrl(name), { appPassword });
  process.env.CAIRN_TEST_DB = name;
  process.env.DATABASE_URL = databaseUrl(name);
  process.env.APP_DATABASE_PASSWORD = appPassword;
  process.env.MASTER_KEY = randomBytes(32).toString('base64');
  // Job queues of the run's own, so no worker of another run (or of `npm start`) takes its jobs.
  process.env.QUEUE_PREFIX = `cairn-test-${randomBytes(4).toString('hex')}`;
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.NODE_ENV = 'test';
  // Every spec signs in from 127.0.0.1; the per-address limit has its own test.
  process.env.LOGIN_RATE_PER_IP = '100000';
}
