import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '../src/core/database/prisma.service';
import {
  escalationRunner,
  fireJobId,
  type EscalationRunner,
} from '../src/escalations/escalation-runner';
import type { PrismaClient } from '../src/generated/prisma/client';
import { chainedAuditEvents } from './support/audit';
import { makeCase } from './support/case-factory';
import {
  asOwner,
  bearer,
  inTenant,
  login,
  makeMember,
  makeOrg,
  type TestOrg,
} from './support/factories';
import { deleteKeys } from './support/redis-keys';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Escalation rules fire on a clock the tests move: the runner takes `now`, the facts it
 * counts from (a case's opening, its status history, a request's sending) are set to known
 * instants, and nothing sleeps. The organisations are in Europe/Paris (UTC+1 in December).
 */

let t: TestApp;
let appPrisma: PrismaClient;
let runner: EscalationRunner;
beforeAll(async () => {
  t = await startTestApp();
  appPrisma = createPrismaClient(t.config.appDatabaseUrl);
  runner = escalationRunner({ config: t.config, prisma: appPrisma });
});
afterAll(async () => {
  await runner.close();
  await appPrisma.$disconnect();
  await t.close();
});

const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

async function adminOf(org: TestOrg): Promise<string> {
  return login(t, org.admin);
}

async function createRule(token: string, body: Record<string, unknown>): Promise<string> {
  const response = await t.http().post('/escalations/rules').set(bearer(token)).send(body);
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/**
 * Lets a rule reach cases opened before the test's clock, as if turned on long ago: the
 * owner rewrites when it was turned on, which no tenant can.
 */
async function ruleOnSince(org: TestOrg, since: Date): Promise<void> {
  await asOwner(t, org.id, (tx) =>
    tx.escalationRule.updateMany({
      where: { organizationId: org.id, enabled: true },
      data: { enabledSince: since },
    }),
  );
}

/** Moves a case's history back in time, as the owner: a case's events are append-only. */
async function setCaseTimes(
  org: TestOrg,
  caseId: string,
  createdAt: Date,
  changes: { at: Date; from: string; to: string }[] = [],
): Promise<void> {
  await asOwner(t, org.id, async (tx) => {
    await tx.case.update({ where: { id: caseId }, data: { createdAt } });
    await tx.caseEvent.updateMany({ where: { caseId }, data: { at: createdAt } });
    for (const change of changes) {
      await tx.caseEvent.create({
        data: {
          organizationId: org.id,
          caseId,
          at: change.at,
          kind: 'STATUS_CHANGED',
          data: { from: change.from, to: change.to },
        },
      });
    }
    const last = changes.at(-1);
    if (last) await tx.case.update({ where: { id: caseId }, data: { status: last.to as never } });
  });
}

async function firings(org: TestOrg, subjectId: string) {
  return inTenant(t, org.id, (tx) => tx.escalationFiring.findMany({ where: { subjectId } }));
}

async function outbox(org: TestOrg, firingId: string) {
  return inTenant(t, org.id, (tx) =>
    tx.outboxMessage.findMany({ where: { sourceKind: 'escalation_firing', sourceId: firingId } }),
  );
}

describe('the rules admins set', () => {
  it('are validated, one per kind, and shown with the calendar and on-call staff', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    const refused = await t
      .http()
      .put('/escalations/calendar')
      .set(bearer(token))
      .send({ days: [1, 2], opens: '17:00', closes: '09:00', holidays: [] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'closes', code: 'closesAfterOpens' });

    const calendar = await t
      .http()
      .put('/escalations/calendar')
      .set(bearer(token))
      .send({ days: [5, 1, 1], opens: '08:30', closes: '24:00', holidays: ['2026-12-25'] });
    expect(calendar.status).toBe(200);
    expect(calendar.body).toMatchObject({
      timeZone: 'Europe/Paris',
      days: [1, 5],
      closes: '24:00',
    });

    const noRegulator = await t.http().post('/escalations/rules').set(bearer(token)).send({
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 5,
      escalateAfterBusinessDays: 5,
      escalateTo: 'REGULATOR',
      regulatorEmail: null,
    });
    expect(noRegulator.status).toBe(400);
    expect(noRegulator.body.errors[0]).toMatchObject({ field: 'regulatorEmail' });

    const id = await createRule(token, {
      kind: 'NO_FIRST_RESPONSE',
      enabled: true,
      afterBusinessHours: 4,
    });
    const again = await t
      .http()
      .post('/escalations/rules')
      .set(bearer(token))
      .send({ kind: 'NO_FIRST_RESPONSE', enabled: false, afterBusinessHours: 8 });
    expect(again.status).toBe(409);
    const changed = await t
      .http()
      .put(`/escalations/rules/${id}`)
      .set(bearer(token))
      .send({ kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 5 });
    expect(changed.status).toBe(400);

    const supervisor = await makeMember(t, org, 'SUPERVISOR');
    const onCall = await t
      .http()
      .put(`/escalations/on-call/${supervisor.membershipId}`)
      .set(bearer(token))
      .send({ onCall: true });
    expect(onCall.body).toMatchObject({ userId: supervisor.userId, onCall: true });

    const settings = await t.http().get('/escalations').set(bearer(token));
    expect(settings.status).toBe(200);
    expect(settings.body.rules).toEqual([
      expect.objectContaining({ id, kind: 'NO_FIRST_RESPONSE', afterBusinessHours: 4 }),
    ]);
    expect(settings.body.calendar.holidays).toEqual(['2026-12-25']);

    // Only admins set them.
    const supervisorToken = await login(t, supervisor);
    const forbidden = await t.http().get('/escalations').set(bearer(supervisorToken));
    expect(forbidden.status).toBe(403);
  });
});

