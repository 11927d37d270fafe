import { randomUUID } from 'node:crypto';
import {
  Email as EmailSchema,
  type EscalationOutcomeCode,
  type EscalationOutcomeParams,
  type EscalationRuleBody,
  type NoticeElements,
  type NoticeLocale,
} from '@cairn/contracts';
import type { AuditService } from '../audit/audit.service';
import type { AppConfig } from '../core/config/config.schema';
import type { Tx } from '../core/database/prisma.service';
import { enqueueEmail } from '../mail/outbox/enqueue-email';
import { issueReplyAddress } from '../takedowns/issue-reply-address';
import { renderNotice } from '../templates/render-notice';
import { templateFor } from '../templates/templates.service';
import { dueItems, enabledRules, type DueItem, type EscalationStep } from './escalation-due';
import {
  escalationEmail,
  formatTime,
  localeOf,
  outcomeText,
  noFirstResponseEmail,
  supervisorEscalationEmail,
  unassignedEmail,
  webFormFollowUpEmail,
  type Email,
  type TextLocale,
} from './escalation-texts';

export interface FiringKey {
  ruleKind: DueItem['ruleKind'];
  step: EscalationStep;
  subjectId: string;
}

export interface FiringDeps {
  audit: AuditService;
  /** Where staff open a case: `${webOrigin}/cases/${id}`. */
  webOrigin: string;
  /** The deployment's settings: the reply domain of an organisation that set none. */
  config: AppConfig;
}

export type FiringResult = 'fired' | 'not-due' | 'already-fired';

interface Recipient {
  userId: string;
  email: string;
}

interface Outgoing {
  to: string;
  email: Email;
  headers?: { 'In-Reply-To'?: string; References?: string };
  /** The request an email to a platform or regulator is about: answers are filed on it. */
  about?: { id: string; caseId: string };
}

interface Context {
  tx: Tx;
  organizationId: string;
  item: DueItem;
  rule: EscalationRuleBody;
  now: Date;
  locale: TextLocale;
  timeZone: string;
  organizationName: string;
  caseReference: string;
  caseLink: string;
}

