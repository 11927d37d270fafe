import { Inject, Injectable } from '@nestjs/common';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { IntakeSecrets } from './intake-secrets';

const WINDOW_MS = 60 * 60 * 1000;

interface Limit {
  bucket: string;
  max: number;
}

/**
 * How many submissions a form and a client may send, counted in PostgreSQL (fixed one-hour
 * windows) rather than Redis, so a survivor's submission never depends on Redis. A client
 * is counted by a salted hash of its address; a submission without a solved proof of work
 * counts against lower limits as well.
 */
@Injectable()
export class IntakeRateLimits {
  constructor(
    private readonly db: TenantDb,
    private readonly secrets: IntakeSecrets,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one submission; throws 429 with Retry-After when a limit is passed. */
  async hit(
    formId: string,
    clientAddress: string,
    verified: boolean,
    now = new Date(),
  ): Promise<void> {
    const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
    const organizationId = RequestContext.organizationId();
    await this.db.transaction(async (tx) => {
      const client = await this.secrets.clientHash(tx, clientAddress, now);
      const limits: Limit[] = [
        { bucket: `form:${formId}`, max: this.config.INTAKE_RATE_PER_FORM },
        { bucket: `client:${client}`, max: this.config.INTAKE_RATE_PER_CLIENT },
        ...(verified
          ? []
          : [
              {
                bucket: `form-unverified:${formId}`,
                max: this.config.INTAKE_RATE_PER_FORM_UNVERIFIED,
              },
              {
                bucket: `client-unverified:${client}`,
                max: this.config.INTAKE_RATE_PER_CLIENT_UNVERIFIED,
              },
            ]),
      ];
      for (const { bucket, max } of limits) {
        const [row] = await tx.$queryRaw<{ hits: number }[]>`
          INSERT INTO intake_rate (organization_id, bucket, window_start, hits)
          VALUES (${organizationId}::uuid, ${bucket}, ${windowStart}, 1)
          ON CONFLICT (organization_id, bucket, window_start)
            DO UPDATE SET hits = intake_rate.hits + 1
          RETURNING hits`;
        // Over the limit: the transaction rolls back, so refused attempts add nothing.
        if ((row?.hits ?? 0) > max) {
          const retryAfter = Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000);
          throw new AppError(
            'rate-limited',
            'Too many forms were sent from here or to this form in the last hour; try again later',
            {},
            { 'retry-after': String(Math.max(1, retryAfter)) },
          );
        }
      }
    });
  }
}