describe('no first response', () => {
  it('falls due after the business hours set, skipping the night, the weekend and a holiday', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    const supervisor = await makeMember(t, org, 'SUPERVISOR');
    await t
      .http()
      .put('/escalations/calendar')
      .set(bearer(token))
      .send({ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', holidays: ['2026-12-07'] });
    await createRule(token, { kind: 'NO_FIRST_RESPONSE', enabled: true, afterBusinessHours: 2 });
    await ruleOnSince(org, at('2026-01-01T00:00:00Z'));
    const made = await makeCase(t, token);
    // Friday 4 December, 16:00 in Paris: one hour counts on Friday; Monday 7 is a holiday;
    // the second hour ends on Tuesday 8 December at 10:00 in Paris (09:00 UTC).
    await setCaseTimes(org, made.id, at('2026-12-04T15:00:00Z'));
    const key = {
      ruleKind: 'NO_FIRST_RESPONSE' as const,
      step: 'SUPERVISORS' as const,
      subjectId: made.id,
    };

    expect(await runner.fire(org.id, key, at('2026-12-07T16:00:00Z'))).toBe('not-due');
    expect(await runner.fire(org.id, key, at('2026-12-08T08:59:59Z'))).toBe('not-due');
    expect(await firings(org, made.id)).toEqual([]);
    expect(await runner.fire(org.id, key, at('2026-12-08T09:00:00Z'))).toBe('fired');

    const [firing] = await firings(org, made.id);
    expect(firing).toMatchObject({ step: 'SUPERVISORS', dueAt: at('2026-12-08T09:00:00Z') });
    const emails = await outbox(org, firing!.id);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.recipientDomains).toEqual(['example.org']);
    expect(firing!.emailIds).toEqual([emails[0]!.id]);
    expect(firing!.outcome).toBe('1 supervisor(s) emailed.');
    void supervisor;

    // The page words what happened from a code and its facts, in the reader's language;
    // a firing recorded before codes existed keeps only its English sentence.
    expect(firing).toMatchObject({
      outcomeCode: 'supervisors-emailed',
      outcomeParams: { count: 1 },
    });
    await asOwner(t, org.id, (tx) =>
      tx.escalationFiring.create({
        data: {
          organizationId: org.id,
          ruleKind: 'NO_FIRST_RESPONSE',
          step: 'SUPERVISORS',
          subjectType: 'CASE',
          subjectId: randomUUID(),
          caseId: made.id,
          dueAt: at('2026-12-01T09:00:00Z'),
          firedAt: at('2026-12-01T09:00:00Z'),
          outcome: '2 supervisor(s) emailed.',
        },
      }),
    );
    const shownFirings = (await t.http().get('/escalations').set(bearer(token))).body.recentFirings;
    expect(
      shownFirings.map((shown: Record<string, unknown>) => [
        shown.outcome,
        shown.outcomeCode,
        shown.outcomeParams,
      ]),
    ).toEqual([
      ['1 supervisor(s) emailed.', 'supervisors-emailed', { count: 1 }],
      ['2 supervisor(s) emailed.', null, null],
    ]);

    const audit = await chainedAuditEvents(t, org.id, { action: 'escalation.fired' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetId: made.id, actorUserId: null });
    expect(audit[0]!.data).toMatchObject({ firingId: firing!.id, step: 'SUPERVISORS', emails: 1 });
  });

  it('does not fire once a member of staff has written a note', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await createRule(token, { kind: 'NO_FIRST_RESPONSE', enabled: true, afterBusinessHours: 1 });
    await ruleOnSince(org, at('2026-01-01T00:00:00Z'));
    const made = await makeCase(t, token);
    await setCaseTimes(org, made.id, at('2026-12-01T09:00:00Z'));
    const note = await t
      .http()
      .post(`/cases/${made.id}/notes`)
      .set(bearer(token))
      .send({ body: 'Called back, left a safe message.' });
    expect(note.status).toBe(201);
    const key = {
      ruleKind: 'NO_FIRST_RESPONSE' as const,
      step: 'SUPERVISORS' as const,
      subjectId: made.id,
    };
    expect(await runner.fire(org.id, key, at('2026-12-10T09:00:00Z'))).toBe('not-due');
  });
});

