import { Injectable } from '@nestjs/common';
import { AppError } from '../core/errors/app-error';
import { RedisService } from '../core/redis/redis.service';

/** Fixed one-minute windows in Redis, shared by every API process. */
@Injectable()
export class RateLimiter {
  constructor(private readonly redis: RedisService) {}

  /**
   * Counts one attempt against each key; throws 429 once any key is over its limit. With
   * Redis unreachable it refuses (503) rather than let attempts through uncounted.
   */
  async hit(limits: { key: string; perMinute: number }[]): Promise<void> {
    const window = Math.floor(Date.now() / 60_000);
    const multi = this.redis.client.multi();
    for (const { key } of limits) {
      const slot = `rate:${key}:${window}`;
      multi.incr(slot).expire(slot, 120);
    }
    let results: [Error | null, unknown][] | null;
    try {
      results = await multi.exec();
    } catch {
      throw new AppError(
        'unavailable',
        'Sign-in is unavailable: the rate limiter cannot reach Redis',
      );
    }
    const counts = (results ?? [])
      .filter((_, index) => index % 2 === 0)
      .map(([, count]) => Number(count));
    if (counts.some((count, index) => count > (limits[index]?.perMinute ?? 0))) {
      const retryAfter = String(60 - (Math.floor(Date.now() / 1000) % 60));
      throw new AppError(
        'rate-limited',
        'Too many sign-in attempts',
        {},
        { 'retry-after': retryAfter },
      );
    }
  }
}
