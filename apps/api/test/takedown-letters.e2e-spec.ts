import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import { escalationRunner, type EscalationRunner } from '../src/escalations/escalation-runner';
import type { PrismaClient } from '../src/generated/prisma/client';
import { OutboxSender } from '../src/mail/outbox/outbox-sender';
import { DomainRateLimit } from '../src/mail/sending/domain-rate-limit';
import { createMailTransport, type MailTransport } from '../src/mail/sending/smtp-transport';
import { startReplyListener, type ReplyListener } from '../src/takedowns/inbound/reply-listener';
import { OrganizationKeysService } from '../src/tenancy/organization-keys.service';
import { giveConsent, linkPost, makeCase } from './support/case-factory';
import {
  asOwner,
  bearer,
  inTenant,
  login,
  makeMember,
  makeOrg,
  type TestOrg,
} from './support/factories';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every email sent about a takedown request carries a reply address that files the answer on
 * the request and its case: the notice, the follow-up and escalation the rules send (on a
 * clock the test moves), and the letters to the other party and the police. Mail leaves
 * through a real SMTP conversation on loopback, and answers come back through the listener's.
 */

let t: TestApp;
let dir: string;
let org: TestOrg;
let admin: string;
let caseworker: string;
let supervisor: string;
let appPrisma: PrismaClient;
let listener: ReplyListener;
let runner: EscalationRunner;
let sink: SmtpSink;
let transport: MailTransport;
let redis: Redis;