describe('a high-risk case nobody took', () => {
  it('wakes the on-call staff after the minutes set, the clock stopped while waiting on the survivor', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    const onCall = await makeMember(t, org, 'SUPERVISOR', `on-call-${randomUUID()}@oncall.example`);
    await makeMember(t, org, 'SUPERVISOR');
    await t
      .http()
      .put(`/escalations/on-call/${onCall.membershipId}`)
      .set(bearer(token))
      .send({ onCall: true });
    await createRule(token, { kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 30 });
    const made = await makeCase(t, token, { riskLevel: 'CRITICAL' });
    // Saturday night, outside any opening hours: this clock runs day and night. Ten minutes
    // in, the case waits on the survivor for an hour, then is active again.
    const opened = at('2026-12-05T22:00:00Z');
    await setCaseTimes(org, made.id, opened, [
      { at: new Date(opened.getTime() + minutes(10)), from: 'NEW', to: 'WAITING_ON_SURVIVOR' },
      { at: new Date(opened.getTime() + minutes(70)), from: 'WAITING_ON_SURVIVOR', to: 'ACTIVE' },
    ]);
    const key = {
      ruleKind: 'HIGH_RISK_UNASSIGNED' as const,
      step: 'ON_CALL' as const,
      subjectId: made.id,
    };

    // 30 minutes of wall clock have passed, but 20 of them were spent waiting on the survivor.
    expect(await runner.fire(org.id, key, new Date(opened.getTime() + minutes(30)))).toBe(
      'not-due',
    );
    expect(await runner.fire(org.id, key, new Date(opened.getTime() + minutes(89)))).toBe(
      'not-due',
    );
    expect(await runner.fire(org.id, key, new Date(opened.getTime() + minutes(90)))).toBe('fired');

    const [firing] = await firings(org, made.id);
    const emails = await outbox(org, firing!.id);
    // Only the on-call supervisor, not the other one.
    expect(emails.map((email) => email.recipientDomains)).toEqual([['oncall.example']]);
  });

  it('never falls due while the case is still waiting on the survivor', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await createRule(token, { kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 5 });
    const made = await makeCase(t, token, { riskLevel: 'HIGH' });
    const opened = at('2026-12-05T22:00:00Z');
    await setCaseTimes(org, made.id, opened, [
      { at: new Date(opened.getTime() + minutes(1)), from: 'NEW', to: 'WAITING_ON_SURVIVOR' },
    ]);
    const key = {
      ruleKind: 'HIGH_RISK_UNASSIGNED' as const,
      step: 'ON_CALL' as const,
      subjectId: made.id,
    };
    expect(await runner.fire(org.id, key, at('2027-06-01T00:00:00Z'))).toBe('not-due');
    expect((await runner.sweep(at('2027-06-01T00:00:00Z'))).fired).toBe(0);
  });
});

