import { Queue } from 'bullmq';
import { queueOptions } from '../src/jobs/queue-options';
import { chainedAuditEvents } from './support/audit';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import { buildEvidenceExportJob } from '../src/jobs/build-evidence-export.job';
import { expireEvidenceExportsJob } from '../src/jobs/expire-evidence-exports.job';
import { processJob } from '../src/jobs/process-job';
import { sweepEvidenceJob } from '../src/jobs/sweep-evidence.job';
import { asBytes, run, unpack } from './support/bundle-tools';
import { giveConsent, makeCase } from './support/case-factory';
import { BOUNDARY, multipartBody } from './support/evidence-http';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let dir: string;
let org: TestOrg;
let caseworker: string;
let supervisor: string;
let otherAdmin: string;
const unpacked: string[] = [];

/** Bundles over this stream no more: the worker builds them. */
const SYNC_MAX = 3 * 1024 * 1024;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-export-'));
  t = await startTestApp({
    EVIDENCE_DIR: dir,
    EVIDENCE_BUNDLE_SYNC_MAX_BYTES: String(SYNC_MAX),
    EVIDENCE_SWEEP_GRACE_MINUTES: '0',
  });
  org = await makeOrg(t, 'Bundles');
  caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
  supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
  otherAdmin = await login(t, (await makeOrg(t, 'Elsewhere')).admin);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
  for (const folder of unpacked) await rm(join(folder, '..'), { recursive: true, force: true });
});

async function upload(token: string, caseId: string, filename: string, data: Buffer) {
  const response = await t
    .http()
    .post(`/cases/${caseId}/evidence`)
    .set(bearer(token))
    .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
    .send(multipartBody([{ name: 'file', filename, data }]));
  expect(response.status).toBe(201);
  return response.body as { id: string; sha256: string };
}

function exportOf(token: string, caseId: string, body: Record<string, unknown>) {
  return asBytes(t.http().post(`/cases/${caseId}/evidence-exports`).set(bearer(token)).send(body));
}

async function open(zip: Buffer, passphrase?: string) {
  const { dir: folder, result } = await unpack(zip, passphrase);
  unpacked.push(folder);
  return { folder, result };
}

/**
 * Takes the build job the API queued out of Redis (under the run's own prefix, so no worker
 * of another run takes it first); the test runs its handler itself. Returns the job's payload.
 */
async function leaveToTheTest(exportId: string): Promise<unknown> {
  const queue = new Queue(buildEvidenceExportJob.queue, queueOptions(t.config));
  try {
    const job = await queue.getJob(exportId);
    await job?.remove().catch(() => undefined);
    return job?.data;
  } finally {
    await queue.close();
  }
}

const checkSums = (folder: string) => run('sha256sum', ['-c', 'SHA256SUMS'], folder);

const consent = (caseId: string, scope: string, extra: Record<string, unknown> = {}) =>
  giveConsent(t, caseworker, caseId, scope, extra);

