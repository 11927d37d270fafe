import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import type { PrismaClient } from '../src/generated/prisma/client';
import { OutboxSender } from '../src/mail/outbox/outbox-sender';
import { DomainRateLimit } from '../src/mail/sending/domain-rate-limit';
import { createMailTransport, type MailTransport } from '../src/mail/sending/smtp-transport';
import { startReplyListener, type ReplyListener } from '../src/takedowns/inbound/reply-listener';
import { OrganizationKeysService } from '../src/tenancy/organization-keys.service';
import { chainedAuditEvents } from './support/audit';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { giveConsent, linkPost, makeCase } from './support/case-factory';
import { bearer, inTenant, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let dir: string;
let org: TestOrg;
let admin: string;
let caseworker: string;
let supervisor: string;
let otherAdmin: string;
let listener: ReplyListener;
let listenerPrisma: PrismaClient;
let sink: SmtpSink;
let transport: MailTransport;
let redis: Redis;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-takedowns-'));
  t = await startTestApp({ EVIDENCE_DIR: dir, INBOUND_MAIL_DOMAIN: 'replies.helpline.test' });
  org = await makeOrg(t, 'Takedowns');
  admin = await login(t, org.admin);
  caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
  supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
  otherAdmin = await login(t, (await makeOrg(t, 'Elsewhere')).admin);
  listenerPrisma = createPrismaClient(t.config.appDatabaseUrl);
  listener = await startReplyListener(
    { config: t.config, prisma: listenerPrisma, logger: createLogger('silent') },
    { host: '127.0.0.1', port: 0 },
  );
  sink = await startSmtpSink();
  transport = createMailTransport(sink.url);
  redis = new Redis(t.config.REDIS_URL, { keyPrefix: t.config.REDIS_PREFIX });
});
afterAll(async () => {
  transport.close();
  await sink.close();
  redis.disconnect();
  await listener.close();
  await listenerPrisma.$disconnect();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function emailPlatform(name = `Example Social ${Math.random()}`) {
  const response = await t
    .http()
    .post('/platforms')
    .set(bearer(admin))
    .send({
      name,
      kind: 'SOCIAL_NETWORK',
      reportChannel: 'EMAIL',
      reportAddress: 'abuse@social.example',
      noticeTypes: ['TOS_REPORT', 'NCII_REMOVAL', 'COPYRIGHT_DMCA', 'DSA_NOTICE'],
      country: 'ie',
      sources: { reportAddress: 'https://social.example/legal/contact' },
    });
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string; country: string };
}

const consent = (caseId: string) => giveConsent(t, caseworker, caseId, 'SHARE_WITH_PLATFORMS');
const link = (caseId: string, url: string) => linkPost(t, caseworker, caseId, url, 'The post');

async function draft(caseId: string, body: Record<string, unknown>) {
  const response = await t
    .http()
    .post(`/cases/${caseId}/takedowns`)
    .set(bearer(caseworker))
    .send(body);
  expect(response.status).toBe(201);
  return response.body as { id: string; status: string; urls: { id: string }[] };
}

const action = (token: string, caseId: string, id: string, verb: string) =>
  t.http().post(`/cases/${caseId}/takedowns/${id}/${verb}`).set(bearer(token));

/** What the mail worker does with one outbox row: sends it through the sink. */
function deliver(outboxId: string) {
  const sender = new OutboxSender({
    config: { MAIL_MAX_ATTEMPTS: 3 },
    prisma: listenerPrisma,
    keys: new OrganizationKeysService(t.config),
    transport,
    rateLimit: new DomainRateLimit(redis, 10_000),
    logger: createLogger('silent'),
  });
  return sender.send(org.id, outboxId);
}

function sendReply(to: string, raw: string) {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
  return transport.sendMail({ envelope: { from: 'legal@social.example', to: [to] }, raw });
}

/** A drafted, submitted and approved TOS report on a fresh case, with consent. */
async function sentRequest() {
  const platform = await emailPlatform();
  const { id: caseId } = await makeCase(t, caseworker);
  await consent(caseId);
  const request = await draft(caseId, {
    platformId: platform.id,
    noticeType: 'TOS_REPORT',
    urls: ['https://social.example/p/1'],
    elements: { explanation: 'Threats against the person we support.' },
  });
  expect((await action(caseworker, caseId, request.id, 'submit')).status).toBe(200);
  const approved = await action(supervisor, caseId, request.id, 'approve');
  expect(approved.status).toBe(200);
  const row = await t.owner.takedownRequest.findUniqueOrThrow({ where: { id: request.id } });
  return { caseId, requestId: request.id, outboxId: row.outboxMessageId!, platform };
}

describe('the platform directory', () => {
  it('is seeded with web forms and their sources, and admins add platforms with their facts', async () => {
    const list = await t.http().get('/platforms').set(bearer(caseworker));
    expect(list.status).toBe(200);
    const seeded = list.body.items as {
      reportChannel: string;
      reportAddress: string;
      sources: Record<string, string>;
    }[];
    expect(seeded.length).toBeGreaterThan(0);
    for (const platform of seeded) {
      expect(platform.reportChannel).toBe('WEB_FORM');
      expect(platform.sources.reportAddress).toBe(platform.reportAddress);
    }
    const added = await emailPlatform('Example Social');
    expect(added.country).toBe('IE');
    const refused = await t.http().post('/platforms').set(bearer(caseworker)).send({
      name: 'Nope',
      kind: 'HOST',
      reportChannel: 'EMAIL',
      reportAddress: 'abuse@host.example',
      noticeTypes: [],
    });
    expect(refused.status).toBe(403);
  });

  it('refuses a new address that does not suit the platform’s channel', async () => {
    const platform = await emailPlatform();
    const response = await t
      .http()
      .patch(`/platforms/${platform.id}`)
      .set(bearer(admin))
      .send({ reportAddress: 'https://social.example/form' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('reportAddress');
  });

  it('refuses an email channel whose address is not an email address, naming the field', async () => {
    const response = await t.http().post('/platforms').set(bearer(admin)).send({
      name: 'Bad',
      kind: 'HOST',
      reportChannel: 'EMAIL',
      reportAddress: 'https://host.example/form',
      noticeTypes: [],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(
      'reportAddress',
    );
  });
});

describe('templates', () => {
  it('refuses a DMCA template that leaves out the signature, naming the element', async () => {
    const list = await t.http().get('/takedown-templates').set(bearer(admin));
    const dmca = (
      list.body.items as { id: string; noticeType: string; locale: string; body: string }[]
    ).find((item) => item.noticeType === 'COPYRIGHT_DMCA' && item.locale === 'en')!;
    const response = await t
      .http()
      .put(`/takedown-templates/${dmca.id}`)
      .set(bearer(admin))
      .send({ subject: 'DMCA', body: dmca.body.replace('{{signature}}', '') });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const missing = (response.body.errors as { params?: { element?: string } }[]).map(
      (error) => error.params?.element,
    );
    expect(missing).toEqual(['signature']);
    expect(response.body.detail).toMatch(/signature/);
  });

  it('refuses unknown values and unescaped output, and previews with example values', async () => {
    const list = await t.http().get('/takedown-templates').set(bearer(admin));
    const tos = (list.body.items as { id: string; noticeType: string; locale: string }[]).find(
      (item) => item.noticeType === 'TOS_REPORT' && item.locale === 'fr',
    )!;
    const bad = await t
      .http()
      .post(`/takedown-templates/${tos.id}/preview`)
      .set(bearer(admin))
      .send({
        subject: 'x',
        body: '{{survivorPhone}} {{{explanation}}} {{#urls}}{{url}}{{/urls}}',
      });
    expect(bad.status).toBe(400);
    const messages = (bad.body.errors as { message: string }[]).map((error) => error.message);
    expect(messages.some((message) => message.includes('survivorPhone'))).toBe(true);
    expect(messages.some((message) => message.includes('two braces'))).toBe(true);
    const good = await t
      .http()
      .post(`/takedown-templates/${tos.id}/preview`)
      .set(bearer(admin))
      .send({
        subject: 'Signalement {{platformName}}',
        body: '{{explanation}}\n{{#urls}}- {{url}}\n{{/urls}}',
      });
    expect(good.status).toBe(200);
    expect(good.body.subject).toBe('Signalement Example Platform');
    expect(good.body.body).toContain('- https://example.org/post/1');
  });

  it('only admins manage templates', async () => {
    expect((await t.http().get('/takedown-templates').set(bearer(caseworker))).status).toBe(403);
  });
});

describe('a takedown request', () => {
  it('is refused when a DMCA notice lacks an element, naming it', async () => {
    const platform = await emailPlatform();
    const { id: caseId } = await makeCase(t, caseworker);
    const request = await draft(caseId, {
      platformId: platform.id,
      noticeType: 'COPYRIGHT_DMCA',
      urls: ['https://social.example/p/2'],
      elements: {
        copyrightedWork: 'A photograph the survivor took',
        complainantContact: 'Helpline, 1 Street, help@helpline.test',
        goodFaith: true,
        accuracyUnderPenalty: true,
      },
    });
    const response = await action(caseworker, caseId, request.id, 'submit');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        field: 'elements.signature',
        params: { element: 'signature', provision: '17 U.S.C. 512(c)(3)(A)(i)' },
      }),
    ]);
    const preview = await action(caseworker, caseId, request.id, 'preview');
    expect(preview.status).toBe(400);
    expect(preview.body.errors[0].field).toBe('elements.signature');
  });

  it('is refused when a DSA notice lacks the submitter’s email and the statement, naming both', async () => {
    const platform = await emailPlatform();
    const { id: caseId } = await makeCase(t, caseworker);
    const request = await draft(caseId, {
      platformId: platform.id,
      noticeType: 'DSA_NOTICE',
      urls: ['https://social.example/p/3'],
      elements: { explanation: 'Illegal under national law', submitterName: 'Alex' },
    });
    const response = await action(caseworker, caseId, request.id, 'submit');
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'elements.submitterEmail',
      'elements.goodFaith',
    ]);
  });

  it('shows the exact notice, discloses only what was chosen, and needs a second person and the consent to go', async () => {
    const platform = await emailPlatform();
    const { id: caseId } = await makeCase(t, caseworker);
    const cited = await link(caseId, 'https://social.example/p/cited');
    await link(caseId, 'https://social.example/p/not-cited');
    const request = await draft(caseId, {
      platformId: platform.id,
      noticeType: 'NCII_REMOVAL',
      urls: ['https://social.example/p/9', 'https://social.example/p/10'],
      evidenceIds: [cited.id],
      elements: { explanation: 'Shared without consent <b>&</b>' },
    });
    const preview = await action(caseworker, caseId, request.id, 'preview');
    expect(preview.status).toBe(200);
    expect(preview.body.to).toBe('abuse@social.example');
    expect(preview.body.replyTo).toMatch(/@replies\.helpline\.test$/);
    expect(preview.body.body).toContain('https://social.example/p/9');
    expect(preview.body.body).toContain('Shared without consent <b>&</b>');
    expect(preview.body.body).toContain('https://social.example/p/cited');
    expect(preview.body.body).not.toContain('not-cited');
    expect(preview.body.body).not.toContain('Camille');
    expect(preview.body.body).not.toContain('+33');

    expect((await action(caseworker, caseId, request.id, 'submit')).status).toBe(200);
    const own = await action(caseworker, caseId, request.id, 'approve');
    expect(own.status).toBe(403);

    const noConsent = await action(supervisor, caseId, request.id, 'approve');
    expect(noConsent.status).toBe(409);
    expect(noConsent.body.consent).toBe('SHARE_WITH_PLATFORMS');
    expect(noConsent.body.detail).toContain('SHARE_WITH_PLATFORMS');
    expect(await t.owner.outboxMessage.count({ where: { sourceId: request.id } })).toBe(0);

    await consent(caseId);
    const sent = await action(supervisor, caseId, request.id, 'approve');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('SENT');
    expect(sent.body.messageId).toMatch(/^<.+@.+>$/);
    expect(sent.body.body).toBe(preview.body.body);

    const again = await action(supervisor, caseId, request.id, 'approve');
    expect(again.status).toBe(409);
    const outbox = await t.owner.outboxMessage.findMany({ where: { sourceId: request.id } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.messageId).toBe(sent.body.messageId);
    expect(outbox[0]!.caseId).toBe(caseId);

    const contacts = await t.http().get(`/cases/${caseId}/contacts`).set(bearer(caseworker));
    expect(contacts.body.items).toEqual([
      expect.objectContaining({
        kind: 'REPORT',
        method: 'EMAIL',
        recipientKind: 'PLATFORM',
        recipientName: platform.name,
      }),
    ]);
    const events = await chainedAuditEvents(t, org.id, { action: 'takedown.sent' });
    expect(events.map((event) => (event.data as { takedownId: string }).takedownId)).toContain(
      request.id,
    );
  });

  it('approved by two people at once, is sent once', async () => {
    const platform = await emailPlatform();
    const { id: caseId } = await makeCase(t, caseworker);
    await consent(caseId);
    const request = await draft(caseId, {
      platformId: platform.id,
      noticeType: 'TOS_REPORT',
      urls: ['https://social.example/p/race'],
      elements: { explanation: 'Threats' },
    });
    await action(caseworker, caseId, request.id, 'submit');
    const answers = await Promise.all([
      action(supervisor, caseId, request.id, 'approve'),
      action(admin, caseId, request.id, 'approve'),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await t.owner.outboxMessage.count({ where: { sourceId: request.id } })).toBe(1);
    expect(await t.owner.caseContact.count({ where: { caseId } })).toBe(1);
  });

  it('cannot change once submitted, and the database refuses to rewrite an approved notice', async () => {
    const { caseId, requestId } = await sentRequest();
    const patch = await t
      .http()
      .patch(`/cases/${caseId}/takedowns/${requestId}`)
      .set(bearer(caseworker))
      .send({ urls: ['https://social.example/other'] });
    expect(patch.status).toBe(409);
    await expect(
      inTenant(t, org.id, (tx) =>
        tx.takedownRequest.update({ where: { id: requestId }, data: { body: 'changed' } }),
      ),
    ).rejects.toThrow(/approved takedown notice cannot be changed/);
  });

  it('records outcomes per URL and the platform’s reference, also in the contact log', async () => {
    const { caseId, requestId } = await sentRequest();
    const view = await t
      .http()
      .get(`/cases/${caseId}/takedowns/${requestId}`)
      .set(bearer(caseworker));
    const urlId = view.body.urls[0].id as string;
    const response = await t
      .http()
      .patch(`/cases/${caseId}/takedowns/${requestId}/outcome`)
      .set(bearer(caseworker))
      .send({
        status: 'REMOVED',
        platformReference: 'CASE-42',
        urls: [{ id: urlId, outcome: 'REMOVED' }],
      });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('REMOVED');
    expect(response.body.urls[0].outcome).toBe('REMOVED');
    expect(response.body.closedAt).not.toBeNull();
    const contacts = await t.http().get(`/cases/${caseId}/contacts`).set(bearer(caseworker));
    expect(contacts.body.items[0]).toMatchObject({
      referenceNumber: 'CASE-42',
      outcome: 'REMOVED',
    });
  });

  it('through a web form: approval gives the text to paste, and recording the submission sends it', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    await consent(caseId);
    const platforms = await t.http().get('/platforms').set(bearer(caseworker));
    const form = (
      platforms.body.items as { id: string; reportChannel: string; noticeTypes: string[] }[]
    ).find(
      (item) => item.reportChannel === 'WEB_FORM' && item.noticeTypes.includes('SEARCH_DELISTING'),
    )!;
    const request = await draft(caseId, {
      platformId: form.id,
      noticeType: 'SEARCH_DELISTING',
      urls: ['https://search.example/result'],
      elements: { explanation: 'Exposes the survivor’s address' },
    });
    await action(caseworker, caseId, request.id, 'submit');
    const approved = await action(supervisor, caseId, request.id, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'AWAITING_APPROVAL', channel: 'WEB_FORM' });
    expect(approved.body.approvedAt).not.toBeNull();
    expect(await t.owner.outboxMessage.count({ where: { sourceId: request.id } })).toBe(0);
    const submitted = await action(caseworker, caseId, request.id, 'form-submitted');
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SENT');
    const contacts = await t.http().get(`/cases/${caseId}/contacts`).set(bearer(caseworker));
    expect(contacts.body.items[0]).toMatchObject({ method: 'WEB_FORM' });
  });
});

