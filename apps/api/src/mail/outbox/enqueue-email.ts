import { randomUUID } from 'node:crypto';
import { multiLineText, singleLineText } from '@cairn/contracts';
import { Email } from '@cairn/contracts';
import { z } from 'zod';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import { OUTBOX_CHANNEL, OUTBOX_FIELD } from './outbox-fields';
import { outboxRuntime } from './outbox-runtime';
import { sealMessage } from './seal-message';

/** `<left@right>` as RFC 5322 writes a message id, for threading headers. */
const MessageIdRef = z
  .string()
  .regex(/^<[^<>@\s]{1,200}@[^<>@\s]{1,200}>$/, 'Use a message id such as <abc@example.org>');

/**
 * The headers a caller may add. Everything that says who a message is from or to, what it
 * is, or which message it is, Cairn writes itself; these only thread a follow-up under the
 * message it follows and mark mail a robot sent. They are stored in the clear: no personal
 * data goes here.
 */
const ExtraHeaders = z
  .strictObject({
    'In-Reply-To': MessageIdRef.optional(),
    /** Space-separated message ids, oldest first. */
    References: z
      .string()
      .max(2000)
      .regex(
        /^<[^<>@\s]+@[^<>@\s]+>( <[^<>@\s]+@[^<>@\s]+>)*$/,
        'Use message ids separated by spaces',
      )
      .optional(),
    'Auto-Submitted': z.enum(['auto-generated', 'auto-replied']).optional(),
  })
  .default({});

const SOURCE_KIND = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * One email to queue. Recipients are lower-cased addresses; the sender is the organisation's
 * own (mail settings, else MAIL_FROM) and not chosen here.
 */
export const EnqueueEmailInput = z.strictObject({
  to: z.array(Email).min(1).max(25),
  cc: z.array(Email).max(25).default([]),
  /** Where replies go, such as a takedown request's `reply+TOKEN@` address. Sealed. */
  replyTo: Email.optional(),
  subject: singleLineText(500, { min: 1 }),
  /** The plain-text body: always present, it is what a careful reader and the record see. */
  text: multiLineText(200_000, { min: 1, trim: false }),
  /** An HTML alternative, already escaped by the caller's template. */
  html: z.string().min(1).max(500_000).optional(),
  headers: ExtraHeaders,
  /** The case the email is about, so it shows in the case's mail. */
  caseId: z.uuid().optional(),
  /** The row that caused it: `{ kind: 'invite', id }`, `{ kind: 'takedown_request', id }`... */
  source: z.strictObject({ kind: z.string().regex(SOURCE_KIND), id: z.uuid() }).optional(),
  /** The staff member whose action queued it; none for a rule or the system. */
  createdBy: z.uuid().optional(),
  /**
   * Not before this time (a scheduled follow-up); now when absent. The message is composed
   * when queued either way, so its Date header is the queueing time, as in a mail server's
   * queue.
   */
  sendAfter: z.date().optional(),
});
export type EnqueueEmailInput = z.input<typeof EnqueueEmailInput>;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Queues an email in the caller's transaction, for the organisation of the request context.
 *
 * Call it inside the transaction that records the action causing the email (TenantDb's
 * `tx`): the row commits with that action or not at all, and the worker sends it once, after
 * the commit. The Message-ID is fixed here and returned, so the caller can store it (to
 * thread replies, or to show the email's fate beside its own row through `source`).
 *
 * The message is composed here, with the organisation's sending name and DKIM signature, and
 * sealed whole beside its parts; the worker sends exactly those bytes, on every attempt.
 * Recipients, subject, bodies and Reply-To are sealed with the organisation's key. Invalid
 * input throws a ZodError: callers pass values their own route schemas already checked.
 */
export async function enqueueEmail(
  tx: Tx,
  input: EnqueueEmailInput,
): Promise<{ id: string; messageId: string }> {
  const email = EnqueueEmailInput.parse(input);
  const { keys, defaultFrom } = outboxRuntime();
  const organizationId = RequestContext.organizationId();
  const id = randomUUID();

  const settings = await tx.mailSettings.findUnique({ where: { organizationId } });
  const fromAddress = settings?.fromAddress ?? defaultFrom;
  const messageId = `<${id}@${domainOf(fromAddress)}>`;
  const seal = (field: string, value: string) =>
    keys.encrypt(tx, field, id, value).then((sealed) => Uint8Array.from(sealed));
  // Composed now, in the action's transaction: the worker hands these bytes over as they are.
  const message = await sealMessage(tx, keys, id, settings, {
    from: fromAddress,
    to: email.to,
    cc: email.cc,
    replyTo: email.replyTo,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
    messageId,
  });

  await tx.outboxMessage.create({
    data: {
      id,
      organizationId,
      fromAddress,
      toSealed: await seal(OUTBOX_FIELD.to, JSON.stringify(email.to)),
      ccSealed: email.cc.length ? await seal(OUTBOX_FIELD.cc, JSON.stringify(email.cc)) : null,
      replyToSealed: email.replyTo ? await seal(OUTBOX_FIELD.replyTo, email.replyTo) : null,
      recipientDomains: [...new Set([...email.to, ...email.cc].map(domainOf))],
      subjectSealed: await seal(OUTBOX_FIELD.subject, email.subject),
      textSealed: await seal(OUTBOX_FIELD.text, email.text),
      htmlSealed: email.html ? await seal(OUTBOX_FIELD.html, email.html) : null,
      messageId,
      headers: email.headers,
      ...message,
      caseId: email.caseId ?? null,
      sourceKind: email.source?.kind ?? null,
      sourceId: email.source?.id ?? null,
      createdById: email.createdBy ?? null,
      nextAttemptAt: email.sendAfter ?? new Date(),
    },
  });
  // Delivered at commit only, and folded into one per transaction: wakes the relay at once
  // instead of at its next poll. Losing it costs only that delay.
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return { id, messageId };
}
