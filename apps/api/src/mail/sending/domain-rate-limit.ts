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
   * Takes one send from each domain's allowance for this minute, for each email in turn (one
   * Redis round trip for a whole batch). An email any of whose domains has none left gets no
   * send from any of them, and is answered when to try again.
   */
  async takeEach(emails: string[][], now = Date.now()): Promise<Allowance[]> {
    if (emails.length === 0) return [];
    const window = Math.floor(now / 60_000);
    const keyOf = (domain: string) => `mail:rate:${domain}:${window}`;
    const multi = this.redis.multi();
    for (const domains of emails) {
      for (const domain of domains) multi.incr(keyOf(domain)).expire(keyOf(domain), 120);
    }
    const results = (await multi.exec()) ?? [];
    let at = 0;
    const refused: string[] = [];
    const answers = emails.map((domains): Allowance => {
      const counts = domains.map(() => Number(results[2 * at++]?.[1] ?? 0));
      if (counts.every((count) => count <= this.perMinute)) return { ok: true };
      refused.push(...domains.map(keyOf));
      return {
        ok: false,
        retryAt: new Date((window + 1) * 60_000 + Math.floor(Math.random() * 5_000)),
      };
    });
    if (refused.length > 0) {
      const undo = this.redis.multi();
      for (const key of refused) undo.decr(key);
      await undo.exec();
    }
    return answers;
  }
}

export type Allowance = { ok: true } | { ok: false; retryAt: Date };
