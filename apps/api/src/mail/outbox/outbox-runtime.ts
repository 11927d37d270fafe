import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';

/**
 * What enqueueEmail needs beyond the caller's transaction: the service that seals fields
 * with the organisation's key, and the deployment's sending address for organisations that
 * set none. MailModule (API) and the worker set it once at start; enqueueEmail throws when
 * nobody did, so a process that forgot cannot queue mail unsealed.
 */
export interface OutboxRuntime {
  keys: OrganizationKeysService;
  /** MAIL_FROM: a bare address. */
  defaultFrom: string;
}

let runtime: OutboxRuntime | undefined;

export function configureOutbox(next: OutboxRuntime): void {
  runtime = next;
}

export function outboxRuntime(): OutboxRuntime {
  if (!runtime)
    throw new Error('The outbox is not configured: import MailModule or call configureOutbox');
  return runtime;
}
