import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { CONFIG } from '../config/config';
import { AppConfig } from '../config/config.schema';

/**
 * One Redis connection for the API's own use (rate limits, readiness). Every key it writes
 * starts with REDIS_PREFIX, so callers name keys without it.
 */
@Injectable()
export class RedisService implements OnModuleDestroy {
  readonly client: Redis;

  constructor(@Inject(CONFIG) config: AppConfig) {
    this.client = new Redis(config.REDIS_URL, {
      maxRetriesPerRequest: 1,
      keyPrefix: config.REDIS_PREFIX,
    });
    // Failures surface on the calls that need Redis; an unhandled error event would crash.
    this.client.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
