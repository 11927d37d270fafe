import { z } from 'zod';
import { defineRoute } from './route';
import { Timestamp, Uuid } from './common';
import { singleLineText } from './text';

export const AuditEventView = z.object({
  seq: z.number().int(),
  at: Timestamp,
  actorUserId: z.uuid().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  /** The case's reference when the target is a case the caller may see. */
  caseReference: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

/** An event recorded but not yet linked into the chain: no sequence number or hashes yet. */
export const AuditPendingEventView = AuditEventView.omit({ seq: true, prevHash: true, hash: true });
export type AuditPendingEventView = z.infer<typeof AuditPendingEventView>;

export const AuditListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Events before this sequence number (the `nextBefore` of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  action: singleLineText(100).optional(),
  /** Events by this member. */
  actor: Uuid.optional(),
  /** Events about this case. */
  caseId: Uuid.optional(),
  /** Events at or after this moment. */
  from: Timestamp.optional(),
  /** Events before this moment. */
  to: Timestamp.optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditListView = z.object({
  /** On the first page only: the newest events still waiting to be chained (at most `limit`). */
  pending: z.array(AuditPendingEventView),
  /** Chained events, newest first. */
  items: z.array(AuditEventView),
  nextBefore: z.number().int().nullable(),
});

export const AuditVerifyView = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int(),
  /** Events recorded but not yet chained: waiting for the worker, not missing. */
  pending: z.number().int(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      reason: z.enum(['hash-mismatch', 'broken-link', 'missing-event', 'head-mismatch']),
    })
    .nullable(),
});
export type AuditVerifyView = z.infer<typeof AuditVerifyView>;

export const auditRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/audit',
    summary: "The organisation's audit events, newest first, and those not yet chained.",
    tag: 'audit',
    auth: 'staff',
    permission: 'audit.read',
    query: AuditListQuery,
    response: AuditListView,
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/audit/verify',
    summary: 'Walk the hash chain in batches, name the first broken link, count pending events.',
    tag: 'audit',
    auth: 'staff',
    permission: 'audit.read',
    response: AuditVerifyView,
  }),
};
