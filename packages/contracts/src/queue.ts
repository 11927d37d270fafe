import { z } from 'zod';
import { CaseSummaryView, ContactMethod, RecipientKind, RiskLevel } from './cases';
import { defineRoute } from './route';

/**
 * Where the job queues' dashboard (bull-board) lives, on the API and, at the same path, on the
 * web app that forwards to it: the dashboard's page builds its links from this one path.
 */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** A contact whose next follow-up falls today or earlier, in the organisation's time zone. */
export const DueFollowUpView = z.object({
  contactId: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  caseTitle: z.string(),
  riskLevel: RiskLevel,
  kind: z.enum(['REPORT', 'WARNING']),
  recipientKind: RecipientKind.nullable(),
  recipientName: z.string().nullable(),
  method: ContactMethod,
  referenceNumber: z.string().nullable(),
  /** The day it is due, `YYYY-MM-DD`. */
  nextFollowUp: z.string(),
  overdue: z.boolean(),
});
export type DueFollowUpView = z.infer<typeof DueFollowUpView>;

/** A section of the queue: the first items and how many there are in all. */
const section = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), totalCapped: z.boolean() });

export const QueueView = z.object({
  /** Open cases assigned to the caller, the most at risk first. */
  mine: section(CaseSummaryView),
  /** Open cases nobody is assigned to; null for roles that do not hand out work. */
  unassigned: section(CaseSummaryView).nullable(),
  /** Follow-ups due on open cases the caller is assigned to, the oldest first. */
  followUps: section(DueFollowUpView),
  /** The day the queue counts as today, in the organisation's time zone. */
  today: z.string(),
});
export type QueueView = z.infer<typeof QueueView>;

export const queueRoutes = {
  mine: defineRoute({
    method: 'GET',
    path: '/me/queue',
    summary:
      'What needs you now: your open cases by risk, unassigned cases (supervisors and admins), follow-ups due.',
    tag: 'cases',
    auth: 'staff',
    permission: 'cases.read',
    response: QueueView,
  }),
};
