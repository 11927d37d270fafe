import { EscalationRuleBody, type EscalationRuleKind } from '@cairn/contracts';
import type { Tx } from '../core/database/prisma.service';
import type { BusinessCalendar } from '../core/time/business-time';
import {
  DEFAULT_CALENDAR,
  escalationDue,
  firstResponseDue,
  followUpDue,
  unassignedDue,
  waitingPauses,
  type StatusChange,
} from './escalation-clock';

export type EscalationStep = 'FOLLOW_UP' | 'ESCALATION' | 'ON_CALL' | 'SUPERVISORS';
export type SubjectType = 'CASE' | 'TAKEDOWN_REQUEST';

/** One thing a rule will do, or should have done, for one subject: a firing not yet made. */
export interface DueItem {
  ruleKind: EscalationRuleKind;
  step: EscalationStep;
  subjectType: SubjectType;
  subjectId: string;
  caseId: string;
  dueAt: Date;
}

/**
 * Staff actions on a case that count as its first response: a contact logged with the
 * survivor or a third party, a note written, or a change of status (triaging it, asking the
 * survivor for something, closing it). Only entries with a staff actor count; a case that
 * merely exists, or was only assigned, has had no response.
 */
export const FIRST_RESPONSE_KINDS = ['CONTACT_ADDED', 'NOTE_ADDED', 'STATUS_CHANGED'];

const HIGH_RISK = ['HIGH', 'CRITICAL'] as const;

/** The organisation's enabled rules, each checked against its kind's schema. */
export async function enabledRules(
  tx: Tx,
): Promise<(EscalationRuleBody & { enabledSince: Date })[]> {
  const rows = await tx.escalationRule.findMany({ where: { enabled: true } });
  return rows.flatMap((row) => {
    const parsed = EscalationRuleBody.safeParse({
      ...(row.settings as object),
      kind: row.kind,
      enabled: row.enabled,
    });
    return parsed.success
      ? [{ ...parsed.data, enabledSince: row.enabledSince ?? row.updatedAt }]
      : [];
  });
}

/** The organisation's business calendar, the default one (Mon–Fri 09:00–17:00) when unset. */
export async function organizationCalendar(
  tx: Tx,
  organizationId: string,
): Promise<BusinessCalendar> {
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true },
  });
  const row = await tx.escalationCalendar.findUnique({ where: { organizationId } });
  if (!row) return { timeZone: organization.timeZone, ...DEFAULT_CALENDAR };
  return {
    timeZone: organization.timeZone,
    days: row.days as BusinessCalendar['days'],
    opens: row.opens,
    closes: row.closes,
    holidays: row.holidays.map((day) => day.toISOString().slice(0, 10)),
  };
}

async function statusHistory(
  tx: Tx,
  caseIds: string[],
): Promise<Map<string, { status: string; changes: StatusChange[] }>> {
  const history = new Map<string, { status: string; changes: StatusChange[] }>();
  if (caseIds.length === 0) return history;
  const cases = await tx.case.findMany({
    where: { id: { in: caseIds } },
    select: { id: true, status: true },
  });
  for (const row of cases) history.set(row.id, { status: row.status, changes: [] });
  const events = await tx.caseEvent.findMany({
    where: { caseId: { in: caseIds }, kind: 'STATUS_CHANGED' },
    select: { caseId: true, at: true, data: true },
  });
  for (const event of events) {
    const data = event.data as { from?: string; to?: string };
    history.get(event.caseId)?.changes.push({
      at: event.at,
      from: data.from ?? null,
      to: data.to ?? null,
    });
  }
  return history;
}

async function firedSteps(
  tx: Tx,
  ruleKind: EscalationRuleKind,
  subjectIds: string[],
): Promise<Map<string, Date>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await tx.escalationFiring.findMany({
    where: { ruleKind, subjectId: { in: subjectIds } },
    select: { subjectId: true, step: true, firedAt: true },
  });
  return new Map(rows.map((row) => [`${row.subjectId}/${row.step}`, row.firedAt]));
}

/**
 * Everything the organisation's enabled rules have yet to do, each with the instant it falls
 * due (past or future), read afresh from the database. Subjects whose clock is stopped (a
 * case waiting on the survivor) are left out until it runs again. `subjectId` narrows the
 * reading to one request or case, as a delayed job does before firing.
 */
