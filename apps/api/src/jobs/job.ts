import type { z } from 'zod';
import type { AppConfig } from '../core/config/config.schema';
import type { PrismaClient } from '../generated/prisma/client';
import type { Logger } from 'pino';

export interface JobDeps {
  config: AppConfig;
  prisma: PrismaClient;
  logger: Logger;
}

/** A background job: its name, the zod schema of its payload (ids only), and its handler. */
export interface JobDef<P extends z.ZodType> {
  name: string;
  queue: string;
  payload: P;
  handle(payload: z.infer<P>, deps: JobDeps): Promise<unknown>;
}

export function defineJob<P extends z.ZodType>(def: JobDef<P>): JobDef<P> {
  return def;
}