const REPLY_ADDRESS = /^reply\+[a-z2-7]{32}@replies\.helpline\.test$/;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-letters-'));
  t = await startTestApp({ EVIDENCE_DIR: dir, INBOUND_MAIL_DOMAIN: 'replies.helpline.test' });
  org = await makeOrg(t, 'Letters');
  admin = await login(t, org.admin);
  caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
  supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
  appPrisma = createPrismaClient(t.config.appDatabaseUrl);
  listener = await startReplyListener(
    { config: t.config, prisma: appPrisma, logger: createLogger('silent') },
    { host: '127.0.0.1', port: 0 },
  );
  runner = escalationRunner({ config: t.config, prisma: appPrisma });
  sink = await startSmtpSink();
  transport = createMailTransport(sink.url);
  redis = new Redis(t.config.REDIS_URL, { keyPrefix: t.config.REDIS_PREFIX });
});
afterAll(async () => {
  transport.close();
  await sink.close();
  redis.disconnect();
  await runner.close();
  await listener.close();
  await appPrisma.$disconnect();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** What the mail worker does with one outbox row: sends it through the loopback sink. */
async function deliver(outboxId: string): Promise<ParsedMail> {
  const sender = new OutboxSender({
    config: { MAIL_MAX_ATTEMPTS: 3 },
    prisma: appPrisma,
    keys: new OrganizationKeysService(t.config),
    transport,
    rateLimit: new DomainRateLimit(redis, 10_000),
    logger: createLogger('silent'),
  });
  expect(await sender.send(org.id, outboxId)).toBe('sent');
  const row = await t.owner.outboxMessage.findUniqueOrThrow({ where: { id: outboxId } });
  expect(sink.count(row.messageId)).toBe(1);
  return simpleParser(sink.received.find((mail) => mail.messageId === row.messageId)!.raw);
}

function reply(to: string, raw: string) {
  const client = nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
  return client.sendMail({ envelope: { from: 'someone@answers.example', to: [to] }, raw });
}

const answer = (to: string, subject: string, id: string) =>
  `From: Someone <someone@answers.example>\r\nTo: ${to}\r\nSubject: Re: ${subject}\r\n` +
  `Message-ID: <${id}@answers.example>\r\n\r\nWe have read your message.\r\n`;

const action = (token: string, caseId: string, id: string, verb: string) =>
  t.http().post(`/cases/${caseId}/takedowns/${id}/${verb}`).set(bearer(token));

const consent = (caseId: string, scope: string) => giveConsent(t, caseworker, caseId, scope);
const link = (caseId: string, url: string) => linkPost(t, caseworker, caseId, url, 'The message');

const letter = (caseId: string, body: Record<string, unknown>) =>
  t.http().post(`/cases/${caseId}/letters`).set(bearer(caseworker)).send(body);

async function outboxOf(sourceId: string) {
  return t.owner.outboxMessage.findMany({ where: { sourceId }, orderBy: { createdAt: 'asc' } });
}

async function repliesOf(caseId: string, requestId: string) {
  const view = await t.http().get(`/cases/${caseId}/takedowns`).set(bearer(caseworker));
  return (
    view.body.items as {
      id: string;
      status: string;
      replyUnseen: boolean;
      replies: { evidenceId: string; subject: string }[];
    }[]
  ).find((item) => item.id === requestId)!;
}

describe('follow-ups and escalations', () => {
  it('fired by the clock carry reply addresses of their own, and answers to them land on the request and its case', async () => {
    await t.http().post('/escalations/rules').set(bearer(admin)).send({
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 2,
      escalateAfterBusinessDays: 1,
      escalateTo: 'REGULATOR',
      regulatorEmail: 'complaints@regulator.example',
    });
    const platform = await t
      .http()
      .post('/platforms')
      .set(bearer(admin))
      .send({
        name: 'Chatty',
        kind: 'SOCIAL_NETWORK',
        reportChannel: 'EMAIL',
        reportAddress: 'abuse@chatty.example',
        noticeTypes: ['TOS_REPORT'],
      });
    expect(platform.status).toBe(201);
    const other = await makeCase(t, caseworker);
    const { id: caseId } = await makeCase(t, caseworker);
    await consent(caseId, 'SHARE_WITH_PLATFORMS');
    const draft = await t
      .http()
      .post(`/cases/${caseId}/takedowns`)
      .set(bearer(caseworker))
      .send({
        platformId: platform.body.id,
        noticeType: 'TOS_REPORT',
        urls: ['https://chatty.example/p/1'],
        elements: { explanation: 'Threats against the person we support.' },
      });
    const requestId = draft.body.id as string;
    expect((await action(caseworker, caseId, requestId, 'submit')).status).toBe(200);
    expect((await action(supervisor, caseId, requestId, 'approve')).status).toBe(200);
    const [noticeRow] = await outboxOf(requestId);
    const notice = await deliver(noticeRow!.id);
    const noticeReplyTo = notice.replyTo!.value[0]!.address!;

    // Sent Thursday 3 December, 15:00 in Paris, to a rule turned on before: the owner moves
    // both back in time, which no tenant can.
    await asOwner(t, org.id, async (tx) => {
      await tx.takedownRequest.update({
        where: { id: requestId },
        data: { sentAt: new Date('2026-12-03T14:00:00Z') },
      });
      await tx.escalationRule.updateMany({
        where: { organizationId: org.id },
        data: { enabledSince: new Date('2026-12-01T00:00:00Z') },
      });
    });
    const key = { ruleKind: 'TAKEDOWN_UNANSWERED' as const, subjectId: requestId };
    expect(
      await runner.fire(org.id, { ...key, step: 'FOLLOW_UP' }, new Date('2026-12-07T13:59:00Z')),
    ).toBe('not-due');
    expect(
      await runner.fire(org.id, { ...key, step: 'FOLLOW_UP' }, new Date('2026-12-07T14:00:00Z')),
    ).toBe('fired');
    expect(
      await runner.fire(org.id, { ...key, step: 'ESCALATION' }, new Date('2026-12-08T14:00:00Z')),
    ).toBe('fired');
    const firings = await inTenant(t, org.id, (tx) =>
      tx.escalationFiring.findMany({
        where: { subjectId: requestId },
        orderBy: { firedAt: 'asc' },
      }),
    );
    const [followUpRow] = await outboxOf(firings[0]!.id);
    const followUp = await deliver(followUpRow!.id);
    expect(followUp.to).toMatchObject({ value: [{ address: 'abuse@chatty.example' }] });
    expect(followUp.inReplyTo).toBe(notice.messageId);
    const followUpReplyTo = followUp.replyTo!.value[0]!.address!;
    expect(followUpReplyTo).toMatch(REPLY_ADDRESS);
    expect(followUpReplyTo).not.toBe(noticeReplyTo);

    const escalated = await Promise.all(
      (await outboxOf(firings[1]!.id)).map((row) => deliver(row.id)),
    );
    const regulator = escalated.find(
      (mail) =>
        mail.to &&
        'value' in mail.to &&
        mail.to.value[0]!.address === 'complaints@regulator.example',
    )!;
    const regulatorReplyTo = regulator.replyTo!.value[0]!.address!;
    expect(regulatorReplyTo).toMatch(REPLY_ADDRESS);
    expect(new Set([noticeReplyTo, followUpReplyTo, regulatorReplyTo]).size).toBe(3);
    // The supervisors' own notice is for staff: answers to it are not filed on the request.
    const staffNotice = escalated.find((mail) => mail !== regulator)!;
    expect(staffNotice.replyTo).toBeUndefined();

    // The platform answers the follow-up, the regulator its escalation.
    const platformAnswer = answer(followUpReplyTo, followUp.subject!, 'follow-up-answer');
    expect((await reply(followUpReplyTo, platformAnswer)).accepted).toEqual([followUpReplyTo]);
    await reply(regulatorReplyTo, answer(regulatorReplyTo, regulator.subject!, 'regulator-answer'));

    const request = await repliesOf(caseId, requestId);
    expect(request.status).toBe('ACKNOWLEDGED');
    expect(request.replyUnseen).toBe(true);
    expect(request.replies.map((item) => item.subject)).toEqual([
      `Re: ${followUp.subject}`,
      `Re: ${regulator.subject}`,
    ]);
    const evidence = await t
      .http()
      .get(`/evidence/${request.replies[0]!.evidenceId}`)
      .set(bearer(caseworker));
    expect(evidence.body.caseId).toBe(caseId);
    expect(evidence.body.sha256).toBe(createHash('sha256').update(platformAnswer).digest('hex'));
    expect(await t.owner.evidenceItem.count({ where: { caseId: other.id } })).toBe(0);

    await expect(
      reply(
        'reply+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@replies.helpline.test',
        'Subject: hi\r\n\r\nhello\r\n',
      ),
    ).rejects.toMatchObject({ responseCode: 550, command: 'RCPT TO' });
  });
});

describe('the warning to the other party', () => {
  it('shows the exact email, goes once with a second person’s approval, and answers come back to the case', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const created = await letter(caseId, {
      noticeType: 'WARNING',
      recipientAddress: 'them@other-party.example',
      elements: { explanation: 'Your messages to our client must stop now.' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      recipientKind: 'OTHER_PARTY',
      platform: null,
      noticeType: 'WARNING',
      status: 'DRAFT',
      recipientAddress: 'them@other-party.example',
    });
    const id = created.body.id as string;
    const preview = await action(caseworker, caseId, id, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body.to).toBe('them@other-party.example');
    expect(preview.body.replyTo).toMatch(/@replies\.helpline\.test$/);
    expect(preview.body.body).toContain('This is the only warning you will receive.');
    expect(preview.body.body).toContain('Your messages to our client must stop now.');
    // Nothing of the survivor unless the caseworker wrote it.
    expect(preview.body.body).not.toContain('Camille');
    expect(preview.body.body).not.toContain('+33');

    expect((await action(caseworker, caseId, id, 'submit')).status).toBe(200);
    expect((await action(caseworker, caseId, id, 'approve')).status).toBe(403);
    const sent = await action(supervisor, caseId, id, 'approve');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('SENT');
    expect(sent.body.body).toBe(preview.body.body);
    expect((await action(supervisor, caseId, id, 'approve')).status).toBe(409);

    const rows = await outboxOf(id);
    expect(rows).toHaveLength(1);
    const mail = await deliver(rows[0]!.id);
    expect(mail.to).toMatchObject({ value: [{ address: 'them@other-party.example' }] });
    expect(mail.subject).toBe(preview.body.subject);
    expect(mail.text?.trim()).toBe(preview.body.body.trim());
    const replyTo = mail.replyTo!.value[0]!.address!;
    expect(replyTo).toMatch(REPLY_ADDRESS);

    const contacts = await t.http().get(`/cases/${caseId}/contacts`).set(bearer(caseworker));
    expect(contacts.body.items).toEqual([
      expect.objectContaining({ kind: 'WARNING', method: 'EMAIL', warningText: sent.body.body }),
    ]);
    expect((await t.http().get(`/cases/${caseId}`).set(bearer(caseworker))).body.warningSent).toBe(
      true,
    );

    await reply(replyTo, answer(replyTo, mail.subject!, 'other-party-answer'));
    const answered = await repliesOf(caseId, id);
    expect(answered.status).toBe('ACKNOWLEDGED');
    expect(answered.replies).toHaveLength(1);
  });

  it('is one per case: a second is refused with the rule named, drafted or sent', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const body = {
      noticeType: 'WARNING',
      recipientAddress: 'them@other-party.example',
      elements: { explanation: 'Stop.' },
    };
    const first = (await letter(caseId, body)).body.id as string;
    const second = (await letter(caseId, body)).body.id as string;
    for (const id of [first, second])
      expect((await action(caseworker, caseId, id, 'submit')).status).toBe(200);
    expect((await action(supervisor, caseId, first, 'approve')).status).toBe(200);

    const late = await action(supervisor, caseId, second, 'approve');
    expect(late.status).toBe(409);
    expect(late.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(late.body.rule).toBe('one-warning');
    expect(late.body.detail).toMatch(/one-warning rule/);
    expect(await t.owner.outboxMessage.count({ where: { sourceId: second } })).toBe(0);

    const third = await letter(caseId, body);
    expect(third.status).toBe(409);
    expect(third.body.rule).toBe('one-warning');
    const byHand = await t.http().post(`/cases/${caseId}/contacts`).set(bearer(caseworker)).send({
      kind: 'WARNING',
      method: 'EMAIL',
      contactedAt: '2026-11-30T09:00:00Z',
      warningText: 'Stop.',
    });
    expect(byHand.status).toBe(409);
    expect(byHand.body.rule).toBe('one-warning');
    expect(await t.owner.caseContact.count({ where: { caseId, kind: 'WARNING' } })).toBe(1);
  });
});

describe('the police cover letter', () => {
  it('needs the survivor’s consent to share with the police, cites only the evidence chosen and goes once', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const cited = await link(caseId, 'https://chatty.example/m/cited');
    await link(caseId, 'https://chatty.example/m/not-cited');
    const body = {
      noticeType: 'POLICE_COVER',
      recipientAddress: 'plainte@police.example',
      recipientName: 'Commissariat du 11e',
      locale: 'fr',
      evidenceIds: [cited.id],
      elements: { explanation: 'Menaces répétées depuis octobre.' },
    };
    const refused = await letter(caseId, body);
    expect(refused.status).toBe(409);
    expect(refused.body.consent).toBe('SHARE_WITH_POLICE');
    expect(refused.body.detail).toContain('SHARE_WITH_POLICE');
    expect(await t.owner.takedownRequest.count({ where: { caseId } })).toBe(0);

    await consent(caseId, 'SHARE_WITH_POLICE');
    const created = await letter(caseId, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      recipientKind: 'POLICE',
      recipientName: 'Commissariat du 11e',
    });
    const id = created.body.id as string;
    const preview = await action(caseworker, caseId, id, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body.to).toBe('plainte@police.example');
    expect(preview.body.subject).toBe(
      'Signalement de violences en ligne : lettre d’accompagnement',
    );
    expect(preview.body.body).toContain('https://chatty.example/m/cited');
    expect(preview.body.body).not.toContain('not-cited');
    expect(preview.body.body).not.toContain('Camille');

    expect((await action(caseworker, caseId, id, 'submit')).status).toBe(200);
    expect((await action(supervisor, caseId, id, 'approve')).status).toBe(200);
    const rows = await outboxOf(id);
    expect(rows).toHaveLength(1);
    const mail = await deliver(rows[0]!.id);
    expect(mail.text?.trim()).toBe(preview.body.body.trim());
    expect(mail.replyTo!.value[0]!.address).toMatch(REPLY_ADDRESS);

    const contacts = await t.http().get(`/cases/${caseId}/contacts`).set(bearer(caseworker));
    expect(contacts.body.items).toEqual([
      expect.objectContaining({
        kind: 'REPORT',
        recipientKind: 'POLICE',
        recipientName: 'Commissariat du 11e',
        method: 'EMAIL',
      }),
    ]);
    // Letters are not chased by the takedown rules.
    expect(
      await runner.fire(
        org.id,
        { ruleKind: 'TAKEDOWN_UNANSWERED', step: 'FOLLOW_UP', subjectId: id },
        new Date('2027-06-01T00:00:00Z'),
      ),
    ).toBe('not-due');
  });

  it('is refused at sending when the consent was withdrawn in between', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    await consent(caseId, 'SHARE_WITH_POLICE');
    const created = await letter(caseId, {
      noticeType: 'POLICE_COVER',
      recipientAddress: 'plainte@police.example',
      elements: { explanation: 'Threats.' },
    });
    const id = created.body.id as string;
    expect((await action(caseworker, caseId, id, 'submit')).status).toBe(200);
    await inTenant(t, org.id, (tx) =>
      tx.caseConsent.updateMany({ where: { caseId }, data: { withdrawnAt: new Date() } }),
    );
    const refused = await action(supervisor, caseId, id, 'approve');
    expect(refused.status).toBe(409);
    expect(refused.body.consent).toBe('SHARE_WITH_POLICE');
    expect(await t.owner.outboxMessage.count({ where: { sourceId: id } })).toBe(0);
  });

  it('as a draft changes its recipient and words but not its kind, and is answered or not', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    await consent(caseId, 'SHARE_WITH_POLICE');
    const id = (
      await letter(caseId, {
        noticeType: 'POLICE_COVER',
        recipientAddress: 'wrong@police.example',
        elements: { explanation: 'Threats.' },
      })
    ).body.id as string;
    const patch = (body: Record<string, unknown>) =>
      t.http().patch(`/cases/${caseId}/takedowns/${id}`).set(bearer(caseworker)).send(body);
    const changed = await patch({
      recipientAddress: 'plainte@police.example',
      recipientName: 'Brigade numérique',
      elements: { explanation: 'Threats since October.' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      recipientAddress: 'plainte@police.example',
      recipientName: 'Brigade numérique',
      noticeType: 'POLICE_COVER',
    });
    const kind = await patch({ noticeType: 'TOS_REPORT' });
    expect(kind.status).toBe(400);
    expect(kind.body.errors[0].field).toBe('noticeType');

    expect((await action(caseworker, caseId, id, 'submit')).status).toBe(200);
    expect((await action(supervisor, caseId, id, 'approve')).status).toBe(200);
    const outcome = (body: Record<string, unknown>) =>
      t.http().patch(`/cases/${caseId}/takedowns/${id}/outcome`).set(bearer(caseworker)).send(body);
    const removed = await outcome({ status: 'REMOVED' });
    expect(removed.status).toBe(400);
    expect(removed.body.errors[0].field).toBe('status');
    const answered = await outcome({ status: 'ACKNOWLEDGED', platformReference: 'PV-2026-118' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'ACKNOWLEDGED',
      platformReference: 'PV-2026-118',
    });
  });

  it('answers 404 to another organisation', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const stranger = await login(t, (await makeOrg(t, 'Elsewhere')).admin);
    const response = await t
      .http()
      .post(`/cases/${caseId}/letters`)
      .set(bearer(stranger))
      .send({
        noticeType: 'WARNING',
        recipientAddress: 'them@other-party.example',
        elements: { explanation: 'Stop.' },
      });
    expect(response.status).toBe(404);
  });
});
