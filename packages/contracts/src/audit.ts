import { z } from 'zod';
import { defineRoute } from './route';
import { Timestamp } from './common';
import { singleLineText } from './text';

export const AuditEventView = z.object({
  seq: z.number().int(),
  at: Timestamp,
  actorUserId: z.uuid().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Events before this sequence number (the `nextBefore` of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  action: singleLineText(100).optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditListView = z.object({
  items: z.array(AuditEventView),
  nextBefore: z.number().int().nullable(),
});

export const AuditVerifyView = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int(),
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
    summary: "The organisation's audit events, newest first.",
    tag: 'audit',
    auth: 'staff',
    permission: 'audit.read',
    query: AuditListQuery,
    response: AuditListView,
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/audit/verify',
    summary: 'Walk the hash chain and name the first broken link.',
    tag: 'audit',
    auth: 'staff',
    permission: 'audit.read',
    response: AuditVerifyView,
  }),
};