describe('a bundle streamed at once', () => {
  it('unpacks with unzip, passes `sha256sum -c` as a real process, and carries manifest, custody, incidents and report', async () => {
    const { id: caseId, reference } = await makeCase(t, caseworker);
    await t
      .http()
      .post(`/cases/${caseId}/incidents`)
      .set(bearer(caseworker))
      .send({
        occurredAt: '2026-03-14T21:30',
        timeZone: 'Europe/Paris',
        location: { kind: 'PLATFORM', platform: 'Instagram' },
        description: 'Message menaçant reçu après minuit',
      })
      .expect(201);
    const files = [
      { name: 'capture d’écran.png', data: randomBytes(200_000) },
      { name: 'Capture D’écran.PNG', data: randomBytes(1_000) },
      { name: 'a:b?.txt', data: Buffer.from('said at 21:30\n') },
    ];
    const items = [];
    for (const file of files) items.push(await upload(caseworker, caseId, file.name, file.data));

    const response = await exportOf(caseworker, caseId, { recipient: 'SURVIVOR' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(`${reference}-evidence-survivor.zip`);

    const { folder, result } = await open(response.body);
    expect(result.code).toBe(0);
    const sums = await checkSums(folder);
    expect(sums.code).toBe(0);
    expect(sums.stdout.trim().split('\n')).toEqual([
      'originals/capture d’écran.png: OK',
      'originals/Capture D’écran (2).PNG: OK',
      'originals/a_b_.txt: OK',
    ]);
    expect(await readFile(join(folder, 'originals', 'a_b_.txt'))).toEqual(files[2]!.data);

    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ recipient: 'SURVIVOR', case: { reference } });
    expect(manifest.items.map((item: { sha256: string }) => item.sha256)).toEqual(
      files.map((file) => sha256(file.data)),
    );
    expect(
      manifest.items.every((item: { integrity: string }) => item.integrity === 'verified'),
    ).toBe(true);
    expect(manifest.items[0].custody.map((entry: { action: string }) => entry.action)).toEqual([
      'evidence.uploaded',
      'evidence.exported',
    ]);

    const custody = await readFile(join(folder, 'custody.csv'), 'utf8');
    expect(custody.startsWith('\uFEFF"item_id"')).toBe(true);
    expect(custody).toContain('"evidence.exported"');
    const incidents = await readFile(join(folder, 'incidents.csv'), 'utf8');
    expect(incidents).toContain(
      '"2026-03-14T21:30","Europe/Paris","no","2026-03-14T20:30:00.000Z"',
    );
    expect(incidents).toContain('Message menaçant reçu après minuit');
    const report = await readFile(join(folder, 'report.pdf'));
    expect(report.subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.length).toBeGreaterThan(2_000);

    const detail = await t.http().get(`/evidence/${items[0]!.id}`).set(bearer(caseworker));
    expect(detail.body.custody.map((entry: { action: string }) => entry.action)).toContain(
      'evidence.exported',
    );
  });

  it('never certifies an item whose stored bytes changed: left out of SHA256SUMS, marked in the manifest and its custody log', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const good = await upload(caseworker, caseId, 'good.bin', randomBytes(150_000));
    const bad = await upload(caseworker, caseId, 'bad.bin', randomBytes(300_000));
    const blob = join(dir, org.id, bad.id);
    const stored = await readFile(blob);
    stored[200_000] = (stored[200_000] ?? 0) ^ 0xff;
    await writeFile(blob, stored);

    const response = await exportOf(caseworker, caseId, { recipient: 'SURVIVOR' });
    expect(response.status).toBe(200);
    const { folder } = await open(response.body);
    const sums = await checkSums(folder);
    expect(sums.code).toBe(0);
    expect(sums.stdout.trim()).toBe('originals/good.bin: OK');
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    const integrity = Object.fromEntries(
      manifest.items.map((item: { id: string; integrity: string }) => [item.id, item.integrity]),
    );
    expect(integrity).toEqual({ [good.id]: 'verified', [bad.id]: 'unreadable' });

    const detail = await t.http().get(`/evidence/${bad.id}`).set(bearer(caseworker));
    const failed = detail.body.custody.find(
      (entry: { action: string }) => entry.action === 'evidence.verified',
    );
    expect(failed.data).toMatchObject({ matches: false, problem: 'unreadable' });
  });

  it('encrypted with a passphrase: 7z opens it with the passphrase, and refuses a wrong one', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const data = randomBytes(120_000);
    await upload(caseworker, caseId, 'photo.jpg', data);
    const passphrase = 'correct horse battery staple';
    const response = await exportOf(caseworker, caseId, { recipient: 'SURVIVOR', passphrase });
    expect(response.status).toBe(200);
    expect(response.body.includes(data.subarray(5_000, 5_064))).toBe(false);

    const { folder, result } = await open(response.body, passphrase);
    expect(result.code).toBe(0);
    expect(await readFile(join(folder, 'originals', 'photo.jpg'))).toEqual(data);
    expect((await checkSums(folder)).code).toBe(0);

    const wrong = await open(response.body, 'not the passphrase');
    expect(wrong.result.code).not.toBe(0);
  });
});

