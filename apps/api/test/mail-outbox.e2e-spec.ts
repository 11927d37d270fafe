import { ChildProcess, spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig } from '../src/core/config/config';
import { RequestContext } from '../src/core/context/request-context';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import type { PrismaClient } from '../src/generated/prisma/client';
import { queueOptions } from '../src/jobs/queue-options';
import { enqueueEmail, type EnqueueEmailInput } from '../src/mail/outbox/enqueue-email';
import { OUTBOX_FIELD } from '../src/mail/outbox/outbox-fields';
import { markInterruptedSends, relayDueEmails } from '../src/mail/outbox/outbox-relay';
import { OutboxSender } from '../src/mail/outbox/outbox-sender';
import { sendEmailJob } from '../src/mail/outbox/send-email.job';
import { DomainRateLimit } from '../src/mail/sending/domain-rate-limit';
import { createMailTransport, type MailTransport } from '../src/mail/sending/smtp-transport';
import { OrganizationKeysService } from '../src/tenancy/organization-keys.service';
import { deleteKeys } from './support/redis-keys';
import { chainedAuditEvents } from './support/audit';
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
import { ownerClient, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let app: PrismaClient;
let keys: OrganizationKeysService;
let redis: Redis;
const logger = createLogger('silent');

beforeAll(async () => {
  t = await startTestApp();
  app = createPrismaClient(t.config.appDatabaseUrl);
  keys = new OrganizationKeysService(t.config);
  redis = new Redis(t.config.REDIS_URL, { keyPrefix: t.config.REDIS_PREFIX });
});
afterAll(async () => {
  redis.disconnect();
  await app.$disconnect();
  await t.close();
});

const email = (overrides: Partial<EnqueueEmailInput> = {}): EnqueueEmailInput => ({
  to: ['abuse@platform.example'],
  replyTo: 'reply+abc123@inbound.example',
  subject: 'Removal request: intimate image shared without consent',
  text: 'Please remove https://platform.example/p/1 — shared without consent.',
  ...overrides,
});

/** Queues emails in one transaction of the organisation, as the app role. */
function queue(org: TestOrg, inputs: EnqueueEmailInput[]) {
  return RequestContext.runAsTenant(org.id, () =>
    app.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${org.id}, true)`;
        const queued = [];
        for (const input of inputs) queued.push(await enqueueEmail(tx, input));
        return queued;
      },
      { timeout: 60_000 },
    ),
  );
}

function row(org: TestOrg, id: string) {
  return inTenant(t, org.id, (tx) => tx.outboxMessage.findUniqueOrThrow({ where: { id } }));
}

function sender(transport: MailTransport, perDomain = 10_000): OutboxSender {
  return new OutboxSender({
    config: { MAIL_MAX_ATTEMPTS: 3 },
    prisma: app,
    keys,
    transport,
    rateLimit: new DomainRateLimit(redis, perDomain),
    logger,
  });
}

describe('sending one email', () => {
  let sink: SmtpSink;
  let transport: MailTransport;
  let refuseOnce: Set<string>;
  beforeAll(async () => {
    refuseOnce = new Set();
    sink = await startSmtpSink((mail) => {
      if (mail.messageId && refuseOnce.delete(mail.messageId)) {
        return { code: 451, message: 'Greylisted, try again later' };
      }
      return undefined;
    });
    transport = createMailTransport(sink.url);
  });
  afterAll(async () => {
    transport.close();
    await sink.close();
  });

  it('arrives once, with its Message-ID and Reply-To, and the exact bytes sent are kept with their hash', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email()]);
    expect(queued!.messageId).toMatch(/^<[0-9a-f-]{36}@[^>]+>$/);

    expect(await sender(transport).send(org.id, queued!.id)).toBe('sent');
    // The job running again (a duplicate, a retry after a crash) finds it sent.
    expect(await sender(transport).send(org.id, queued!.id)).toBe('skipped');

    expect(sink.count(queued!.messageId)).toBe(1);
    const arrived = sink.received.find((mail) => mail.messageId === queued!.messageId)!;
    expect(arrived.rcptTo).toEqual(['abuse@platform.example']);
    expect(arrived.raw.toString()).toContain('Reply-To: reply+abc123@inbound.example');
    expect(arrived.raw.toString()).toContain('Subject: Removal request');

    const sent = await row(org, queued!.id);
    expect(sent.status).toBe('SENT');
    expect(sent.attempts).toBe(1);
    expect(sent.smtpResponse).toMatch(/^250/);
    const eml = Buffer.from(
      await RequestContext.runAsTenant(org.id, () =>
        inTenant(t, org.id, (tx) => keys.decrypt(tx, OUTBOX_FIELD.eml, sent.id, sent.emlSealed!)),
      ),
      'base64',
    );
    expect(Buffer.from(sent.emlSha256!).toString('hex')).toBe(
      createHash('sha256').update(eml).digest('hex'),
    );
    expect(eml.toString()).toContain(`Message-ID: ${queued!.messageId}`);
    expect(eml.toString().trimEnd()).toBe(arrived.raw.toString().trimEnd());
  });

  it('keeps what the email says sealed: the subject and recipients are not in the row in the clear', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email({ to: ['survivor.name@mail.example'] })]);
    const stored = await row(org, queued!.id);
    const clear = JSON.stringify(stored, (_key, value: unknown) =>
      value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
    );
    expect(clear).not.toContain('survivor.name');
    expect(clear).not.toContain('Removal request');
    expect(stored.recipientDomains).toEqual(['mail.example']);
  });

  it('commits with the action that queued it: a rolled-back transaction leaves no email', async () => {
    const org = await makeOrg(t);
    await expect(
      RequestContext.runAsTenant(org.id, () =>
        app.$transaction(async (tx) => {
          await tx.$executeRaw`SELECT set_config('app.org_id', ${org.id}, true)`;
          await enqueueEmail(tx, email());
          throw new Error('the action failed');
        }),
      ),
    ).rejects.toThrow('the action failed');
    expect(
      await inTenant(t, org.id, (tx) =>
        tx.outboxMessage.count({ where: { organizationId: org.id } }),
      ),
    ).toBe(0);
  });

  it('retries a temporary refusal (4xx) later, and sends it once when it is accepted', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email()]);
    refuseOnce.add(queued!.messageId);
    const before = Date.now();

    expect(await sender(transport).send(org.id, queued!.id)).toBe('retry');
    const waiting = await row(org, queued!.id);
    expect(waiting.status).toBe('QUEUED');
    expect(waiting.lastError).toContain('451');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    // Not due yet: a job running early does nothing.
    expect(await sender(transport).send(org.id, queued!.id)).toBe('skipped');

    // The owner moves the retry forward, as time passing would.
    await asOwner(t, org.id, (tx) =>
      tx.outboxMessage.update({ where: { id: queued!.id }, data: { nextAttemptAt: new Date() } }),
    );
    expect(await sender(transport).send(org.id, queued!.id)).toBe('sent');
    expect(sink.count(queued!.messageId)).toBe(1);
    expect((await row(org, queued!.id)).attempts).toBe(2);
  });

  it('marks a permanent refusal (5xx) failed, with the server’s answer for staff, and does not retry it', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email({ to: ['nobody@refused.example'] })]);
    expect(await sender(transport).send(org.id, queued!.id)).toBe('failed');
    const failed = await row(org, queued!.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.smtpResponse).toContain('550');
    expect(failed.failedAt).not.toBeNull();
    expect(await sender(transport).send(org.id, queued!.id)).toBe('skipped');
    expect(sink.count(queued!.messageId)).toBe(0);
  });

  it('gives up on a temporary refusal after the last attempt', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email()]);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      refuseOnce.add(queued!.messageId);
      await asOwner(t, org.id, (tx) =>
        tx.outboxMessage.update({ where: { id: queued!.id }, data: { nextAttemptAt: new Date() } }),
      );
      expect(await sender(transport).send(org.id, queued!.id)).toBe(
        attempt < 3 ? 'retry' : 'failed',
      );
    }
    expect((await row(org, queued!.id)).status).toBe('FAILED');
  });

  it('hands over the message composed when it was queued, which nobody can change afterwards', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email()]);
    const before = await row(org, queued!.id);
    expect(before.emlSealed).not.toBeNull();
    // Not the app: the composed bytes are written once.
    await expect(
      inTenant(t, org.id, (tx) =>
        tx.outboxMessage.update({
          where: { id: queued!.id },
          data: { emlSealed: Uint8Array.from(Buffer.from('something else')) },
        }),
      ),
    ).rejects.toThrow(/never changes once written/);

    expect(await sender(transport).send(org.id, queued!.id)).toBe('sent');
    const arrived = sink.received.find((mail) => mail.messageId === queued!.messageId)!;
    expect(
      createHash('sha256')
        .update(arrived.raw.toString().trimEnd() + '\r\n')
        .digest(),
    ).toEqual(Buffer.from(before.emlSha256!));
  });

  it('composes once, when it claims it, an email queued before messages were composed at queueing', async () => {
    const org = await makeOrg(t);
    const [queued] = await queue(org, [email()]);
    // The row as an earlier version queued it: its parts, no composed message.
    const stripped = await t.owner.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      return tx.$executeRaw`
        UPDATE outbox_message SET eml_sealed = NULL, eml_sha256 = NULL, eml_size = NULL
        WHERE id = ${queued!.id}::uuid`;
    });
    expect(stripped).toBe(1);

    expect(await sender(transport).send(org.id, queued!.id)).toBe('sent');
    const sent = await row(org, queued!.id);
    expect(sent.status).toBe('SENT');
    const eml = Buffer.from(
      await RequestContext.runAsTenant(org.id, () =>
        inTenant(t, org.id, (tx) => keys.decrypt(tx, OUTBOX_FIELD.eml, sent.id, sent.emlSealed!)),
      ),
      'base64',
    );
    expect(Buffer.from(sent.emlSha256!)).toEqual(createHash('sha256').update(eml).digest());
    const arrived = sink.received.find((mail) => mail.messageId === queued!.messageId)!;
    expect(eml.toString().trimEnd()).toBe(arrived.raw.toString().trimEnd());
  });

  it('never resends a row found mid-send: it is marked for review', async () => {
    const org = await makeOrg(t);
    const [first, second] = await queue(org, [email(), email()]);
    // The owner leaves both as a sender that died mid-send would have left them.
    for (const { id } of [first!, second!]) {
      await asOwner(t, org.id, (tx) =>
        tx.outboxMessage.update({
          where: { id },
          data: { status: 'SENDING', attempts: 1, sendingSince: new Date(Date.now() - 120_000) },
        }),
      );
    }
    // The job runs again (BullMQ found it stalled): it finds the row SENDING.
    expect(await sender(transport).send(org.id, first!.id)).toBe('interrupted');
    // The sweep finds the other one past its lease.
    expect(await markInterruptedSends(app, 60, logger)).toBeGreaterThanOrEqual(1);
    for (const { id, messageId } of [first!, second!]) {
      const stored = await row(org, id);
      expect(stored.status).toBe('NEEDS_REVIEW');
      expect(stored.lastError).toMatch(/may or may not have left/);
      expect(sink.count(messageId)).toBe(0);
    }
    // Staff read it as an interrupted send, which the pages word in their language, not as
    // an answer from a server.
    const token = await login(t, org.admin);
    const view = await t.http().get(`/mail/outbox/${first!.id}`).set(bearer(token)).expect(200);
    expect(view.body).toMatchObject({ status: 'NEEDS_REVIEW', interrupted: true, lastError: null });
  });

  it('signs with the DKIM key an admin set, from the address the admin set', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const refused = await t
      .http()
      .put('/mail/settings')
      .set(bearer(token))
      .send({
        fromAddress: 'desk@helpline.example',
        fromName: 'Helpline desk',
        dkim: { domain: 'helpline.example', selector: 'cairn', privateKey: 'not a key' },
      });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'dkim.privateKey', message: expect.stringMatching(/PEM/) }),
    ]);

    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const saved = await t
      .http()
      .put('/mail/settings')
      .set(bearer(token))
      .send({
        fromAddress: 'desk@helpline.example',
        fromName: 'Helpline desk',
        dkim: {
          domain: 'helpline.example',
          selector: 'cairn',
          privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        },
      });
    expect(saved.status).toBe(200);
    expect(saved.body.dkim).toEqual({
      domain: 'helpline.example',
      selector: 'cairn',
      dnsName: 'cairn._domainkey.helpline.example',
      dnsRecord: expect.stringMatching(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]+$/),
    });
    expect(JSON.stringify(saved.body)).not.toContain('PRIVATE KEY');
    const stored = await t.owner.mailSettings.findUniqueOrThrow({
      where: { organizationId: org.id },
    });
    expect(Buffer.from(stored.dkimPrivateKeySealed!).toString('latin1')).not.toContain('PRIVATE');

    const [queued] = await queue(org, [email()]);
    expect(queued!.messageId).toMatch(/@helpline\.example>$/);
    expect(await sender(transport).send(org.id, queued!.id)).toBe('sent');
    const arrived = sink.received.find((mail) => mail.messageId === queued!.messageId)!;
    const head = arrived.raw.toString();
    expect(head).toMatch(/^DKIM-Signature: [^]*d=helpline\.example;[^]*s=cairn;/);
    expect(head).toContain('From: Helpline desk <desk@helpline.example>');
  });

  it('spreads a burst to one domain over minutes: past the allowance, an email waits', async () => {
    const org = await makeOrg(t);
    const [a, b] = await queue(org, [
      email({ to: ['one@limited.example'] }),
      email({ to: ['two@limited.example'] }),
    ]);
    const limited = sender(transport, 1);
    expect(await limited.send(org.id, a!.id)).toBe('sent');
    expect(await limited.send(org.id, b!.id)).toBe('deferred');
    const waiting = await row(org, b!.id);
    expect(waiting.status).toBe('QUEUED');
    expect(waiting.attempts).toBe(0);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(sink.count(b!.messageId)).toBe(0);
  });
});

describe('the outbox for admins', () => {
  it('lists emails with their status, pages through those queued together, and resends a failed one once, on record', async () => {
    const org = await makeOrg(t);
    const token = await login(t, org.admin);
    const queued = await queue(org, [
      email({ subject: 'First' }),
      email({ subject: 'Second' }),
      email({ subject: 'Third', to: ['nobody@refused.example'] }),
    ]);
    const failed = queued[2]!;
    // As the sender leaves a refused email, without waiting for it to be sent.
    await asOwner(t, org.id, (tx) =>
      tx.outboxMessage.update({
        where: { id: failed.id },
        data: { status: 'FAILED', failedAt: new Date(), lastError: '550 No such mailbox' },
      }),
    );

    // One transaction, one created_at: the page boundary still loses nothing.
    const first = await t.http().get('/mail/outbox?limit=2').set(bearer(token)).expect(200);
    expect(first.body.counts).toMatchObject({ QUEUED: 2, FAILED: 1, SENT: 0 });
    expect(first.body.items).toHaveLength(2);
    const second = await t
      .http()
      .get(`/mail/outbox?limit=2&cursor=${first.body.nextCursor}`)
      .set(bearer(token))
      .expect(200);
    expect(second.body.nextCursor).toBeNull();
    const subjects = [...first.body.items, ...second.body.items].map(
      (item: { subject: string }) => item.subject,
    );
    expect(subjects.sort()).toEqual(['First', 'Second', 'Third']);

    const caseworker = await makeMember(t, org, 'CASEWORKER');
    const theirs = await login(t, caseworker);
    expect((await t.http().get('/mail/outbox').set(bearer(theirs))).status).toBe(403);

    const queuedOne = await t
      .http()
      .post(`/mail/outbox/${queued[0]!.id}/resend`)
      .set(bearer(token));
    expect(queuedOne.status).toBe(409);
    expect(queuedOne.body.detail).toMatch(/Only an email that failed/);

    const resent = await t.http().post(`/mail/outbox/${failed.id}/resend`).set(bearer(token));
    expect(resent.status).toBe(200);
    expect(resent.body).toMatchObject({
      status: 'QUEUED',
      attempts: 0,
      messageId: failed.messageId,
    });
    expect(
      (await t.http().post(`/mail/outbox/${failed.id}/resend`).set(bearer(token))).status,
    ).toBe(409);
    const events = await chainedAuditEvents(t, org.id, { action: 'mail.outbox.resent' });
    expect(events.map((event) => event.targetId)).toEqual([failed.id]);
  });
});

describe('the relay', () => {
  it('recreates every due job from the database after Redis lost its data (FLUSHDB)', async () => {
    // A Redis database of this test's own, so that flushing it touches no other run.
    const url = new URL(t.config.REDIS_URL);
    url.pathname = '/9';
    const config = loadConfig({ ...process.env, REDIS_URL: url.toString() });
    const mailQueue = new Queue(sendEmailJob.queue, queueOptions(config));
    const flusher = new Redis(url.toString());
    try {
      const org = await makeOrg(t);
      const queued = await queue(
        org,
        Array.from({ length: 25 }, (_, index) => email({ subject: `Request ${index}` })),
      );
      const later = await queue(org, [email({ sendAfter: new Date(Date.now() + 30_000) })]);
      await relayDueEmails(app, mailQueue);
      const ids = [...queued, ...later].map((item) => item.id);
      for (const id of ids) expect(await mailQueue.getJob(id)).toBeDefined();
      expect(await mailQueue.getJobState(later[0]!.id)).toBe('delayed');

      await flusher.flushdb();
      for (const id of ids) expect(await mailQueue.getJob(id)).toBeUndefined();

      await relayDueEmails(app, mailQueue);
      for (const id of ids) {
        const job = await mailQueue.getJob(id);
        expect(job?.data).toEqual({ organizationId: org.id, outboxMessageId: id });
      }
      expect(await mailQueue.getJobState(later[0]!.id)).toBe('delayed');
    } finally {
      await mailQueue.obliterate({ force: true });
      await mailQueue.close();
      flusher.disconnect();
    }
  });
});

describe('a burst of queued emails', () => {
  it('is made known to the planner once, so that claims look their rows up instead of walking the queue', async () => {
    const url = new URL(t.config.REDIS_URL);
    url.pathname = '/9';
    const mailQueue = new Queue(
      sendEmailJob.queue,
      queueOptions(loadConfig({ ...process.env, REDIS_URL: url.toString() })),
    );
    const owner = await ownerClient(t.config);
    const analyses = async () =>
      (
        await owner.query<{ n: string }>(
          "SELECT analyze_count AS n FROM pg_stat_user_tables WHERE relname = 'outbox_message'",
        )
      ).rows[0]!.n;
    try {
      const org = await makeOrg(t);
      const burst = await queue(
        org,
        Array.from({ length: 300 }, (_, index) => email({ subject: `Request ${index}` })),
      );
      // How many of its queued rows the planner believes the organisation has: what decides
      // whether a claim looks its rows up by primary key or walks the queue.
      const believed = async () => {
        const [explained] = await inTenant(
          t,
          org.id,
          (tx) =>
            tx.$queryRaw<{ 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[]>`
            EXPLAIN (FORMAT JSON) SELECT id FROM outbox_message WHERE status = 'QUEUED'`,
        );
        return explained!['QUERY PLAN'][0]!.Plan['Plan Rows'];
      };
      expect(await believed()).toBeLessThan(burst.length / 2);

      const before = Number(await analyses());
      await relayDueEmails(app, mailQueue);
      expect(Number(await analyses())).toBe(before + 1);
      expect(await believed()).toBeGreaterThanOrEqual(burst.length / 2);

      // The statistics now know of the queue: the next pass leaves them be.
      await relayDueEmails(app, mailQueue);
      expect(Number(await analyses())).toBe(before + 1);
    } finally {
      await mailQueue.obliterate({ force: true });
      await mailQueue.close();
      await owner.end();
    }
  });
});

describe('a worker killed in the middle of a batch', () => {
  const workerScript = path.resolve(__dirname, '../dist/worker.js');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  function startWorker(env: Record<string, string>): ChildProcess {
    if (!existsSync(workerScript))
      throw new Error(`build the API first: ${workerScript} is missing`);
    const child = spawn(process.execPath, [workerScript], {
      // A killed worker's jobs are taken over after 3 s, not BullMQ's default 30 s.
      env: { ...process.env, LOG_LEVEL: 'silent', JOB_LOCK_SECONDS: '3', ...env },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  async function waitFor(what: string, probe: () => Promise<boolean>, ms = 90_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('leaves each of 500 emails arrived exactly once or marked for review, none twice', async () => {
    const sink = await startSmtpSink();
    const prefix = `${t.config.REDIS_PREFIX}kill-`;
    try {
      const org = await makeOrg(t);
      const queued = await queue(
        org,
        Array.from({ length: 500 }, (_, index) =>
          email({
            to: [`desk${index % 7}@platform${index % 3}.example`],
            subject: `Request ${index}`,
          }),
        ),
      );
      const first = startWorker({ SMTP_URL: sink.url, REDIS_PREFIX: prefix });
      await waitFor('the first emails to arrive', async () => sink.received.length >= 60);
      first.kill('SIGKILL');
      await once(first, 'exit');
      const beforeKill = sink.received.length;
      expect(beforeKill).toBeLessThan(500);

      // Long enough that every send the killed worker began is past the second one's lease.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const second = startWorker({
        SMTP_URL: sink.url,
        REDIS_PREFIX: prefix,
        MAIL_SENDING_LEASE_SECONDS: '1',
      });
      await waitFor(
        'every email to be settled',
        async () =>
          (await inTenant(t, org.id, (tx) =>
            tx.outboxMessage.count({
              where: { organizationId: org.id, status: { in: ['QUEUED', 'SENDING'] } },
            }),
          )) === 0,
      );
      second.kill('SIGTERM');
      await once(second, 'exit');

      const rows = await inTenant(t, org.id, (tx) =>
        tx.outboxMessage.findMany({
          where: { organizationId: org.id },
          select: { messageId: true, status: true },
        }),
      );
      expect(rows).toHaveLength(500);
      const twice = sink.received.filter(
        (mail, index) => sink.received.findIndex((m) => m.messageId === mail.messageId) !== index,
      );
      expect(twice).toEqual([]);
      for (const stored of rows) {
        const arrived = sink.count(stored.messageId);
        if (stored.status === 'SENT') expect(arrived).toBe(1);
        else {
          expect(stored.status).toBe('NEEDS_REVIEW');
          expect(arrived).toBeLessThanOrEqual(1);
        }
      }
      const sent = rows.filter((stored) => stored.status === 'SENT').length;
      expect(sent).toBeGreaterThan(beforeKill - 20);
      expect(queued.map((item) => item.messageId).every((id) => sink.count(id) <= 1)).toBe(true);
    } finally {
      await sink.close();
      await deleteKeys(t.config.REDIS_URL, prefix);
    }
  }, 150_000);
});
