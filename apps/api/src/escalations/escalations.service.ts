import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type {
  EscalationCalendarBody,
  EscalationCalendarView,
  EscalationFiringView,
  EscalationRuleBody,
  EscalationRuleView,
  EscalationSettingsView,
  OnCallBody,
  OnCallMemberView,
} from '@cairn/contracts';
import { EscalationOutcomeCode, EscalationOutcomeParams } from '@cairn/contracts';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { EscalationRule, Prisma } from '../generated/prisma/client';
import { DEFAULT_CALENDAR } from './escalation-clock';

const RECENT_FIRINGS = 50;

function ruleView(row: EscalationRule): EscalationRuleView {
  return {
    ...(row.settings as object),
    kind: row.kind,
    enabled: row.enabled,
    id: row.id,
    updatedAt: row.updatedAt.toISOString(),
  } as EscalationRuleView;
}

/** The rule's settings as stored: the body without what has a column of its own. */
function settingsOf(body: EscalationRuleBody): Prisma.InputJsonObject {
  const { kind: _kind, enabled: _enabled, ...settings } = body;
  return settings as Prisma.InputJsonObject;
}

/** What admins set: the business calendar, the rules, who is on call. */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  private async calendarView(tx: Tx): Promise<EscalationCalendarView> {
    const organizationId = RequestContext.organizationId();
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { timeZone: true },
    });
    const row = await tx.escalationCalendar.findUnique({ where: { organizationId } });
    return {
      timeZone: organization.timeZone,
      days: row?.days ?? DEFAULT_CALENDAR.days,
      opens: row?.opens ?? DEFAULT_CALENDAR.opens,
      closes: row?.closes ?? DEFAULT_CALENDAR.closes,
      holidays: row?.holidays.map((day) => day.toISOString().slice(0, 10)) ?? [],
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  private async staff(tx: Tx): Promise<OnCallMemberView[]> {
    const members = await tx.membership.findMany({
      select: {
        id: true,
        userId: true,
        role: true,
        onCall: true,
        user: { select: { displayName: true } },
      },
      orderBy: { createdAt: 'asc' },
    });
    return members.map((member) => ({
      id: member.id,
      userId: member.userId,
      displayName: member.user.displayName,
      role: member.role,
      onCall: member.onCall,
    }));
  }

  private async firings(tx: Tx): Promise<EscalationFiringView[]> {
    const rows = await tx.escalationFiring.findMany({
      orderBy: { firedAt: 'desc' },
      take: RECENT_FIRINGS,
    });
    const cases = await tx.case.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.caseId))] } },
      select: { id: true, reference: true },
    });
    const references = new Map(cases.map((row) => [row.id, row.reference]));
    return rows.map((row) => ({
      id: row.id,
      ruleKind: row.ruleKind as EscalationFiringView['ruleKind'],
      step: row.step,
      subjectType: row.subjectType as EscalationFiringView['subjectType'],
      subjectId: row.subjectId,
      caseId: row.caseId,
      caseReference: references.get(row.caseId) ?? '',
      dueAt: row.dueAt.toISOString(),
      firedAt: row.firedAt.toISOString(),
      emails: row.emailIds.length,
      outcome: row.outcome,
      ...firingOutcome(row.outcomeCode, row.outcomeParams),
    }));
  }

  settings(): Promise<EscalationSettingsView> {
    return this.db.transaction(async (tx) => {
      const rules = await tx.escalationRule.findMany({ orderBy: { kind: 'asc' } });
      await this.audit.record(tx, { action: 'escalations.viewed' });
      return {
        calendar: await this.calendarView(tx),
        rules: rules.map(ruleView),
        staff: await this.staff(tx),
        recentFirings: await this.firings(tx),
      };
    });
  }

  setCalendar(body: EscalationCalendarBody): Promise<EscalationCalendarView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const data = {
        days: body.days,
        opens: body.opens,
        closes: body.closes,
        holidays: body.holidays.map((day) => new Date(`${day}T00:00:00Z`)),
        updatedById: actor.userId,
        updatedAt: new Date(),
      };
      await tx.escalationCalendar.upsert({
        where: { organizationId: actor.organizationId },
        create: { organizationId: actor.organizationId, ...data },
        update: data,
      });
      await this.audit.record(tx, {
        action: 'escalations.calendar-set',
        data: {
          days: body.days,
          opens: body.opens,
          closes: body.closes,
          holidays: body.holidays.length,
        },
      });
      return this.calendarView(tx);
    });
  }

  createRule(body: EscalationRuleBody): Promise<EscalationRuleView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const existing = await tx.escalationRule.findUnique({
        where: { organizationId_kind: { organizationId: actor.organizationId, kind: body.kind } },
        select: { id: true },
      });
      if (existing)
        throw new AppError(
          'conflict',
          'The organisation already has a rule of this kind: change that one',
          {
            ruleId: existing.id,
          },
        );
      const now = new Date();
      const row = await tx.escalationRule.create({
        data: {
          id: randomUUID(),
          organizationId: actor.organizationId,
          kind: body.kind,
          enabled: body.enabled,
          settings: settingsOf(body),
          enabledSince: body.enabled ? now : null,
          updatedById: actor.userId,
          updatedAt: now,
        },
      });
      await this.audit.record(tx, {
        action: 'escalations.rule-created',
        targetType: 'escalation_rule',
        targetId: row.id,
        data: { kind: body.kind, enabled: body.enabled },
      });
      return ruleView(row);
    });
  }

  private async requireRule(tx: Tx, id: string): Promise<EscalationRule> {
    const row = await tx.escalationRule.findUnique({ where: { id } });
    if (!row) throw AppError.notFound('escalation rule');
    return row;
  }

  getRule(id: string): Promise<EscalationRuleView> {
    return this.db.transaction(async (tx) => ruleView(await this.requireRule(tx, id)));
  }

  updateRule(id: string, body: EscalationRuleBody): Promise<EscalationRuleView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      const current = await this.requireRule(tx, id);
      if (current.kind !== body.kind)
        throw AppError.validation([
          {
            in: 'body',
            field: 'kind',
            message: `This rule is a ${current.kind} rule: its kind cannot change`,
          },
        ]);
      const now = new Date();
      const row = await tx.escalationRule.update({
        where: { id },
        data: {
          enabled: body.enabled,
          settings: settingsOf(body),
          // Turning a rule on starts its reach now: a first-response rule does not wake up
          // on every case left unanswered while it was off.
          enabledSince: body.enabled ? (current.enabled ? current.enabledSince : now) : null,
          updatedById: actor.userId,
          updatedAt: now,
        },
      });
      await this.audit.record(tx, {
        action: 'escalations.rule-updated',
        targetType: 'escalation_rule',
        targetId: id,
        data: { kind: body.kind, enabled: body.enabled },
      });
      return ruleView(row);
    });
  }

  deleteRule(id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const current = await this.requireRule(tx, id);
      await tx.escalationRule.delete({ where: { id } });
      await this.audit.record(tx, {
        action: 'escalations.rule-deleted',
        targetType: 'escalation_rule',
        targetId: id,
        data: { kind: current.kind },
      });
    });
  }

  setOnCall(membershipId: string, body: OnCallBody): Promise<OnCallMemberView> {
    return this.db.transaction(async (tx) => {
      const member = await tx.membership.findUnique({ where: { id: membershipId } });
      if (!member) throw AppError.notFound('staff member');
      await tx.membership.update({ where: { id: membershipId }, data: { onCall: body.onCall } });
      await this.audit.record(tx, {
        action: 'escalations.on-call-set',
        targetType: 'user',
        targetId: member.userId,
        data: { onCall: body.onCall },
      });
      return (await this.staff(tx)).find((row) => row.id === membershipId)!;
    });
  }
}

/** A firing's code and facts as the view says them; both null on rows fired before codes. */
function firingOutcome(
  code: string | null,
  params: unknown,
): Pick<EscalationFiringView, 'outcomeCode' | 'outcomeParams'> {
  const parsedCode = EscalationOutcomeCode.safeParse(code);
  if (!parsedCode.success) return { outcomeCode: null, outcomeParams: null };
  const parsedParams = EscalationOutcomeParams.safeParse(params ?? {});
  return {
    outcomeCode: parsedCode.data,
    outcomeParams: parsedParams.success ? parsedParams.data : {},
  };
}