describe('delayed jobs and the sweep', () => {
  it('recreates every due job after Redis lost its keys, and fires once when sweep and job race', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await createRule(token, { kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 15 });
    const made = await makeCase(t, token, { riskLevel: 'HIGH' });
    const opened = at('2026-12-02T10:00:00Z');
    await setCaseTimes(org, made.id, opened);
    const due = new Date(opened.getTime() + minutes(15));
    const jobId = fireJobId(org.id, {
      ruleKind: 'HIGH_RISK_UNASSIGNED',
      step: 'ON_CALL',
      subjectType: 'CASE',
      subjectId: made.id,
      caseId: made.id,
      dueAt: due,
    });

    await runner.sweep(opened);
    const job = await runner.queue.getJob(jobId);
    expect(job?.data).toEqual({
      organizationId: org.id,
      ruleKind: 'HIGH_RISK_UNASSIGNED',
      step: 'ON_CALL',
      subjectId: made.id,
    });
    expect(job!.opts.delay).toBe(minutes(15));
    // A second sweep adds nothing: the id is the same.
    await runner.sweep(opened);
    expect(await runner.queue.getDelayedCount()).toBeGreaterThanOrEqual(1);

    // FLUSHALL, for this run's keys only: the machine's Redis is shared with other runs.
    await deleteKeys(t.config.REDIS_URL, t.config.REDIS_PREFIX);
    expect(await runner.queue.getJob(jobId)).toBeUndefined();
    await runner.sweep(new Date(opened.getTime() + minutes(1)));
    expect(await runner.queue.getJob(jobId)).toBeDefined();

    // The delayed job and two sweeps, late enough to fire it themselves, all at once.
    const late = new Date(due.getTime() + minutes(5));
    const key = {
      ruleKind: 'HIGH_RISK_UNASSIGNED' as const,
      step: 'ON_CALL' as const,
      subjectId: made.id,
    };
    const results = await Promise.all([
      runner.fire(org.id, key, late),
      runner.sweep(late),
      runner.fire(org.id, key, late),
      runner.sweep(late),
    ]);
    // The sweeps also fire other organisations' overdue rules in this run's database, so
    // count this case's firings in the database rather than the sweeps' totals.
    expect(results.filter((result) => result === 'fired').length).toBeLessThanOrEqual(1);
    const rows = await firings(org, made.id);
    expect(rows).toHaveLength(1);
    const emails = await inTenant(t, org.id, (tx) =>
      tx.outboxMessage.findMany({
        where: { organizationId: org.id, sourceKind: 'escalation_firing' },
      }),
    );
    expect(emails.map((email) => email.sourceId)).toEqual(emails.map(() => rows[0]!.id));
    expect(await runner.fire(org.id, key, late)).toBe('already-fired');
  });
});

