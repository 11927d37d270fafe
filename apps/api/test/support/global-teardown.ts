import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CAIRN_TEST_DB && !process.env.CAIRN_KEEP_TEST_DB) {
    await dropDatabase(process.env.CAIRN_TEST_DB);
  }
}