describe('consent of the survivor', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await makeCase(t, caseworker)).id;
    await upload(caseworker, caseId, 'post.png', randomBytes(5_000));
  });

  it('refuses a bundle for the police without the consent, naming it', async () => {
    const refused = await exportOf(caseworker, caseId, { recipient: 'POLICE' });
    expect(refused.status).toBe(409);
    const problem = JSON.parse(refused.body.toString());
    expect(problem).toMatchObject({ code: 'consent-required', consent: 'SHARE_WITH_POLICE' });
    expect(await t.owner.evidenceExport.count({ where: { caseId } })).toBe(0);
  });

  it('lets a caseworker not override, and a supervisor override with a reason that is audited', async () => {
    const caseworkerOverride = await exportOf(caseworker, caseId, {
      recipient: 'PLATFORM',
      overrideReason: 'urgent takedown',
    });
    expect(caseworkerOverride.status).toBe(403);

    const overridden = await exportOf(supervisor, caseId, {
      recipient: 'PLATFORM',
      overrideReason: 'Imminent publication; survivor unreachable',
    });
    expect(overridden.status).toBe(200);
    const { folder } = await open(overridden.body);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      recipient: 'PLATFORM',
      consentId: null,
      overrideReason: 'Imminent publication; survivor unreachable',
    });
    const [event] = await chainedAuditEvents(t, org.id, {
      action: 'case.evidence-exported',
      targetId: caseId,
    });
    expect(event?.data).toMatchObject({
      recipient: 'PLATFORM',
      overrideReason: 'Imminent publication; survivor unreachable',
    });
  });

  it('accepts the consent in force, and no longer once it is withdrawn or expired', async () => {
    const given = await consent(caseId, 'SHARE_WITH_POLICE');
    const allowed = await exportOf(caseworker, caseId, { recipient: 'POLICE' });
    expect(allowed.status).toBe(200);
    await t
      .http()
      .post(`/cases/${caseId}/consents/${given.id}/withdraw`)
      .set(bearer(caseworker))
      .expect(200);
    expect((await exportOf(caseworker, caseId, { recipient: 'POLICE' })).status).toBe(409);

    await consent(caseId, 'SHARE_WITH_LAWYER', { expiresAt: '2026-02-01T00:00:00Z' });
    const expired = await exportOf(caseworker, caseId, { recipient: 'LAWYER' });
    expect(JSON.parse(expired.body.toString())).toMatchObject({ consent: 'SHARE_WITH_LAWYER' });
  });
});

describe("another organisation's ids", () => {
  it('answer 404 on every export route', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const item = await upload(caseworker, caseId, 'big.bin', randomBytes(SYNC_MAX + 1));
    const queued = await t
      .http()
      .post(`/cases/${caseId}/evidence-exports`)
      .set(bearer(caseworker))
      .send({ recipient: 'SURVIVOR' });
    expect(queued.status).toBe(202);
    const exportId = queued.body.id as string;
    await leaveToTheTest(exportId);

    const fromElsewhere = [
      await exportOf(otherAdmin, caseId, { recipient: 'SURVIVOR' }),
      await t.http().get(`/cases/${caseId}/evidence-exports/${exportId}`).set(bearer(otherAdmin)),
      await t
        .http()
        .get(`/cases/${caseId}/evidence-exports/${exportId}/content`)
        .set(bearer(otherAdmin)),
    ];
    expect(fromElsewhere.map((response) => response.status)).toEqual([404, 404, 404]);

    const theirCase = await makeCase(t, otherAdmin);
    const mixed = await exportOf(otherAdmin, theirCase.id, {
      recipient: 'SURVIVOR',
      itemIds: [item.id],
    });
    expect(mixed.status).toBe(404);
    const theirView = await t
      .http()
      .get(`/cases/${theirCase.id}/evidence-exports/${exportId}`)
      .set(bearer(otherAdmin));
    expect(theirView.status).toBe(404);
  });
});