describe('sending', () => {
  it('an approved request arrives once through the mail worker, with its Message-ID, Reply-To and the rendered notice', async () => {
    const { requestId, outboxId, platform } = await sentRequest();
    const row = await t.owner.takedownRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(await deliver(outboxId)).toBe('sent');
    expect(await deliver(outboxId)).toBe('skipped');
    expect(sink.count(row.messageId!)).toBe(1);
    const mail = sink.received.find((received) => received.messageId === row.messageId)!;
    expect(mail.rcptTo).toEqual(['abuse@social.example']);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.messageId).toBe(row.messageId);
    expect(parsed.replyTo?.value[0]?.address).toMatch(
      /^reply\+[a-z2-7]{32}@replies\.helpline\.test$/,
    );
    expect(parsed.subject).toBe(row.subject);
    expect(parsed.text?.trim()).toBe(row.body!.trim());
    expect(parsed.text).toContain(`Hello ${platform.name} team`);
    expect(parsed.text).toContain('https://social.example/p/1');
  });
});

describe('replies', () => {
  it('a reply to the token address lands on the right case as evidence, and acknowledges the request', async () => {
    const other = await sentRequest();
    const { caseId, requestId, outboxId } = await sentRequest();
    expect(await deliver(outboxId)).toBe('sent');
    const row = await t.owner.takedownRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(sink.count(row.messageId!)).toBe(1);
    const arrived = await simpleParser(
      sink.received.find((mail) => mail.messageId === row.messageId)!.raw,
    );
    const replyTo = arrived.replyTo!.value[0]!.address!;
    expect(replyTo).toMatch(/^reply\+[a-z2-7]{32}@replies\.helpline\.test$/);
    const raw =
      'From: Legal <legal@social.example>\r\nTo: ' +
      replyTo +
      `\r\nSubject: Re: ${arrived.subject}\r\nIn-Reply-To: ${row.messageId}\r\n` +
      'Message-ID: <answer-1@social.example>\r\n\r\nWe removed it. Ref 77.\r\n';
    const info = await sendReply(replyTo, raw);
    expect(info.accepted).toEqual([replyTo]);

    const view = await t.http().get(`/cases/${caseId}/takedowns`).set(bearer(caseworker));
    const request = (
      view.body.items as {
        id: string;
        status: string;
        replyUnseen: boolean;
        replies: { evidenceId: string; subject: string }[];
      }[]
    ).find((item) => item.id === requestId)!;
    expect(request.status).toBe('ACKNOWLEDGED');
    expect(request.replyUnseen).toBe(true);
    expect(request.replies).toHaveLength(1);
    expect(request.replies[0]!.subject).toBe(`Re: ${arrived.subject}`);
    const evidence = await t
      .http()
      .get(`/evidence/${request.replies[0]!.evidenceId}`)
      .set(bearer(caseworker));
    expect(evidence.status).toBe(200);
    expect(evidence.body.caseId).toBe(caseId);
    expect(evidence.body.sha256).toBe(createHash('sha256').update(raw).digest('hex'));

    // The same message delivered again is not kept twice; the other case has no reply.
    await sendReply(replyTo, raw);
    expect(await t.owner.takedownReply.count({ where: { requestId } })).toBe(1);
    expect(await t.owner.takedownReply.count({ where: { requestId: other.requestId } })).toBe(0);

    const opened = await t
      .http()
      .get(`/cases/${caseId}/takedowns/${requestId}`)
      .set(bearer(caseworker));
    expect(opened.body.replyUnseen).toBe(false);
  });

  it('mail to an unknown token, or to any other address, is refused at RCPT', async () => {
    for (const to of [
      'reply+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@replies.helpline.test',
      'postmaster@replies.helpline.test',
    ]) {
      await expect(sendReply(to, 'Subject: hi\r\n\r\nhello\r\n')).rejects.toMatchObject({
        responseCode: 550,
        command: 'RCPT TO',
      });
    }
  });
});

describe('another organisation', () => {
  it('gets 404 for this organisation’s takedown, template and platform ids', async () => {
    const { caseId, requestId, platform } = await sentRequest();
    const templates = await t.http().get('/takedown-templates').set(bearer(admin));
    const templateId = templates.body.items[0].id as string;
    const answers = await Promise.all([
      t.http().get(`/cases/${caseId}/takedowns/${requestId}`).set(bearer(otherAdmin)),
      t.http().get(`/takedown-templates/${templateId}`).set(bearer(otherAdmin)),
      t.http().get(`/platforms/${platform.id}`).set(bearer(otherAdmin)),
      t.http().patch(`/platforms/${platform.id}`).set(bearer(otherAdmin)).send({ name: 'Taken' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404]);
  });
});
