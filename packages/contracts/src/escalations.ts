import { z } from 'zod';
import { Email, IdParams, Role, Timestamp } from './common';
import { namedPattern } from './messages';
import { defineRoute } from './route';

/**
 * Escalation rules: what Cairn does by itself when a takedown request goes unanswered or a
 * case waits too long for someone to take it or answer it, counted in the organisation's
 * business time. Each organisation has at most one rule of each kind, and one calendar.
 */

export const IsoWeekday = z.number().int().min(1).max(7);

/** `HH:MM`, 24-hour; `24:00` is the midnight that ends a day. */
export const TimeOfDay = z
  .string()
  .regex(namedPattern(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'timeOfDay'), {
    error: 'Enter a time such as 09:30',
  });

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const IsoDate = z.iso.date();

export const EscalationCalendarBody = z
  .strictObject({
    /** Working days, 1 (Monday) to 7 (Sunday). */
    days: z
      .array(IsoWeekday)
      .min(1)
      .max(7)
      .transform((days) => [...new Set(days)].sort()),
    opens: TimeOfDay,
    closes: TimeOfDay,
    /** Days off in the organisation's calendar, `YYYY-MM-DD`. */
    holidays: z
      .array(IsoDate)
      .max(400)
      .transform((days) => [...new Set(days)].sort()),
  })
  .refine((body) => minutes(body.closes) > minutes(body.opens), {
    message: 'Choose a closing time later than the opening time',
    path: ['closes'],
    params: { rule: 'closesAfterOpens' },
  });
export type EscalationCalendarBody = z.infer<typeof EscalationCalendarBody>;

export const EscalationCalendarView = z.object({
  /** The organisation's time zone, in which hours and holidays are read. */
  timeZone: z.string(),
  days: z.array(IsoWeekday),
  opens: z.string(),
  closes: z.string(),
  holidays: z.array(z.string()),
  updatedAt: Timestamp.nullable(),
});
export type EscalationCalendarView = z.infer<typeof EscalationCalendarView>;

export const EscalationRuleKind = z.enum([
  'TAKEDOWN_UNANSWERED',
  'HIGH_RISK_UNASSIGNED',
  'NO_FIRST_RESPONSE',
]);
export type EscalationRuleKind = z.infer<typeof EscalationRuleKind>;

export const EscalateTo = z.enum(['PLATFORM_CONTACT', 'REGULATOR']);
export type EscalateTo = z.infer<typeof EscalateTo>;

const TakedownUnansweredRule = z
  .strictObject({
    kind: z.literal('TAKEDOWN_UNANSWERED'),
    enabled: z.boolean(),
    /** A request still SENT this many business days after sending is followed up. */
    followUpAfterBusinessDays: z.number().int().min(1).max(60),
    /** Business days after the follow-up before escalating; null never escalates. */
    escalateAfterBusinessDays: z.number().int().min(1).max(60).nullable(),
    /**
     * Whom to escalate to: the platform's escalation contact (the regulator address when the
     * platform has none by email), or always the regulator address.
     */
    escalateTo: EscalateTo,
    regulatorEmail: Email.nullable(),
  })
  .refine((rule) => rule.escalateTo !== 'REGULATOR' || rule.regulatorEmail !== null, {
    message: 'Enter the regulator address to escalate to a regulator',
    path: ['regulatorEmail'],
    params: { rule: 'required' },
  });

const HighRiskUnassignedRule = z.strictObject({
  kind: z.literal('HIGH_RISK_UNASSIGNED'),
  enabled: z.boolean(),
  /** Minutes, day and night, a HIGH or CRITICAL case may stay without an assignee. */
  afterMinutes: z.number().int().min(1).max(10_080),
});

const NoFirstResponseRule = z.strictObject({
  kind: z.literal('NO_FIRST_RESPONSE'),
  enabled: z.boolean(),
  /** Business hours a new case may wait for its first response. */
  afterBusinessHours: z.number().int().min(1).max(720),
});

export const EscalationRuleBody = z.discriminatedUnion('kind', [
  TakedownUnansweredRule,
  HighRiskUnassignedRule,
  NoFirstResponseRule,
]);
export type EscalationRuleBody = z.infer<typeof EscalationRuleBody>;

