import Redis from 'ioredis';
import type { JobDeps } from '../../jobs/job';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { DomainRateLimit } from '../sending/domain-rate-limit';
import { createMailTransport, type MailTransport } from '../sending/smtp-transport';
import { configureOutbox } from './outbox-runtime';
import { OutboxSender } from './outbox-sender';

export interface MailWorkerServices {
  sender: OutboxSender;
  transport: MailTransport;
  keys: OrganizationKeysService;
  close(): Promise<void>;
}

let current: { deps: JobDeps; services: MailWorkerServices } | undefined;

/**
 * The worker's mail services, built once per process (one SMTP pool, one Redis connection
 * for the rate limit). None without SMTP_URL: rows then wait, queued, until mail is set up.
 */
export function mailWorkerServices(deps: JobDeps): MailWorkerServices | undefined {
  const { config, prisma, logger } = deps;
  if (!config.SMTP_URL) return undefined;
  if (current && current.deps.config === config && current.deps.prisma === prisma) {
    return current.services;
  }
  const keys = new OrganizationKeysService(config);
  configureOutbox({ keys, defaultFrom: config.MAIL_FROM });
  const transport = createMailTransport(config.SMTP_URL);
  const redis = new Redis(config.REDIS_URL, {
    keyPrefix: config.REDIS_PREFIX,
    maxRetriesPerRequest: 2,
  });
  redis.on('error', (error: unknown) =>
    logger.warn({ err: error }, 'mail rate limit: Redis error'),
  );
  const sender = new OutboxSender({
    config,
    prisma,
    keys,
    transport,
    rateLimit: new DomainRateLimit(redis, config.MAIL_RATE_PER_DOMAIN),
    logger: logger.child({ domain: 'mail' }),
  });
  const services: MailWorkerServices = {
    sender,
    transport,
    keys,
    close: async () => {
      transport.close();
      redis.disconnect();
      if (current?.services === services) current = undefined;
    },
  };
  current = { deps, services };
  return services;
}

/** Lets go of the process's mail services (worker shutdown, tests). */
export async function closeMailWorkerServices(): Promise<void> {
  await current?.services.close();
}
