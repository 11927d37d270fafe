import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { PrismaService, Tx } from './prisma.service';

const TX_OPTIONS = { maxWait: 5_000, timeout: 15_000 } as const;

/**
 * The only way to a tenant's rows: opens a transaction, sets `app.org_id` to the request's
 * tenant first, and runs fn inside it. Row-level security then hides every other tenant's
 * rows, so a forgotten `where` returns nothing rather than someone else's data.
 */
@Injectable()
export class TenantDb {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const organizationId = RequestContext.organizationId();
    return this.prisma.client.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
        return fn(tx);
      },
      { ...TX_OPTIONS, timeout: options.timeoutMs ?? TX_OPTIONS.timeout },
    );
  }
}

/**
 * Queries that run before a tenant is known (sign-in, session look-up, invitation
 * acceptance) or that are not tenant-owned (organisations). It sets no tenant, so
 * tenant-owned tables and accounts show it nothing; it reaches them only through the narrow
 * SECURITY DEFINER functions of the migrations, or as one known user through `asUser`.
 */
@Injectable()
export class PlatformDb {
  constructor(private readonly prisma: PrismaService) {}

  get client(): Tx {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, TX_OPTIONS);
  }

  /**
   * Runs fn as one user whose identity is established (a checked password or session, or an
   * account being created): `app.user_id` lets row-level security show that account and
   * its memberships, and nobody else's.
   */
  asUser<T>(userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.user_id', ${userId}, true)`;
      return fn(tx);
    }, TX_OPTIONS);
  }
}
