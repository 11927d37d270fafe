import { z } from 'zod';
import { defineRoute } from './route';
import { Timestamp, Uuid } from './common';
import { singleLineText } from './text';

/**
 * Every action the audit log records. The API records only these (a spec of the API reads its
 * sources), and the staff pages give each a label in every language they speak (their
 * compiler checks), so none shows as a raw code.
 */
export const AUDIT_ACTIONS = [
  'audit.verified',
  'auth.account-locked',
  'auth.login',
  'auth.login-failed',
  'auth.login-refused-locked',
  'auth.logout',
  'case.assignees-changed',
  'case.checklist-item-set',
  'case.consent-recorded',
  'case.consent-withdrawn',
  'case.contact-added',
  'case.contact-updated',
  'case.created',
  'case.evidence-export-downloaded',
  'case.evidence-exported',
  'case.incident-added',
  'case.incident-updated',
  'case.note-added',
  'case.status-changed',
  'case.survivor-message-shared',
  'case.updated',
  'case.viewed',
  'cases.exported',
  'cases.listed',
  'contacts.follow-ups-listed',
  'content.draft-discarded',
  'content.draft-saved',
  'content.imported',
  'content.published',
  'content.rolled-back',
  'content.withdrawn',
  'escalation.fired',
  'escalations.calendar-set',
  'escalations.on-call-set',
  'escalations.rule-created',
  'escalations.rule-deleted',
  'escalations.rule-updated',
  'escalations.viewed',
  'evidence.analysed',
  'evidence.authenticity-rechecked',
  'evidence.downloaded',
  'evidence.export-downloaded',
  'evidence.exported',
  'evidence.hidden',
  'evidence.hold-released',
  'evidence.hold-set',
  'evidence.link-added',
  'evidence.location-revealed',
  'evidence.shown',
  'evidence.thumbnail-viewed',
  'evidence.uploaded',
  'evidence.verified',
  'evidence.viewed',
  'follow-up.code-issued',
  'follow-up.code-refused',
  'follow-up.evidence-added',
  'follow-up.locked',
  'follow-up.message-added',
  'follow-up.session-ended',
  'follow-up.session-started',
  'follow-up.viewed',
  'helpline.created',
  'helpline.deleted',
  'helpline.updated',
  'intake.submitted',
  'mail.catcher.listed',
  'mail.catcher.viewed',
  'mail.outbox.listed',
  'mail.outbox.resent',
  'mail.outbox.viewed',
  'mail.settings.updated',
  'organization.created',
  'platform.created',
  'platform.updated',
  'staff.invite-burned',
  'staff.invite-password-failed',
  'staff.invite-revoked',
  'staff.invited',
  'staff.joined',
  'staff.removed',
  'staff.role-changed',
  'takedown-settings.updated',
  'takedown-template.updated',
  'takedown.approved',
  'takedown.created',
  'takedown.outcome-recorded',
  'takedown.reply-received',
  'takedown.sent',
  'takedown.submitted',
  'takedown.updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Why the chain's verification stopped at an event, as a code the staff pages word. */
export const AuditBrokenReason = z.enum([
  'hash-mismatch',
  'broken-link',
  'missing-event',
  'head-mismatch',
]);
export type AuditBrokenReason = z.infer<typeof AuditBrokenReason>;

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
      reason: AuditBrokenReason,
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
