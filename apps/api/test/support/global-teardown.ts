import Redis from 'ioredis';
import { dropDatabase } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CAIRN_TEST_DB && !process.env.CAIRN_KEEP_TEST_DB) {
    await dropDatabase(process.env.CAIRN_TEST_DB);
  }
  if (process.env.QUEUE_PREFIX) await dropQueues(process.env.QUEUE_PREFIX);
}

/** Removes the run's job queues from Redis: every key under its prefix, or one derived from it. */
async function dropQueues(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
