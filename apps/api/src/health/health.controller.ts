import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PlatformDb } from '../core/database/tenant-db';
import { RedisService } from '../core/redis/redis.service';

type Check = 'ok' | 'down';

async function probe(fn: () => Promise<unknown>): Promise<Check> {
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000)),
    ]);
    return 'ok';
  } catch {
    return 'down';
  }
}

@Controller()
export class HealthController {
  constructor(
    private readonly db: PlatformDb,
    private readonly redis: RedisService,
  ) {}

  /** The process is up. */
  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve: its database and Redis answer. */
  @Get('readyz')
  async ready(
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ status: Check; checks: Record<string, Check> }> {
    const [database, redis] = await Promise.all([
      probe(() => this.db.client.$queryRaw`SELECT 1`),
      probe(() => this.redis.client.ping()),
    ]);
    const status: Check = database === 'ok' && redis === 'ok' ? 'ok' : 'down';
    void reply.status(status === 'ok' ? 200 : 503);
    return { status, checks: { database, redis } };
  }
}
