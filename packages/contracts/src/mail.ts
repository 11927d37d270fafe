import { z } from 'zod';
import { IdParams, Timestamp, Uuid } from './common';
import { defineRoute } from './route';

export const OutboxStatus = z.enum(['QUEUED', 'SENDING', 'SENT', 'FAILED', 'NEEDS_REVIEW']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxListQuery = z.strictObject({
  status: OutboxStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Emails queued before this moment (the `nextBefore` of the previous page). */
  before: Timestamp.optional(),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuery>;

export const OutboxItemView = z.object({
  id: Uuid,
  status: OutboxStatus,
  to: z.array(z.string()),
  subject: z.string(),
  messageId: z.string(),
  caseId: Uuid.nullable(),
  /** The record that caused the email: an invitation, a takedown request, an escalation. */
  source: z.object({ kind: z.string(), id: Uuid }).nullable(),
  createdAt: Timestamp,
  attempts: z.number().int(),
  nextAttemptAt: Timestamp.nullable(),
  sentAt: Timestamp.nullable(),
  failedAt: Timestamp.nullable(),
  /** Why the last attempt did not succeed, in the server's words. */
  lastError: z.string().nullable(),
  /** The receiving server's last answer. */
  smtpResponse: z.string().nullable(),
  resentAt: Timestamp.nullable(),
});
export type OutboxItemView = z.infer<typeof OutboxItemView>;

export const OutboxListView = z.object({
  items: z.array(OutboxItemView),
  nextBefore: Timestamp.nullable(),
  /** Emails per status, across the whole outbox. */
  counts: z.record(OutboxStatus, z.number().int()),
  /** False when no SMTP server is configured: queued emails wait. */
  mailConfigured: z.boolean(),
});
export type OutboxListView = z.infer<typeof OutboxListView>;

export const OutboxMessageView = OutboxItemView.extend({
  from: z.string(),
  cc: z.array(z.string()),
  replyTo: z.string().nullable(),
  text: z.string(),
  /** SHA-256 (hex) and size of the exact message handed to the server, once sent. */
  sentSha256: z.string().nullable(),
  sentSize: z.number().int().nullable(),
});
export type OutboxMessageView = z.infer<typeof OutboxMessageView>;

export const CaughtMailItemView = z.object({
  id: Uuid,
  receivedAt: Timestamp,
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  outboxMessageId: Uuid,
  size: z.number().int(),
});
export type CaughtMailItemView = z.infer<typeof CaughtMailItemView>;

export const CaughtMailListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: Timestamp.optional(),
});
export type CaughtMailListQuery = z.infer<typeof CaughtMailListQuery>;

export const CaughtMailListView = z.object({
  items: z.array(CaughtMailItemView),
  nextBefore: Timestamp.nullable(),
});

export const CaughtMailView = CaughtMailItemView.extend({
  /** The message's headers as received, one per line. */
  headers: z.string(),
  text: z.string(),
  sha256: z.string(),
});
export type CaughtMailView = z.infer<typeof CaughtMailView>;

export const mailRoutes = {
  outbox: defineRoute({
    method: 'GET',
    path: '/mail/outbox',
    summary: "The organisation's outgoing emails, newest first, with what became of each.",
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    query: OutboxListQuery,
    response: OutboxListView,
  }),
  outboxMessage: defineRoute({
    method: 'GET',
    path: '/mail/outbox/{id}',
    summary: 'One outgoing email: what it says, and every answer the server gave.',
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    params: IdParams,
    response: OutboxMessageView,
  }),
  resend: defineRoute({
    method: 'POST',
    path: '/mail/outbox/{id}/resend',
    summary: 'Queue a failed email, or one marked for review, once more, with the same Message-ID.',
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    status: 200,
    params: IdParams,
    response: OutboxItemView,
  }),
  caught: defineRoute({
    method: 'GET',
    path: '/mail/catcher',
    summary: 'What the local mail catcher received (no SMTP server configured), newest first.',
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    query: CaughtMailListQuery,
    response: CaughtMailListView,
  }),
  caughtMessage: defineRoute({
    method: 'GET',
    path: '/mail/catcher/{id}',
    summary: 'One message the local mail catcher received.',
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    params: IdParams,
    response: CaughtMailView,
  }),
};
