import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inTenant, makeMember, makeOrg, type TestOrg } from './support/factories';
import { answerParts, body, controlParts, offerIntakeForm, submit } from './support/intake-http';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A survivor's submission does not depend on Redis: with it stopped, the case is still
 * opened (rate limits live in PostgreSQL, the staff email waits in the outbox), and once
 * Redis is back the worker sends that email, exactly once.
 */

const workerScript = path.resolve(__dirname, '../dist/worker.js');
const DESCRIPTION = 'My former partner shares my private pictures in a group chat.';
const NAME = 'Noor Haddad';

let port: number;
let redis: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let t: TestApp;
let sink: SmtpSink;
let dir: string;
let org: TestOrg;
let caseworkerEmail: string;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port: free } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return free;
}

/** A Redis of this spec's own, on its own port, keeping nothing on disk. */
async function startRedis(): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  return child;
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null) return;
  redis.kill('SIGKILL');
  await once(redis, 'exit');
}

async function waitFor(what: string, probe: () => Promise<boolean> | boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  if (!existsSync(workerScript)) throw new Error(`build the API first: ${workerScript} is missing`);
  port = await freePort();
  redis = await startRedis();
  dir = await mkdtemp(path.join(tmpdir(), 'cairn-intake-redis-'));
  const redisUrl = `redis://127.0.0.1:${port}`;
  t = await startTestApp({ REDIS_URL: redisUrl, EVIDENCE_DIR: dir });
  sink = await startSmtpSink();
  // Staff are set up while Redis runs: signing in counts attempts in Redis.
  org = await makeOrg(t, 'Redis down');
  await offerIntakeForm(t, org);
  caseworkerEmail = (await makeMember(t, org, 'CASEWORKER')).email;
  worker = spawn(process.execPath, [workerScript], {
    env: {
      ...process.env,
      LOG_LEVEL: 'silent',
      REDIS_URL: redisUrl,
      SMTP_URL: sink.url,
      EVIDENCE_DIR: dir,
    },
    stdio: 'ignore',
  });
}, 60_000);

afterAll(async () => {
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await Promise.race([
      once(worker, 'exit'),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
    if (worker.exitCode === null) worker.kill('SIGKILL');
  }
  await t.close();
  await sink.close();
  await stopRedis();
  await rm(dir, { recursive: true, force: true });
});

it('opens the case with Redis stopped, and the caseworker’s email leaves once Redis is back, once', async () => {
  await stopRedis();

  const response = await submit(
    t,
    org.slug,
    body([
      ...(await controlParts()),
      ...answerParts({ description: DESCRIPTION, name: NAME }),
      {
        name: 'files',
        filename: 'chat.pdf',
        type: 'application/pdf',
        data: Buffer.from('%PDF-1.4 chat'),
      },
    ]),
  );
  expect(response.status).toBe(201);
  const { reference } = response.body as { reference: string };
  const opened = await inTenant(t, org.id, (tx) =>
    tx.case.findFirstOrThrow({
      where: { organizationId: org.id, reference },
      include: { evidence: true, intakeSubmission: true },
    }),
  );
  expect(opened).toMatchObject({ source: 'INTAKE', status: 'NEW' });
  expect(opened.evidence).toHaveLength(1);
  const queued = await inTenant(t, org.id, (tx) =>
    tx.outboxMessage.findFirstOrThrow({ where: { caseId: opened.id } }),
  );
  expect(queued.status).toBe('QUEUED');
  expect(sink.received).toHaveLength(0);

  redis = await startRedis();
  await waitFor('the email to arrive', () => sink.count(queued.messageId) > 0);
  // Long enough for a duplicate relay or a retried job to have sent it again.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(sink.count(queued.messageId)).toBe(1);
  const [mail] = sink.received.filter((received) => received.messageId === queued.messageId);
  expect(mail!.rcptTo).toEqual([caseworkerEmail]);
  // Quoted-printable: soft line breaks joined again.
  const text = mail!.raw.toString('utf8').replace(/=\r?\n/g, '');
  expect(text).toContain(reference);
  expect(text).toContain(`/cases/${opened.id}`);
  for (const detail of [NAME, 'private pictures', 'chat.pdf']) expect(text).not.toContain(detail);
}, 120_000);
