/**
 * The names sealed outbox fields are bound to (with the organisation and the row), so a
 * sealed subject copied into a body, or onto another row, does not open.
 */
export const OUTBOX_FIELD = {
  to: 'outbox_message.to',
  cc: 'outbox_message.cc',
  replyTo: 'outbox_message.reply_to',
  subject: 'outbox_message.subject',
  text: 'outbox_message.text',
  html: 'outbox_message.html',
  /**
   * The composed message. Its name is from when the copy was sealed after sending; rows
   * sealed then still open under it.
   */
  eml: 'outbox_message.sent_eml',
} as const;

export const OUTBOX_STATUS = ['QUEUED', 'SENDING', 'SENT', 'FAILED', 'NEEDS_REVIEW'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUS)[number];

/**
 * What an interrupted send leaves as its last error: the row's note for an operator reading
 * the database; the admin view reports it as `interrupted`, which the pages word themselves.
 */
export const INTERRUPTED_NOTE =
  'The send was interrupted before its outcome was recorded; the email may or may not have left.';

/** Where enqueueEmail tells a listening relay, at commit, that a row is due. */
export const OUTBOX_CHANNEL = 'cairn_outbox';