export const EscalationRuleView = z.discriminatedUnion('kind', [
  TakedownUnansweredRule.extend({ id: z.uuid(), updatedAt: Timestamp }),
  HighRiskUnassignedRule.extend({ id: z.uuid(), updatedAt: Timestamp }),
  NoFirstResponseRule.extend({ id: z.uuid(), updatedAt: Timestamp }),
]);
export type EscalationRuleView = z.infer<typeof EscalationRuleView>;

export const OnCallBody = z.strictObject({ onCall: z.boolean() });
export type OnCallBody = z.infer<typeof OnCallBody>;

export const OnCallMemberView = z.object({
  /** The membership's id, as on the staff routes. */
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  role: Role,
  onCall: z.boolean(),
});
export type OnCallMemberView = z.infer<typeof OnCallMemberView>;

/** What one firing did, as a code the staff pages word in the reader's language. */
export const EscalationOutcomeCode = z.enum([
  'followed-up',
  'web-form-follow-up',
  'escalated-to-regulator',
  'escalated-to-platform-contact',
  'escalate-by-hand',
  'on-call-emailed',
  'nobody-on-call-supervisors-emailed',
  'supervisors-emailed',
]);
export type EscalationOutcomeCode = z.infer<typeof EscalationOutcomeCode>;

/** The facts an outcome code is worded from: names, an address and a count, never sentences. */
export const EscalationOutcomeParams = z.object({
  platform: z.string().optional(),
  address: z.string().optional(),
  count: z.number().int().optional(),
  /** True when nobody could be written to at all. */
  nobodyEmailed: z.boolean().optional(),
});
export type EscalationOutcomeParams = z.infer<typeof EscalationOutcomeParams>;

export const EscalationFiringView = z.object({
  id: z.uuid(),
  ruleKind: EscalationRuleKind,
  step: z.string(),
  subjectType: z.enum(['CASE', 'TAKEDOWN_REQUEST']),
  subjectId: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  dueAt: Timestamp,
  firedAt: Timestamp,
  emails: z.number().int(),
  /**
   * What happened, in English: who was written to, or why nobody could be. The only words
   * of firings recorded before `outcomeCode` existed.
   */
  outcome: z.string(),
  /** What happened, to word in the reader's language; null on firings recorded before. */
  outcomeCode: EscalationOutcomeCode.nullable(),
  outcomeParams: EscalationOutcomeParams.nullable(),
});
export type EscalationFiringView = z.infer<typeof EscalationFiringView>;

export const EscalationSettingsView = z.object({
  calendar: EscalationCalendarView,
  rules: z.array(EscalationRuleView),
  staff: z.array(OnCallMemberView),
  recentFirings: z.array(EscalationFiringView),
});
export type EscalationSettingsView = z.infer<typeof EscalationSettingsView>;

export const escalationRoutes = {
  settings: defineRoute({
    method: 'GET',
    path: '/escalations',
    summary: 'The escalation calendar, rules, on-call staff and the latest firings.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    response: EscalationSettingsView,
  }),
  setCalendar: defineRoute({
    method: 'PUT',
    path: '/escalations/calendar',
    summary: 'Set the business days, hours and holidays escalation deadlines are counted in.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    body: EscalationCalendarBody,
    response: EscalationCalendarView,
  }),
  createRule: defineRoute({
    method: 'POST',
    path: '/escalations/rules',
    summary: 'Add a rule of a kind the organisation has none of yet.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    status: 201,
    body: EscalationRuleBody,
    response: EscalationRuleView,
  }),
  getRule: defineRoute({
    method: 'GET',
    path: '/escalations/rules/{id}',
    summary: 'One escalation rule.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    params: IdParams,
    response: EscalationRuleView,
  }),
  updateRule: defineRoute({
    method: 'PUT',
    path: '/escalations/rules/{id}',
    summary: "Replace a rule's settings; its kind cannot change.",
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    params: IdParams,
    body: EscalationRuleBody,
    response: EscalationRuleView,
  }),
  deleteRule: defineRoute({
    method: 'DELETE',
    path: '/escalations/rules/{id}',
    summary: 'Remove a rule: nothing more fires for it; what fired stays recorded.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    status: 204,
    params: IdParams,
  }),
  setOnCall: defineRoute({
    method: 'PUT',
    path: '/escalations/on-call/{id}',
    summary: 'Put a staff member (by membership id) on or off call.',
    tag: 'escalations',
    auth: 'staff',
    permission: 'escalations.manage',
    params: IdParams,
    body: OnCallBody,
    response: OnCallMemberView,
  }),
};
