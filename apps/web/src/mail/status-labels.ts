import type { OutboxStatus } from '@cairn/contracts';

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  QUEUED: 'Waiting to be sent',
  SENDING: 'Being sent',
  SENT: 'Sent',
  FAILED: 'Failed',
  NEEDS_REVIEW: 'Needs review',
};

/** What each status means for the person reading the outbox. */
export const STATUS_HELP: Record<OutboxStatus, string> = {
  QUEUED: 'It will be sent shortly, or retried later if the receiving server asked to wait.',
  SENDING: 'It is being handed to the mail server now.',
  SENT: 'The receiving mail server accepted it.',
  FAILED:
    'The receiving mail server refused it. Check the address, then send it again if it is right.',
  NEEDS_REVIEW:
    'Sending was interrupted after the email may have left. Check with the recipient before sending it again, so they do not get it twice.',
};
