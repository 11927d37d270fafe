import { deleteKeys } from './redis-keys';
import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CAIRN_TEST_DB && !process.env.CAIRN_KEEP_TEST_DB) {
    await dropDatabase(process.env.CAIRN_TEST_DB);
  }
  if (process.env.REDIS_PREFIX) {
    await deleteKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', process.env.REDIS_PREFIX);
  }
}
