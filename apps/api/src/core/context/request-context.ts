import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from '@cairn/contracts';

/** The signed-in staff member a request acts for. */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
}

interface Store {
  requestId: string;
  ip?: string;
  organizationId?: string;
  actor?: Actor;
}

const storage = new AsyncLocalStorage<Store>();

export class MissingTenantError extends Error {
  constructor() {
    super('No tenant in the request context: this code ran outside a tenant scope');
  }
}

/**
 * What the current request (or job, or command) acts on. The tenant getter throws when
 * none was set, so code that forgot the tenant fails loudly instead of reading across
 * tenants.
 */
export const RequestContext = {
  /** Runs fn with a fresh context; used per HTTP request, per job and per command. */
  run<T>(init: Store, fn: () => T): T {
    return storage.run({ ...init }, fn);
  },

  /** Runs fn with the tenant set, inheriting the request id when there is one. */
  runAsTenant<T>(organizationId: string, fn: () => T): T {
    const current = storage.getStore();
    return storage.run(
      { requestId: current?.requestId ?? 'system', ip: current?.ip, organizationId },
      fn,
    );
  },

  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (!store) throw new Error('RequestContext.setActor outside a request');
    store.actor = actor;
    store.organizationId = actor.organizationId;
  },

  organizationId(): string {
    const id = storage.getStore()?.organizationId;
    if (!id) throw new MissingTenantError();
    return id;
  },

  actor(): Actor | undefined {
    return storage.getStore()?.actor;
  },

  /** The signed-in member; throws on a route that forgot to require sign-in. */
  requireActor(): Actor {
    const actor = storage.getStore()?.actor;
    if (!actor) throw new Error('No signed-in member in the request context');
    return actor;
  },

  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },

  ip(): string | undefined {
    return storage.getStore()?.ip;
  },
};
