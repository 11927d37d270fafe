import type Redis from 'ioredis';

/**
 * Emails per recipient domain per minute, counted in Redis (keys under REDIS_PREFIX) so
 * every worker shares one count. A burst of takedown requests to one platform then arrives
 * as a steady stream its abuse desk will not take for spam.
 */
export class DomainRateLimit {
  constructor(
    private readonly redis: Redis,
    private readonly perMinute: number,
  ) {}

  /**
   * Takes one send from each domain's allowance for this minute. When any domain has none
   * left, gives every unit back and answers when to try again.
   */
  async take(
    domains: string[],
    now = Date.now(),
  ): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
    const window = Math.floor(now / 60_000);
    const keys = domains.map((domain) => `mail:rate:${domain}:${window}`);
    const multi = this.redis.multi();
    for (const key of keys) multi.incr(key).expire(key, 120);
    const results = (await multi.exec()) ?? [];
    const counts = keys.map((_, index) => Number(results[index * 2]?.[1] ?? 0));
    if (counts.every((count) => count <= this.perMinute)) return { ok: true };
    const undo = this.redis.multi();
    for (const key of keys) undo.decr(key);
    await undo.exec();
    return {
      ok: false,
      retryAt: new Date((window + 1) * 60_000 + Math.floor(Math.random() * 5_000)),
    };
  }
}
