import { z } from 'zod';
import { Email, IdParams, Timestamp, Uuid } from './common';
import { multiLineText, singleLineText } from './text';
import { keysetCursor } from './cursor';
import { namedPattern } from './messages';
import { defineRoute } from './route';

export const OutboxStatus = z.enum(['QUEUED', 'SENDING', 'SENT', 'FAILED', 'NEEDS_REVIEW']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** Where a page of the outbox or the catcher ended: its last row's time and id. */
const MailListPosition = keysetCursor(z.strictObject({ at: Timestamp, id: Uuid }));

export const OutboxListQuery = z.strictObject({
  status: OutboxStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Where the previous page ended (its `nextCursor`). */
  cursor: MailListPosition.optional(),
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
  /**
   * The last attempt was cut off between the claim and its outcome (the worker stopped): the
   * email may or may not have left, and a person decides. Said by the page in its language.
   */
  interrupted: z.boolean(),
  /** The receiving server's last answer. */
  smtpResponse: z.string().nullable(),
  resentAt: Timestamp.nullable(),
});
export type OutboxItemView = z.infer<typeof OutboxItemView>;

export const OutboxListView = z.object({
  items: z.array(OutboxItemView),
  nextCursor: z.string().nullable(),
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
  /** Where the previous page ended (its `nextCursor`). */
  cursor: MailListPosition.optional(),
});
export type CaughtMailListQuery = z.infer<typeof CaughtMailListQuery>;

export const CaughtMailListView = z.object({
  items: z.array(CaughtMailItemView),
  nextCursor: z.string().nullable(),
});

export const CaughtMailView = CaughtMailItemView.extend({
  /** The message's headers as received, one per line. */
  headers: z.string(),
  text: z.string(),
  sha256: z.string(),
});
export type CaughtMailView = z.infer<typeof CaughtMailView>;

export const MailSettingsView = z.object({
  /** The organisation's sending address; null: the deployment's, shown in defaultFrom. */
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  defaultFrom: z.string(),
  /** The DKIM signing identity; the private key is never shown again once stored. */
  dkim: z
    .object({
      domain: z.string(),
      selector: z.string(),
      /** Where to publish the public key, and the TXT record to publish there. */
      dnsName: z.string(),
      dnsRecord: z.string(),
    })
    .nullable(),
});
export type MailSettingsView = z.infer<typeof MailSettingsView>;

export const UpdateMailSettingsBody = z.strictObject({
  fromAddress: Email.nullable(),
  fromName: singleLineText(200, { min: 1 }).nullable(),
  /** A new signing key (PEM, RSA of 2048 bits or more, or Ed25519); null stops signing; absent keeps it. */
  dkim: z
    .strictObject({
      domain: singleLineText(253, { min: 1 }).regex(
        namedPattern(
          /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/,
          'domainName',
        ),
        'Enter a domain name, such as helpline.example.org',
      ),
      selector: singleLineText(63, { min: 1 }).regex(
        namedPattern(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/, 'dkimSelector'),
        'Use letters, digits, dots, dashes or underscores, such as cairn2026',
      ),
      privateKey: multiLineText(20_000, { min: 1 }),
    })
    .nullable()
    .optional(),
});
export type UpdateMailSettingsBody = z.infer<typeof UpdateMailSettingsBody>;

export const mailRoutes = {
  settings: defineRoute({
    method: 'GET',
    path: '/mail/settings',
    summary: "The organisation's sending address and DKIM signing identity.",
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    response: MailSettingsView,
  }),
  updateSettings: defineRoute({
    method: 'PUT',
    path: '/mail/settings',
    summary: "Set the organisation's sending address and DKIM key (sealed with its key).",
    tag: 'mail',
    auth: 'staff',
    permission: 'mail.manage',
    body: UpdateMailSettingsBody,
    response: MailSettingsView,
  }),
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
