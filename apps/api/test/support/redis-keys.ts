import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';

/** A REDIS_PREFIX no other run shares, so rate limits and queues start empty every run. */
export function runPrefix(): string {
  return `cairn-test-${randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under the run's prefix: nothing a run counted outlives it. */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
      const batch = keys as string[];
      if (batch.length > 0) deleted += await redis.unlink(...batch);
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