export async function dueItems(
  tx: Tx,
  organizationId: string,
  subjectId?: string,
): Promise<DueItem[]> {
  const rules = await enabledRules(tx);
  if (rules.length === 0) return [];
  const calendar = await organizationCalendar(tx, organizationId);
  const items: DueItem[] = [];
  const one = subjectId ? { id: subjectId } : {};

  for (const rule of rules) {
    if (rule.kind === 'TAKEDOWN_UNANSWERED') {
      const requests = await tx.takedownRequest.findMany({
        // Letters to the other party or the police are not chased: only platforms' requests.
        where: { ...one, recipientKind: 'PLATFORM', status: 'SENT', sentAt: { not: null } },
        select: { id: true, caseId: true, sentAt: true },
      });
      const ids = requests.map((request) => request.id);
      const fired = await firedSteps(tx, rule.kind, ids);
      const history = await statusHistory(tx, [...new Set(requests.map((r) => r.caseId))]);
      for (const request of requests) {
        const caseHistory = history.get(request.caseId);
        if (!caseHistory || caseHistory.status === 'CLOSED') continue;
        const pauses = waitingPauses(caseHistory.changes, caseHistory.status);
        const followedUpAt = fired.get(`${request.id}/FOLLOW_UP`) ?? null;
        // A rule counts from when it was turned on: turning it on does not send a follow-up
        // at once for every request left unanswered before.
        const sentAt = new Date(Math.max(request.sentAt!.getTime(), rule.enabledSince.getTime()));
        const subject = { sentAt, followedUpAt, pauses };
        const step: EscalationStep = followedUpAt ? 'ESCALATION' : 'FOLLOW_UP';
        if (fired.has(`${request.id}/${step}`)) continue;
        const due =
          step === 'FOLLOW_UP'
            ? followUpDue(rule, calendar, subject)
            : escalationDue(rule, calendar, subject);
        if (due)
          items.push({
            ruleKind: rule.kind,
            step,
            subjectType: 'TAKEDOWN_REQUEST',
            subjectId: request.id,
            caseId: request.caseId,
            dueAt: due,
          });
      }
    } else if (rule.kind === 'HIGH_RISK_UNASSIGNED') {
      const cases = await tx.case.findMany({
        where: {
          ...one,
          riskLevel: { in: [...HIGH_RISK] },
          status: { not: 'CLOSED' },
          assignees: { none: {} },
        },
        select: { id: true, createdAt: true },
      });
      const ids = cases.map((row) => row.id);
      const fired = await firedSteps(tx, rule.kind, ids);
      const history = await statusHistory(tx, ids);
      const edits = ids.length
        ? await tx.caseEvent.findMany({
            where: { caseId: { in: ids }, kind: { in: ['CASE_UPDATED', 'ASSIGNEES_CHANGED'] } },
            select: { caseId: true, at: true, kind: true, data: true },
            orderBy: { at: 'asc' },
          })
        : [];
      for (const row of cases) {
        if (fired.has(`${row.id}/ON_CALL`)) continue;
        const caseHistory = history.get(row.id)!;
        // Counted from when the rule was turned on at the earliest, like the takedown rule.
        const startedAt = new Date(
          Math.max(
            unassignedSince(
              row.createdAt,
              edits.filter((edit) => edit.caseId === row.id),
            ).getTime(),
            rule.enabledSince.getTime(),
          ),
        );
        const due = unassignedDue(rule, calendar, {
          startedAt,
          pauses: waitingPauses(caseHistory.changes, caseHistory.status),
        });
        if (due)
          items.push({
            ruleKind: rule.kind,
            step: 'ON_CALL',
            subjectType: 'CASE',
            subjectId: row.id,
            caseId: row.id,
            dueAt: due,
          });
      }
    } else {
      const cases = await tx.case.findMany({
        where: {
          ...one,
          status: { not: 'CLOSED' },
          createdAt: { gte: rule.enabledSince },
          events: { none: { actorId: { not: null }, kind: { in: FIRST_RESPONSE_KINDS } } },
        },
        select: { id: true, createdAt: true },
      });
      const ids = cases.map((row) => row.id);
      const fired = await firedSteps(tx, rule.kind, ids);
      const history = await statusHistory(tx, ids);
      for (const row of cases) {
        if (fired.has(`${row.id}/SUPERVISORS`)) continue;
        const caseHistory = history.get(row.id)!;
        const due = firstResponseDue(rule, calendar, {
          openedAt: row.createdAt,
          pauses: waitingPauses(caseHistory.changes, caseHistory.status),
        });
        if (due)
          items.push({
            ruleKind: rule.kind,
            step: 'SUPERVISORS',
            subjectType: 'CASE',
            subjectId: row.id,
            caseId: row.id,
            dueAt: due,
          });
      }
    }
  }
  return items;
}

/**
 * When a HIGH or CRITICAL case with no assignee started waiting for one: when it was opened,
 * or later when its risk was raised to HIGH or CRITICAL from a lower level (the first such
 * entry after the last lower one; with no lower one on record it is taken as high since it
 * was opened, the earlier and safer reading), or when its last assignee was removed.
 */
export function unassignedSince(
  createdAt: Date,
  edits: readonly { at: Date; kind: string; data: unknown }[],
): Date {
  let start = createdAt.getTime();
  let lowSeen = false;
  let raisedAt: number | null = null;
  for (const edit of edits) {
    const data = (edit.data ?? {}) as { riskLevel?: string; assigneeIds?: unknown[] };
    if (edit.kind === 'CASE_UPDATED' && data.riskLevel) {
      const high = (HIGH_RISK as readonly string[]).includes(data.riskLevel);
      if (!high) {
        lowSeen = true;
        raisedAt = null;
      } else if (lowSeen && raisedAt === null) raisedAt = edit.at.getTime();
    }
    if (
      edit.kind === 'ASSIGNEES_CHANGED' &&
      Array.isArray(data.assigneeIds) &&
      data.assigneeIds.length === 0
    )
      start = Math.max(start, edit.at.getTime());
  }
  return new Date(Math.max(start, raisedAt ?? start));
}