describe('a bundle too large to stream', () => {
  it('is queued, built by the job handler with progress observed, downloaded, then expires', async () => {
    const { id: caseId } = await makeCase(t, caseworker);
    const files = [randomBytes(2 << 20), randomBytes(2 << 20), randomBytes(2 << 20)];
    for (const [index, data] of files.entries()) {
      await upload(caseworker, caseId, `video-${index}.mp4`, data);
    }
    const passphrase = 'usb key passphrase';
    const queued = await t
      .http()
      .post(`/cases/${caseId}/evidence-exports`)
      .set(bearer(caseworker))
      .send({ recipient: 'SURVIVOR', passphrase });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({
      status: 'QUEUED',
      itemsTotal: 3,
      itemsDone: 0,
      bytesTotal: 3 * (2 << 20),
      encrypted: true,
      downloadPath: null,
    });
    const exportId = queued.body.id as string;
    const row = await t.owner.evidenceExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(row.passphraseSealed).not.toBeNull();
    expect(Buffer.from(row.passphraseSealed ?? []).includes(passphrase)).toBe(false);

    expect(await leaveToTheTest(exportId)).toEqual({ organizationId: org.id, exportId });

    const prisma = createPrismaClient(t.config.appDatabaseUrl);
    const deps = { config: t.config, prisma, logger: createLogger('silent') };
    const seen: { status: string; itemsDone: number }[] = [];
    let building = true;
    const watching = (async () => {
      while (building) {
        const view = await t
          .http()
          .get(`/cases/${caseId}/evidence-exports/${exportId}`)
          .set(bearer(caseworker));
        seen.push({ status: view.body.status, itemsDone: view.body.itemsDone });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    try {
      await processJob(
        buildEvidenceExportJob.queue,
        {
          name: buildEvidenceExportJob.name,
          data: { organizationId: org.id, exportId },
          id: exportId,
        },
        deps,
      );
    } finally {
      building = false;
      await watching;
    }
    expect(
      seen.some((view) => view.status === 'BUILDING' && view.itemsDone > 0 && view.itemsDone < 3),
    ).toBe(true);

    const ready = await t
      .http()
      .get(`/cases/${caseId}/evidence-exports/${exportId}`)
      .set(bearer(caseworker));
    expect(ready.body).toMatchObject({ status: 'READY', itemsDone: 3, bytesDone: 3 * (2 << 20) });
    expect(
      (await t.owner.evidenceExport.findUniqueOrThrow({ where: { id: exportId } }))
        .passphraseSealed,
    ).toBeNull();

    // The hourly sweep of orphans must not take a stored bundle for one.
    await processJob(
      sweepEvidenceJob.queue,
      { name: sweepEvidenceJob.name, data: {}, id: 's' },
      deps,
    );

    const download = await asBytes(t.http().get(ready.body.downloadPath).set(bearer(caseworker)));
    expect(download.status).toBe(200);
    expect(Number(download.headers['content-length'])).toBe(ready.body.sizeBytes);
    const { folder, result } = await open(download.body, passphrase);
    expect(result.code).toBe(0);
    const sums = await checkSums(folder);
    expect(sums.code).toBe(0);
    expect(sums.stdout.trim().split('\n')).toHaveLength(3);

    const custody = await chainedAuditEvents(t, org.id, { action: 'evidence.export-downloaded' });
    expect(custody).toHaveLength(3);

    await t.owner.evidenceExport.update({
      where: { id: exportId },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    await processJob(
      expireEvidenceExportsJob.queue,
      { name: expireEvidenceExportsJob.name, data: {}, id: 'e' },
      deps,
    );
    expect(await readdir(join(dir, org.id))).not.toContain(exportId);
    const gone = await t.http().get(ready.body.downloadPath).set(bearer(caseworker));
    expect(gone.status).toBe(409);
    await prisma.$disconnect();
  });
});
