import type { EscalationRuleBody } from '@cairn/contracts';
import {
  dueAt,
  type BusinessCalendar,
  type IsoWeekday,
  type Pause,
} from '../core/time/business-time';

/**
 * When each rule falls due for a subject, from facts read in the database and nothing else:
 * the same facts always give the same instant, whichever process computes it and however
 * often. Pure, so tests move the clock by passing `now`.
 */

export const DEFAULT_CALENDAR = {
  days: [1, 2, 3, 4, 5] as IsoWeekday[],
  opens: '09:00',
  closes: '17:00',
  holidays: [] as string[],
};

const WAITING = 'WAITING_ON_SURVIVOR';

/** One STATUS_CHANGED entry of a case's timeline. */
export interface StatusChange {
  at: Date;
  from: string | null;
  to: string | null;
}

/**
 * The spans a case spent waiting on the survivor, read from its status history: each starts
 * when the case moved to WAITING_ON_SURVIVOR and ends when it moved out. A case waiting now
 * has a pause with no end, so nothing counted on its clock falls due until it moves on.
 */
export function waitingPauses(changes: readonly StatusChange[], currentStatus: string): Pause[] {
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const pauses: Pause[] = [];
  let open: number | null = null;
  for (const change of sorted) {
    if (change.to === WAITING && open === null) open = change.at.getTime();
    else if (change.to !== WAITING && open !== null) {
      pauses.push({ from: open, to: change.at.getTime() });
      open = null;
    }
  }
  if (open !== null) pauses.push({ from: open, to: null });
  else if (currentStatus === WAITING) {
    // Waiting with no change recorded (a row written before the timeline): paused since
    // the last change seen, or for ever.
    pauses.push({ from: sorted.at(-1)?.at.getTime() ?? 0, to: null });
  }
  return pauses;
}

type Rule<K extends EscalationRuleBody['kind']> = Extract<EscalationRuleBody, { kind: K }>;

/** A takedown request still SENT (not acknowledged, not closed). */
export interface UnansweredRequest {
  sentAt: Date;
  /** When its follow-up was sent by the rule, if it was. */
  followedUpAt: Date | null;
  pauses: readonly Pause[];
}

export function followUpDue(
  rule: Rule<'TAKEDOWN_UNANSWERED'>,
  calendar: BusinessCalendar,
  request: UnansweredRequest,
): Date | null {
  return dueAt(
    calendar,
    request.sentAt,
    rule.followUpAfterBusinessDays,
    'business-days',
    request.pauses,
  );
}

/** M more business days after the follow-up went out; never before there was one. */
export function escalationDue(
  rule: Rule<'TAKEDOWN_UNANSWERED'>,
  calendar: BusinessCalendar,
  request: UnansweredRequest,
): Date | null {
  if (rule.escalateAfterBusinessDays === null || request.followedUpAt === null) return null;
  return dueAt(
    calendar,
    request.followedUpAt,
    rule.escalateAfterBusinessDays,
    'business-days',
    request.pauses,
  );
}

/**
 * A HIGH or CRITICAL case with nobody assigned. Its clock runs day and night (on-call staff
 * answer outside opening hours) from when the case was opened or, when its risk was raised
 * later, from when it was last raised to HIGH or CRITICAL, or from when its last assignee was
 * removed, whichever is latest.
 */
export interface UnassignedCase {
  startedAt: Date;
  pauses: readonly Pause[];
}

export function unassignedDue(
  rule: Rule<'HIGH_RISK_UNASSIGNED'>,
  calendar: BusinessCalendar,
  subject: UnassignedCase,
): Date | null {
  return dueAt(
    calendar,
    subject.startedAt,
    rule.afterMinutes * 60_000,
    'elapsed-ms',
    subject.pauses,
  );
}

/** A case opened while the rule was on, with no first response yet; counted in opening hours. */
export interface UnansweredCase {
  openedAt: Date;
  pauses: readonly Pause[];
}

export function firstResponseDue(
  rule: Rule<'NO_FIRST_RESPONSE'>,
  calendar: BusinessCalendar,
  subject: UnansweredCase,
): Date | null {
  return dueAt(
    calendar,
    subject.openedAt,
    rule.afterBusinessHours * 3_600_000,
    'business-ms',
    subject.pauses,
  );
}
