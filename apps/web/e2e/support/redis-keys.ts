import crypto from 'node:crypto';
import Redis from 'ioredis';

/** A REDIS_PREFIX of this run's own: its rate limits start at zero and meet no other run's. */
export function runPrefix(): string {
  return `cairn-web-e2e-${crypto.randomBytes(6).toString('hex')}:`;
}

/** Deletes every key under the run's prefix, so nothing it counted outlives it. */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 })) {
      const batch = keys as string[];
      if (batch.length > 0) await redis.unlink(...batch);
    }
  } finally {
    redis.disconnect();
  }
}