describe('an unanswered takedown request', () => {
  async function sentRequest(
    org: TestOrg,
    token: string,
    sentAt: Date,
    platform: Record<string, unknown>,
  ) {
    const made = await makeCase(t, token);
    await setCaseTimes(org, made.id, at('2026-11-01T09:00:00Z'));
    // A request sent at a past instant, which the API only records at the moment it sends.
    return asOwner(t, org.id, async (tx) => {
      const row = await tx.platform.create({
        data: {
          organizationId: org.id,
          name: `Platform ${randomUUID().slice(0, 8)}`,
          kind: 'SOCIAL_NETWORK',
          reportChannel: 'EMAIL',
          reportAddress: 'abuse@platform.example',
          ...platform,
        },
      });
      const request = await tx.takedownRequest.create({
        data: {
          organizationId: org.id,
          caseId: made.id,
          platformId: row.id,
          noticeType: 'PLATFORM_TOS',
          locale: 'en',
          status: 'SENT',
          channel: 'EMAIL',
          recipientAddress: 'abuse@platform.example',
          subject: 'Report of abusive content',
          body: 'The notice.',
          submittedAt: sentAt,
          approvedAt: sentAt,
          sentAt,
          messageId: '<notice-1@cairn.example>',
          urls: {
            create: [{ organizationId: org.id, position: 0, url: 'https://platform.example/p/1' }],
          },
        },
      });
      return { caseId: made.id, requestId: request.id };
    });
  }

  it('is followed up after N business days, then escalated M business days later and supervisors told', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await makeMember(t, org, 'SUPERVISOR', `boss-${randomUUID()}@supervisors.example`);
    await createRule(token, {
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 2,
      escalateAfterBusinessDays: 1,
      escalateTo: 'REGULATOR',
      regulatorEmail: 'complaints@regulator.example',
    });
    // Thursday 3 December, 15:00 in Paris. Two business days: Monday 7 December, 15:00.
    const { requestId, caseId } = await sentRequest(org, token, at('2026-12-03T14:00:00Z'), {});
    const followUp = {
      ruleKind: 'TAKEDOWN_UNANSWERED' as const,
      step: 'FOLLOW_UP' as const,
      subjectId: requestId,
    };
    const escalation = { ...followUp, step: 'ESCALATION' as const };

    expect(await runner.fire(org.id, followUp, at('2026-12-07T13:59:00Z'))).toBe('not-due');
    expect(await runner.fire(org.id, escalation, at('2026-12-20T00:00:00Z'))).toBe('not-due');
    expect(await runner.fire(org.id, followUp, at('2026-12-07T14:00:00Z'))).toBe('fired');
    const [first] = await firings(org, requestId);
    const [followUpEmail] = await outbox(org, first!.id);
    expect(followUpEmail!.recipientDomains).toEqual(['platform.example']);
    expect(followUpEmail!.headers).toMatchObject({ 'In-Reply-To': '<notice-1@cairn.example>' });
    // Written from the organisation's follow-up template, with the notice's URL.
    const shown = await t.http().get(`/mail/outbox/${followUpEmail!.id}`).set(bearer(token));
    expect(shown.body.subject).toBe('Follow-up: our report of 2026-12-03 (reference )');
    expect(shown.body.text).toContain('https://platform.example/p/1');

    // One more business day after the follow-up: Tuesday 8 December, 15:00 in Paris. The
    // organisation now speaks French: its supervisors are told what happened in French.
    await asOwner(t, org.id, (tx) =>
      tx.organization.update({ where: { id: org.id }, data: { defaultLocale: 'fr' } }),
    );
    expect(await runner.fire(org.id, escalation, at('2026-12-08T13:59:00Z'))).toBe('not-due');
    expect(await runner.fire(org.id, escalation, at('2026-12-08T14:00:00Z'))).toBe('fired');
    const second = (await firings(org, requestId)).find((row) => row.step === 'ESCALATION')!;
    const domains = (await outbox(org, second.id)).map((email) => email.recipientDomains[0]).sort();
    expect(domains).toEqual(['regulator.example', 'supervisors.example']);
    expect(second.outcome).toBe('Escalated to the regulator at complaints@regulator.example.');
    expect(second).toMatchObject({
      outcomeCode: 'escalated-to-regulator',
      outcomeParams: { address: 'complaints@regulator.example' },
    });
    const told = await Promise.all(
      (await outbox(org, second.id)).map(
        async (email) => (await t.http().get(`/mail/outbox/${email.id}`).set(bearer(token))).body,
      ),
    );
    const regulator = told.find((email) => email.to[0] === 'complaints@regulator.example')!;
    // The regulator hears of the silence, not of the content.
    expect(regulator.text).not.toContain('https://platform.example/p/1');
    const boss = told.find((email) => email.to[0] !== 'complaints@regulator.example')!;
    expect(boss.text).toContain(`/cases/${caseId}`);
    expect(boss.text).toContain(
      'Demande remontée à l’autorité de régulation à complaints@regulator.example.',
    );
    expect(boss.text).not.toContain('Escalated to');
  });

  it('counts from when the rule was turned on for a request sent before', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await createRule(token, {
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 1,
      escalateAfterBusinessDays: null,
      escalateTo: 'PLATFORM_CONTACT',
      regulatorEmail: null,
    });
    // Turned on Tuesday 1 December, 10:00 in Paris; the request went out a month before.
    await ruleOnSince(org, at('2026-12-01T09:00:00Z'));
    const { requestId } = await sentRequest(org, token, at('2026-11-02T09:00:00Z'), {});
    const key = {
      ruleKind: 'TAKEDOWN_UNANSWERED' as const,
      step: 'FOLLOW_UP' as const,
      subjectId: requestId,
    };
    expect(await runner.fire(org.id, key, at('2026-12-02T08:59:00Z'))).toBe('not-due');
    expect(await runner.fire(org.id, key, at('2026-12-02T09:00:00Z'))).toBe('fired');
  });

  it('stops once the platform has acknowledged it', async () => {
    const org = await makeOrg(t);
    const token = await adminOf(org);
    await createRule(token, {
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 1,
      escalateAfterBusinessDays: null,
      escalateTo: 'PLATFORM_CONTACT',
      regulatorEmail: null,
    });
    const { requestId } = await sentRequest(org, token, at('2026-12-01T09:00:00Z'), {});
    await asOwner(t, org.id, (tx) =>
      tx.takedownRequest.update({
        where: { id: requestId },
        data: { status: 'ACKNOWLEDGED', acknowledgedAt: at('2026-12-01T12:00:00Z') },
      }),
    );
    const key = {
      ruleKind: 'TAKEDOWN_UNANSWERED' as const,
      step: 'FOLLOW_UP' as const,
      subjectId: requestId,
    };
    expect(await runner.fire(org.id, key, at('2026-12-20T00:00:00Z'))).toBe('not-due');
  });
});

describe('tenancy', () => {
  it("answers 404 for another organisation's rule and staff member", async () => {
    const mine = await makeOrg(t);
    const theirs = await makeOrg(t);
    const theirRule = await createRule(await adminOf(theirs), {
      kind: 'HIGH_RISK_UNASSIGNED',
      enabled: true,
      afterMinutes: 10,
    });
    const token = await adminOf(mine);
    expect((await t.http().get(`/escalations/rules/${theirRule}`).set(bearer(token))).status).toBe(
      404,
    );
    expect(
      (
        await t
          .http()
          .put(`/escalations/rules/${theirRule}`)
          .set(bearer(token))
          .send({ kind: 'HIGH_RISK_UNASSIGNED', enabled: false, afterMinutes: 10 })
      ).status,
    ).toBe(404);
    expect(
      (await t.http().delete(`/escalations/rules/${theirRule}`).set(bearer(token))).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .put(`/escalations/on-call/${theirs.admin.membershipId}`)
          .set(bearer(token))
          .send({ onCall: true })
      ).status,
    ).toBe(404);
  });
});
