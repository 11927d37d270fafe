import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { AppError } from '../core/errors/app-error';
import { RedisService } from '../core/redis/redis.service';

/** How long a slot outlives its export's last sign of life: a crashed API frees it by then. */
const LEASE_MS = 60_000;
const RENEW_MS = 20_000;

/*
 * One sorted set per organisation: a member per running export, scored by when its lease
 * ends. Expired leases are dropped before counting, all in one script, so two API processes
 * never both take the last slot. Redis's clock decides, not each process's.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[2]) == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 1`;

export interface ExportSlot {
  release(): Promise<void>;
}

/** Caps how many exports of one organisation run at once, across every API process. */
@Injectable()
export class ExportSlots {
  constructor(
    private readonly redis: RedisService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Takes a slot for the organisation, or refuses: 429 when all are taken, 503 without Redis. */
  async acquire(organizationId: string): Promise<ExportSlot> {
    const key = `exports:${organizationId}`;
    const id = randomUUID();
    let taken: unknown;
    try {
      taken = await this.redis.client.eval(
        ACQUIRE,
        1,
        key,
        this.config.EXPORTS_PER_ORG,
        LEASE_MS,
        id,
      );
    } catch {
      throw new AppError('unavailable', 'Exports are unavailable: Cairn cannot reach Redis');
    }
    if (taken !== 1) {
      throw new AppError(
        'rate-limited',
        `Your organisation already has ${this.config.EXPORTS_PER_ORG} exports running; try again when one has finished`,
        {},
        { 'retry-after': '30' },
      );
    }
    const renewal = setInterval(() => {
      // A missed renewal only shortens the lease; the export itself goes on.
      this.redis.client.eval(RENEW, 1, key, LEASE_MS, id).catch(() => undefined);
    }, RENEW_MS);
    renewal.unref();
    return {
      release: async () => {
        clearInterval(renewal);
        await this.redis.client.zrem(key, id).catch(() => undefined);
      },
    };
  }
}