/** Supervisors (admins when the organisation has none): who is told when a rule fires. */
async function supervisors(tx: Tx): Promise<Recipient[]> {
  const members = await tx.membership.findMany({
    where: { role: { in: ['SUPERVISOR', 'ADMIN'] } },
    select: { userId: true, role: true, user: { select: { email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const chosen = members.some((member) => member.role === 'SUPERVISOR')
    ? members.filter((member) => member.role === 'SUPERVISOR')
    : members;
  return chosen.map((member) => ({ userId: member.userId, email: member.user.email }));
}

async function onCall(tx: Tx): Promise<Recipient[]> {
  const members = await tx.membership.findMany({
    where: { onCall: true },
    select: { userId: true, user: { select: { email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return members.map((member) => ({ userId: member.userId, email: member.user.email }));
}

const isEmail = (value: string | null | undefined): value is string =>
  !!value && EmailSchema.safeParse(value).success;

/** A calendar day in the organisation's zone, `YYYY-MM-DD`, as the notice templates write dates. */
function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(at);
}

/**
 * The organisation's follow-up or escalation template (seeded from the defaults on first
 * use, edited by admins with the other notice templates), rendered for the request: the
 * same URLs the notice named, no evidence listed again.
 */
async function platformLetter(
  context: Context,
  noticeType: 'FOLLOW_UP' | 'ESCALATION',
  request: {
    locale: string;
    elements: unknown;
    sentAt: Date | null;
    platformReference: string | null;
    urls: { url: string }[];
  },
  platformName: string,
): Promise<Email> {
  const locale = (request.locale === 'fr' ? 'fr' : 'en') as NoticeLocale;
  const template = await templateFor(context.tx, noticeType, locale);
  const rendered = renderNotice(template, {
    noticeType,
    locale,
    organizationName: context.organizationName,
    platformName,
    senderName: context.organizationName,
    date: dayIn(context.timeZone, context.now),
    elements: (request.elements ?? {}) as NoticeElements,
    urls: request.urls.map((url) => url.url),
    evidence: [],
    platformReference: request.platformReference,
    sentDate: request.sentAt ? dayIn(context.timeZone, request.sentAt) : null,
  });
  return { subject: rendered.subject, text: rendered.body };
}

/** What a firing did: a code and its facts, worded by `outcomeText`. */
interface Outcome {
  code: EscalationOutcomeCode;
  params: EscalationOutcomeParams;
}

async function takedownMail(context: Context): Promise<{ outgoing: Outgoing[]; outcome: Outcome }> {
  const { tx, item, rule, locale, timeZone } = context;
  if (rule.kind !== 'TAKEDOWN_UNANSWERED') throw new Error('not a takedown rule');
  const request = await tx.takedownRequest.findUniqueOrThrow({
    where: { id: item.subjectId },
    include: { urls: { orderBy: { position: 'asc' } } },
  });
  // Only a platform's request is chased (see dueItems): a letter has no platform.
  const platform = await tx.platform.findUniqueOrThrow({ where: { id: request.platformId! } });
  const facts = {
    organizationName: context.organizationName,
    platformName: platform.name,
    subject: request.subject ?? platform.name,
    sentAt: formatTime(request.sentAt!, timeZone, locale),
    platformReference: request.platformReference,
    urls: request.urls.map((url) => url.url),
  };
  const thread = request.messageId
    ? { 'In-Reply-To': request.messageId, References: request.messageId }
    : undefined;
  const staff = { caseReference: context.caseReference, caseLink: context.caseLink };

  if (item.step === 'FOLLOW_UP') {
    if (request.channel === 'EMAIL' && isEmail(request.recipientAddress)) {
      return {
        outgoing: [
          {
            to: request.recipientAddress,
            email: await platformLetter(context, 'FOLLOW_UP', request, platform.name),
            headers: thread,
            about: request,
          },
        ],
        outcome: {
          code: 'followed-up',
          params: { platform: platform.name, address: request.recipientAddress },
        },
      };
    }
    const email = webFormFollowUpEmail(locale, {
      ...staff,
      platformName: platform.name,
      sentAt: facts.sentAt,
    });
    return {
      outgoing: (await supervisors(tx)).map((person) => ({ to: person.email, email })),
      outcome: {
        code: 'web-form-follow-up',
        params: { platform: platform.name },
      },
    };
  }

  const followUp = await tx.escalationFiring.findUniqueOrThrow({
    where: {
      organizationId_ruleKind_subjectId_step: {
        organizationId: context.organizationId,
        ruleKind: item.ruleKind,
        subjectId: item.subjectId,
        step: 'FOLLOW_UP',
      },
    },
  });
  const followedUpAt = formatTime(followUp.firedAt, timeZone, locale);
  const platformContact = isEmail(platform.escalationContact) ? platform.escalationContact : null;
  const target =
    rule.escalateTo === 'PLATFORM_CONTACT' && platformContact
      ? { address: platformContact, regulator: false }
      : rule.regulatorEmail
        ? { address: rule.regulatorEmail, regulator: true }
        : null;
  const outgoing: Outgoing[] = [];
  let outcome: Outcome;
  if (target) {
    // The platform's escalation contact gets the organisation's escalation letter; a
    // regulator gets Cairn's plain account of the silence, without the content (see
    // escalation-texts.ts).
    outgoing.push({
      to: target.address,
      email: target.regulator
        ? escalationEmail(locale, { ...facts, followedUpAt }, true)
        : await platformLetter(context, 'ESCALATION', request, platform.name),
      headers: target.regulator ? undefined : thread,
      about: request,
    });
    outcome = target.regulator
      ? {
          code: 'escalated-to-regulator',
          params: { address: target.address },
        }
      : {
          code: 'escalated-to-platform-contact',
          params: { platform: platform.name, address: target.address },
        };
  } else {
    outcome = {
      code: 'escalate-by-hand',
      params: { platform: platform.name },
    };
  }
  const told = supervisorEscalationEmail(locale, {
    ...staff,
    platformName: platform.name,
    outcome: outcomeText(locale, outcome.code, outcome.params),
  });
  for (const person of await supervisors(tx)) outgoing.push({ to: person.email, email: told });
  return { outgoing, outcome };
}

async function caseMail(context: Context): Promise<{ outgoing: Outgoing[]; outcome: Outcome }> {
  const { tx, item, rule, locale, timeZone } = context;
  const staff = { caseReference: context.caseReference, caseLink: context.caseLink };
  const row = await tx.case.findUniqueOrThrow({
    where: { id: item.caseId },
    select: { riskLevel: true, createdAt: true },
  });
  if (rule.kind === 'HIGH_RISK_UNASSIGNED') {
    const onCallStaff = await onCall(tx);
    const fallback = onCallStaff.length === 0;
    const people = fallback ? await supervisors(tx) : onCallStaff;
    const email = unassignedEmail(locale, {
      ...staff,
      riskLevel: row.riskLevel,
      minutes: rule.afterMinutes,
      fallback,
    });
    return {
      outgoing: people.map((person) => ({ to: person.email, email })),
      outcome: fallback
        ? {
            code: 'nobody-on-call-supervisors-emailed',
            params: { count: people.length },
          }
        : {
            code: 'on-call-emailed',
            params: { count: people.length },
          },
    };
  }
  if (rule.kind !== 'NO_FIRST_RESPONSE') throw new Error('not a case rule');
  const people = await supervisors(tx);
  const email = noFirstResponseEmail(locale, {
    ...staff,
    openedAt: formatTime(row.createdAt, timeZone, locale),
    hours: rule.afterBusinessHours,
  });
  return {
    outgoing: people.map((person) => ({ to: person.email, email })),
    outcome: {
      code: 'supervisors-emailed',
      params: { count: people.length },
    },
  };
}

/**
 * Fires one step of a rule for one subject, if it is due at `now` and has not fired: in one
 * transaction, the firing's row (unique per rule, subject and step), its emails in the outbox
 * and its audit event commit together or not at all. A transaction-scoped lock on the key
 * makes a racing sweep and delayed job take turns; the second finds the row and does nothing,
 * and the unique constraint would refuse it even without the lock.
 */
export async function fireEscalation(
  tx: Tx,
  deps: FiringDeps,
  organizationId: string,
  key: FiringKey,
  now: Date,
): Promise<FiringResult> {
  const lockKey = `escalation:${organizationId}:${key.ruleKind}:${key.subjectId}:${key.step}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
  const done = await tx.escalationFiring.findUnique({
    where: {
      organizationId_ruleKind_subjectId_step: { organizationId, ...key },
    },
    select: { id: true },
  });
  if (done) return 'already-fired';
  const item = (await dueItems(tx, organizationId, key.subjectId)).find(
    (candidate) => candidate.ruleKind === key.ruleKind && candidate.step === key.step,
  );
  if (!item || item.dueAt > now) return 'not-due';
  const rule = (await enabledRules(tx)).find((candidate) => candidate.kind === key.ruleKind)!;

  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, defaultLocale: true, timeZone: true },
  });
  const caseRow = await tx.case.findUniqueOrThrow({
    where: { id: item.caseId },
    select: { reference: true },
  });
  const context: Context = {
    tx,
    organizationId,
    item,
    rule,
    now,
    locale: localeOf(organization.defaultLocale),
    timeZone: organization.timeZone,
    organizationName: organization.name,
    caseReference: caseRow.reference,
    caseLink: `${deps.webOrigin.replace(/\/$/, '')}/cases/${item.caseId}`,
  };
  const { outgoing, outcome } =
    item.subjectType === 'TAKEDOWN_REQUEST' ? await takedownMail(context) : await caseMail(context);

  const firingId = randomUUID();
  const emailIds: string[] = [];
  for (const message of outgoing) {
    const queued = await enqueueEmail(tx, {
      to: [message.to],
      ...(message.about
        ? { replyTo: await issueReplyAddress(tx, deps.config, message.about) }
        : {}),
      subject: message.email.subject,
      text: message.email.text,
      headers: { ...message.headers, 'Auto-Submitted': 'auto-generated' },
      caseId: item.caseId,
      source: { kind: 'escalation_firing', id: firingId },
    });
    emailIds.push(queued.id);
  }
  const nobodyEmailed = outgoing.length === 0;
  // The English sentence, still stored for whoever reads the row without the code.
  const english = outcomeText('en', outcome.code, outcome.params);
  const recorded = nobodyEmailed ? `${english} Nobody could be emailed.` : english;
  await tx.escalationFiring.create({
    data: {
      id: firingId,
      organizationId,
      ruleKind: item.ruleKind,
      step: item.step,
      subjectType: item.subjectType,
      subjectId: item.subjectId,
      caseId: item.caseId,
      dueAt: item.dueAt,
      firedAt: now,
      emailIds,
      outcome: recorded.slice(0, 1000),
      outcomeCode: outcome.code,
      outcomeParams: nobodyEmailed ? { ...outcome.params, nobodyEmailed } : outcome.params,
    },
  });
  await deps.audit.record(tx, {
    action: 'escalation.fired',
    targetType: 'case',
    targetId: item.caseId,
    actorUserId: null,
    data: {
      firingId,
      ruleKind: item.ruleKind,
      step: item.step,
      subjectType: item.subjectType,
      subjectId: item.subjectId,
      dueAt: item.dueAt.toISOString(),
      emails: emailIds.length,
    },
  });
  return 'fired';
}
