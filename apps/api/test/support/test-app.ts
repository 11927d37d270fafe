import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { loadConfig } from '../../src/core/config/config';
import { AppConfig } from '../../src/core/config/config.schema';
import { createApp } from '../../src/core/http/create-app';
import { createLogger } from '../../src/core/logging/logger';
import { createPrismaClient } from '../../src/core/database/prisma.service';
import type { PrismaClient } from '../../src/generated/prisma/client';
import type { DestinationStream } from 'pino';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  /** The owner's client, for arranging what the API cannot (and for tampering on purpose). */
  owner: PrismaClient;
  /**
   * A client of the app role (`cairn_app`), on the connection the API uses, which row-level
   * security binds. Reach a tenant's rows through `inTenant` rather than directly.
   */
  appRole: PrismaClient;
  close: () => Promise<void>;
}

/**
 * The real API on the run's database and the machine's Redis, one per spec file. A spec
 * that reads the log passes a destination for it.
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  logTo?: DestinationStream,
): Promise<TestApp> {
  const config = loadConfig({ ...process.env, ...overrides });
  const app = await createApp(config, createLogger(config.LOG_LEVEL, logTo));
  await app.getHttpAdapter().getInstance().ready();
  const owner = createPrismaClient(config.DATABASE_URL);
  const appRole = createPrismaClient(config.appDatabaseUrl);
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    owner,
    appRole,
    close: async () => {
      await appRole.$disconnect();
      await owner.$disconnect();
      await app.close();
    },
  };
}

/** A raw `pg` connection as the app role, as the API connects. */
export async function appRoleClient(config: AppConfig): Promise<Client> {
  const client = new Client({ connectionString: config.appDatabaseUrl });
  await client.connect();
  return client;
}

/** A raw `pg` connection as the owner. */
export async function ownerClient(config: AppConfig): Promise<Client> {
  const client = new Client({ connectionString: config.DATABASE_URL });
  await client.connect();
  return client;
}
