import { Queue } from 'bullmq';
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import { ANALYSIS_JOB, analysisJobId } from '../src/evidence/analysis/analysis-job';
import { processJob } from '../src/jobs/process-job';
import { queueOptions } from '../src/jobs/queue-options';
import { sweepEvidenceAnalysisJob } from '../src/jobs/sweep-evidence-analysis.job';
import { sweepEvidenceJob } from '../src/jobs/sweep-evidence.job';
import { AnalysisWorker, startAnalysisWorker } from './support/analysis-worker';
import { asBytes, unpack } from './support/bundle-tools';
import { makeCase } from './support/case-factory';
import { startLoopbackDns, LoopbackDns } from './support/dns-server';
import { BOUNDARY, multipartBody } from './support/evidence-http';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { appRoleClient, startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let analysis: AnalysisWorker;
let dns: LoopbackDns | undefined;
let dir: string;
let org: TestOrg;
let admin: string;
let caseworker: string;
let caseId: string;

const DOMAIN = 'sender.example';
const SELECTOR = 'cairn2026';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PUBLIC_KEY = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

beforeAll(async () => {
  dns = await startLoopbackDns({
    [`${SELECTOR}._domainkey.${DOMAIN}`]: `v=DKIM1; k=rsa; p=${PUBLIC_KEY}`,
  });
  dir = await mkdtemp(join(tmpdir(), 'cairn-analysis-'));
  t = await startTestApp({ EVIDENCE_DIR: dir, DNS_SERVERS: dns.address });
  analysis = startAnalysisWorker(t);
  org = await makeOrg(t, 'Analysis');
  admin = await login(t, org.admin);
  caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
  caseId = (await makeCase(t, caseworker)).id;
});
afterAll(async () => {
  await analysis.close();
  await dns?.close();
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

function upload(token: string, id: string, file: { name: string; type: string; data: Buffer }) {
  return t
    .http()
    .post(`/cases/${id}/evidence`)
    .set(bearer(token))
    .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
    .send(multipartBody([{ name: 'file', filename: file.name, type: file.type, data: file.data }]));
}

async function uploaded(
  token: string,
  id: string,
  file: { name: string; type: string; data: Buffer },
) {
  const response = await upload(token, id, file);
  expect(response.status).toBe(201);
  // Answered before the worker analyses it; then analysed, whatever the file held.
  expect(response.body.analysisState).toBe('PENDING');
  expect(await analysis.settled(response.body.id)).not.toBe('PENDING');
  return response.body as { id: string; kind: string; sha256: string };
}

const detail = async (token: string, id: string) => {
  const response = await t.http().get(`/evidence/${id}`).set(bearer(token));
  expect(response.status).toBe(200);
  return response.body;
};

/** A picture with enough structure for a perceptual hash to tell it from another one. */
function picture(variant: 'a' | 'b', width = 800, height = 600): Sharp {
  const shapes =
    variant === 'a'
      ? `<rect x="40" y="40" width="300" height="200" fill="#c0392b"/>
         <circle cx="560" cy="380" r="150" fill="#2c3e50"/>
         <rect x="100" y="420" width="250" height="120" fill="#f1c40f"/>`
      : `<circle cx="200" cy="300" r="180" fill="#16a085"/>
         <rect x="450" y="60" width="280" height="460" fill="#8e44ad"/>
         <rect x="60" y="40" width="120" height="90" fill="#d35400"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="#ecf0f1"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).resize(width, height);
}

async function signedMessage(attachment: Buffer): Promise<Buffer> {
  const message = Buffer.from(
    [
      `From: Alex <alex@${DOMAIN}>`,
      'To: Camille <camille@recipient.example>',
      'Subject: You will regret this',
      'Date: Mon, 01 Jun 2026 21:15:00 +0200',
      `Message-ID: <threat-1@${DOMAIN}>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="part"',
      '',
      '--part',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'I know where you live.',
      '--part',
      'Content-Type: image/png; name="street.png"',
      'Content-Disposition: attachment; filename="street.png"',
      'Content-Transfer-Encoding: base64',
      '',
      ...(attachment.toString('base64').match(/.{1,76}/g) ?? []),
      '--part--',
      '',
    ].join('\r\n'),
  );
  const { signatures } = await dkimSign(message, {
    signatureData: [{ signingDomain: DOMAIN, selector: SELECTOR, privateKey: PRIVATE_KEY }],
  });
  const received =
    `Received: from mx.${DOMAIN} (mx.${DOMAIN} [192.0.2.10])\r\n` +
    ` by mx.recipient.example with ESMTPS id 4f1a; Mon, 01 Jun 2026 21:15:02 +0200\r\n`;
  return Buffer.concat([Buffer.from(received + signatures), message]);
}

describe('an email', () => {
  let signed: Buffer;
  let messageId: string;

  beforeAll(async () => {
    signed = await signedMessage(await picture('a', 200, 150).png().toBuffer());
    messageId = (
      await uploaded(caseworker, caseId, {
        name: 'threat.eml',
        type: 'message/rfc822',
        data: signed,
      })
    ).id;
  });

  it('shows its headers, and its DKIM signature passes against the key served on loopback DNS', async () => {
    const item = await detail(caseworker, messageId);
    expect(item.kind).toBe('EMAIL');
    expect(item.analysis.status).toBe('DONE');
    expect(item.analysis.email.headers).toMatchObject({
      from: `"Alex" <alex@${DOMAIN}>`,
      to: '"Camille" <camille@recipient.example>',
      subject: 'You will regret this',
      date: '2026-06-01T19:15:00.000Z',
      messageId: `<threat-1@${DOMAIN}>`,
    });
    expect(item.analysis.email.headers.received).toEqual([expect.stringContaining(`[192.0.2.10]`)]);
    const { verdicts, dnsAnswers } = item.analysis.email.authenticity;
    expect(verdicts.dkim).toEqual([
      expect.objectContaining({ result: 'pass', domain: DOMAIN, selector: SELECTOR }),
    ]);
    expect(dnsAnswers).toBeGreaterThanOrEqual(1);
    expect(dns!.questions).toContain(`${SELECTOR}._domainkey.${DOMAIN} TXT`);
  });

  it('files its attachment as an item of its own, linked to the message', async () => {
    const message = await detail(caseworker, messageId);
    expect(message.analysis.email.attachments).toEqual([
      { id: expect.any(String), fileName: 'street.png' },
    ]);
    const attachment = await detail(caseworker, message.analysis.email.attachments[0].id);
    expect(attachment).toMatchObject({ kind: 'IMAGE', caseId, attachedTo: messageId });
    const list = await t.http().get(`/cases/${caseId}/evidence`).set(bearer(caseworker));
    expect(list.body.items.map((row: { id: string }) => row.id)).toContain(attachment.id);
  });

  it('fails DKIM once its body is altered after signing', async () => {
    const altered = Buffer.from(
      signed.toString('latin1').replace('I know where you live.', 'I know where you work.'),
      'latin1',
    );
    const { id } = await uploaded(caseworker, caseId, {
      name: 'altered.eml',
      type: 'message/rfc822',
      data: altered,
    });
    const item = await detail(caseworker, id);
    expect(item.analysis.email.authenticity.verdicts.dkim).toEqual([
      expect.objectContaining({ result: 'fail', domain: DOMAIN }),
    ]);
  });

  it('replays the check with the kept DNS answers after the DNS server is gone, with the same verdicts', async () => {
    await dns!.close();
    dns = undefined;
    const response = await t
      .http()
      .post(`/evidence/${messageId}/recheck-authenticity`)
      .set(bearer(caseworker))
      .send({ live: true });
    expect(response.status).toBe(200);
    expect(response.body.unchanged).toBe(true);
    expect(response.body.replay.mode).toBe('REPLAY');
    expect(response.body.replay.verdicts.dkim[0].result).toBe('pass');
    expect(response.body.replay.verdicts).toEqual(response.body.intake.verdicts);
    // Today's DNS no longer answers: the live check cannot confirm the key.
    expect(response.body.live.verdicts.dkim[0].result).not.toBe('pass');
    expect(response.body.live.unchanged).toBe(false);
    const custody = (await detail(caseworker, messageId)).custody.map(
      (entry: { action: string }) => entry.action,
    );
    expect(custody).toEqual(
      expect.arrayContaining(['evidence.analysed', 'evidence.authenticity-rechecked']),
    );
  });

  it('keeps a .eml that is not a message, with its analysis marked as failed', async () => {
    const data = Buffer.from('just some notes the survivor saved with the wrong name\n');
    const { id, sha256 } = await uploaded(caseworker, caseId, {
      name: 'notes.eml',
      type: 'message/rfc822',
      data,
    });
    const item = await detail(caseworker, id);
    expect(item.sha256).toBe(sha256);
    expect(item.analysis).toMatchObject({ status: 'FAILED', email: null });
    expect(item.analysis.failure).toMatch(/not an email message/);
    const content = await t.http().get(`/evidence/${id}/content`).set(bearer(caseworker));
    expect(content.status).toBe(200);
    const recheck = await t
      .http()
      .post(`/evidence/${id}/recheck-authenticity`)
      .set(bearer(caseworker))
      .send({});
    expect(recheck.status).toBe(409);
  });
});

/** A PNG whose header declares 100,000 × 100,000 pixels: a few bytes that would take 40 GB. */
function imageBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('an image', () => {
  const photo = () =>
    picture('b')
      .jpeg()
      .withExif({
        IFD0: { Make: 'Fairphone', Model: 'FP5', DateTime: '2026:06:01 21:15:00' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '48/1 51/1 2400/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '2/1 21/1 300/100',
        },
      })
      .toBuffer();

  it('shows its camera and time but keeps its location hidden until asked, and audits the asking', async () => {
    const { id } = await uploaded(caseworker, caseId, {
      name: 'photo.jpg',
      type: 'image/jpeg',
      data: await photo(),
    });
    const item = await detail(caseworker, id);
    expect(item.analysis.status).toBe('DONE');
    expect(item.analysis.image).toMatchObject({
      width: 800,
      height: 600,
      hasGps: true,
      hasThumbnail: true,
      exif: { Make: 'Fairphone', Model: 'FP5', ModifyDate: '2026-06-01T21:15:00' },
    });
    expect(JSON.stringify(item)).not.toMatch(/GPS|latitude|48\.85/);

    const gps = await t.http().get(`/evidence/${id}/gps`).set(bearer(caseworker));
    expect(gps.status).toBe(200);
    expect(gps.body.latitude).toBeCloseTo(48.8567, 3);
    expect(gps.body.longitude).toBeCloseTo(2.3508, 3);
    const custody = (await detail(caseworker, id)).custody.map(
      (entry: { action: string }) => entry.action,
    );
    expect(custody).toContain('evidence.location-revealed');

    const stored = await t.owner.evidenceAnalysis.findUniqueOrThrow({ where: { itemId: id } });
    expect(Buffer.from(stored.gpsSealed!).toString('latin1')).not.toMatch(/48\.85|latitude/);
    const stranger = await login(t, (await makeOrg(t, 'Stranger')).admin);
    expect((await t.http().get(`/evidence/${id}/gps`).set(bearer(stranger))).status).toBe(404);
  });

  it('serves a thumbnail made on the server, sandboxed like a download', async () => {
    const { id } = await uploaded(caseworker, caseId, {
      name: 'photo.jpg',
      type: 'image/jpeg',
      data: await photo(),
    });
    const response = await t
      .http()
      .get(`/evidence/${id}/thumbnail`)
      .set(bearer(caseworker))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/jpeg');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    const meta = await sharp(response.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 320, 240]);
  });

  it('keeps an image whose EXIF is corrupt, says so, and still makes its thumbnail', async () => {
    const data = await photo();
    const exif = data.indexOf(Buffer.from('Exif\0\0', 'latin1'));
    data.fill(0xff, exif + 10, exif + 14); // the first IFD's offset now points past the file
    const { id } = await uploaded(caseworker, caseId, {
      name: 'broken.jpg',
      type: 'image/jpeg',
      data,
    });
    const item = await detail(caseworker, id);
    expect(item.analysis.status).toBe('FAILED');
    expect(item.analysis.failure).toMatch(/EXIF could not be read/);
    expect(item.analysis.image).toMatchObject({ hasGps: false, hasThumbnail: true, exif: {} });
  });

  it('keeps an image bomb without decoding it, its analysis marked as failed', async () => {
    const data = imageBomb();
    const response = await upload(caseworker, caseId, {
      name: 'huge.png',
      type: 'image/png',
      data,
    });
    expect(response.status).toBe(201);
    expect(await analysis.settled(response.body.id)).toBe('FAILED');
    const item = await detail(caseworker, response.body.id);
    expect(item.analysis.status).toBe('FAILED');
    expect(item.analysis.failure).toMatch(/100000×100000 pixels/);
    expect(item.analysis.image).toMatchObject({ hasThumbnail: false, similar: [] });
    const thumbnail = await t
      .http()
      .get(`/evidence/${response.body.id}/thumbnail`)
      .set(bearer(caseworker));
    expect(thumbnail.status).toBe(404);
    const content = await t
      .http()
      .get(`/evidence/${response.body.id}/content`)
      .set(bearer(caseworker))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(Buffer.compare(content.body as Buffer, data)).toBe(0);
  });
});

describe('the same picture in several cases', () => {
  it('is pointed out across cases, resized and re-encoded, only where the reader may see the other case, never across organisations', async () => {
    const original = await picture('a').png().toBuffer();
    const smaller = await picture('a', 400, 300).jpeg({ quality: 70 }).toBuffer();
    const mine = await uploaded(caseworker, caseId, {
      name: 'screenshot.png',
      type: 'image/png',
      data: original,
    });
    const open = await makeCase(t, admin);
    const copy = await uploaded(admin, open.id, {
      name: 'copy.jpg',
      type: 'image/jpeg',
      data: smaller,
    });
    const restricted = await makeCase(t, admin, { restricted: true });
    const hidden = await uploaded(admin, restricted.id, {
      name: 'copy.jpg',
      type: 'image/jpeg',
      data: smaller,
    });
    const unrelated = await uploaded(admin, open.id, {
      name: 'other.png',
      type: 'image/png',
      data: await picture('b').png().toBuffer(),
    });
    const other = await makeOrg(t, 'Elsewhere');
    const otherAdmin = await login(t, other.admin);
    const foreign = await uploaded(otherAdmin, (await makeCase(t, otherAdmin)).id, {
      name: 'copy.png',
      type: 'image/png',
      data: original,
    });

    const similarIds = async (token: string, id: string) =>
      ((await detail(token, id)).analysis.image.similar as { id: string }[]).map((row) => row.id);

    const seenByCaseworker = await similarIds(caseworker, mine.id);
    expect(seenByCaseworker).toContain(copy.id);
    expect(seenByCaseworker).not.toContain(hidden.id);
    expect(seenByCaseworker).not.toContain(unrelated.id);
    expect(seenByCaseworker).not.toContain(foreign.id);
    const row = (await detail(caseworker, mine.id)).analysis.image.similar.find(
      (entry: { id: string }) => entry.id === copy.id,
    );
    expect(row).toMatchObject({ caseId: open.id, caseReference: open.reference });
    expect(row.distance).toBeLessThan(16);

    const seenByAdmin = await similarIds(admin, mine.id);
    expect(seenByAdmin).toEqual(expect.arrayContaining([copy.id, hidden.id]));
    expect(seenByAdmin).not.toContain(foreign.id);
    expect(await similarIds(otherAdmin, foreign.id)).toEqual([]);
  });
});

describe('what the analysis stores', () => {
  it('is tenant-isolated by forced row-level security, and the app role can neither change nor remove it', async () => {
    const tables = ['evidence_analysis', 'evidence_auth_check', 'evidence_attachment'];
    const flags = await t.owner.$queryRaw<{ relname: string; rls: boolean; forced: boolean }[]>`
      SELECT relname, relrowsecurity AS rls, relforcerowsecurity AS forced
        FROM pg_class WHERE relname = ANY(${tables})`;
    expect(flags).toHaveLength(3);
    for (const row of flags)
      expect([row.relname, row.rls, row.forced]).toEqual([row.relname, true, true]);

    const other = await makeOrg(t, 'Neighbour');
    const client = await appRoleClient(t.config);
    const asTenant = async (organizationId: string, sql: string) => {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT set_config('app.org_id', $1, true)`, [organizationId]);
        return await client.query(sql);
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      for (const table of tables) {
        expect((await asTenant(org.id, `SELECT * FROM ${table}`)).rowCount).toBeGreaterThan(0);
        expect((await asTenant(other.id, `SELECT * FROM ${table}`)).rowCount).toBe(0);
        await expect(asTenant(org.id, `DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
        await expect(
          asTenant(org.id, `UPDATE ${table} SET organization_id = organization_id`),
        ).rejects.toThrow(/permission denied/);
      }
    } finally {
      await client.end();
    }
  });

  it("keeps an image's thumbnail when the sweep of orphaned files runs", async () => {
    const { id } = await uploaded(caseworker, caseId, {
      name: 'kept.png',
      type: 'image/png',
      data: await picture('b', 300, 200).png().toBuffer(),
    });
    const config = { ...t.config, EVIDENCE_SWEEP_GRACE_MINUTES: 0 };
    const prisma = createPrismaClient(t.config.appDatabaseUrl);
    try {
      await processJob(
        sweepEvidenceJob.queue,
        { name: sweepEvidenceJob.name, data: {}, id: 'sweep-thumbnails' },
        { config, prisma, logger: createLogger('silent') },
      );
    } finally {
      await prisma.$disconnect();
    }
    const thumbnail = await t.http().get(`/evidence/${id}/thumbnail`).set(bearer(caseworker));
    expect(thumbnail.status).toBe(200);
  });
});

describe('a bundle of analysed evidence', () => {
  const geotagged = (image: Sharp) =>
    image
      .jpeg()
      .withExif({
        IFD0: { Make: 'Fairphone', Model: 'FP5' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '48/1 51/1 2400/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '2/1 21/1 300/100',
        },
      })
      .toBuffer();

  async function manifestOf(caseId: string, body: Record<string, unknown>) {
    const response = await asBytes(
      t.http().post(`/cases/${caseId}/evidence-exports`).set(bearer(caseworker)).send(body),
    );
    expect(response.status).toBe(200);
    const { dir: folder, result } = await unpack(response.body);
    expect(result.code).toBe(0);
    try {
      return JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8'));
    } finally {
      await rm(join(folder, '..'), { recursive: true, force: true });
    }
  }

  it("carries each item's analysis: the email's headers and verdicts, EXIF without the location unless asked, the case's duplicates", async () => {
    const bundled = await makeCase(t, caseworker);
    const message = await uploaded(caseworker, bundled.id, {
      name: 'threat.eml',
      type: 'message/rfc822',
      data: await signedMessage(await picture('b', 200, 150).png().toBuffer()),
    });
    const photo = await uploaded(caseworker, bundled.id, {
      name: 'photo.jpg',
      type: 'image/jpeg',
      data: await geotagged(picture('a')),
    });
    const resized = await uploaded(caseworker, bundled.id, {
      name: 'resized.jpg',
      type: 'image/jpeg',
      data: await picture('a', 400, 300).jpeg({ quality: 70 }).toBuffer(),
    });
    // The same picture in another case is not the bundle's business.
    const elsewhere = await uploaded(caseworker, (await makeCase(t, caseworker)).id, {
      name: 'elsewhere.png',
      type: 'image/png',
      data: await picture('a').png().toBuffer(),
    });
    await analysis.pause();
    let waiting: string;
    try {
      waiting = (
        await upload(caseworker, bundled.id, {
          name: 'waiting.png',
          type: 'image/png',
          data: await picture('b', 90, 60).png().toBuffer(),
        })
      ).body.id;
      const manifest = await manifestOf(bundled.id, { recipient: 'SURVIVOR' });
      const analysisOf = (id: string) =>
        manifest.items.find((item: { id: string }) => item.id === id)?.analysis;

      const view = (await detail(caseworker, message.id)).analysis;
      const mail = analysisOf(message.id);
      expect(mail).toMatchObject({
        state: 'DONE',
        failure: null,
        email: {
          headers: view.email.headers,
          authenticity: { verdicts: view.email.authenticity.verdicts },
          attachmentIds: view.email.attachments.map((row: { id: string }) => row.id),
        },
      });
      expect(mail.email.authenticity.dnsAnswers).toHaveLength(view.email.authenticity.dnsAnswers);
      expect(mail.email.attachmentIds).toHaveLength(1);

      expect(analysisOf(photo.id)).toMatchObject({
        state: 'DONE',
        image: {
          width: 800,
          height: 600,
          exif: { Make: 'Fairphone', Model: 'FP5' },
          location: 'withheld',
        },
      });
      expect(JSON.stringify(manifest)).not.toMatch(/48\.85|latitude/);
      const duplicates = (id: string) =>
        (analysisOf(id).image.duplicates as { id: string }[]).map((row) => row.id);
      expect(duplicates(photo.id)).toEqual([resized.id]);
      expect(duplicates(resized.id)).toEqual([photo.id]);
      expect(JSON.stringify(manifest)).not.toContain(elsewhere.id);
      expect(analysisOf(waiting)).toEqual({ state: 'PENDING', failure: null, analysedAt: null });
    } finally {
      analysis.resume();
    }
    await analysis.settled(waiting);

    const asked = await manifestOf(bundled.id, { recipient: 'SURVIVOR', includeLocation: true });
    const location = asked.items.find((item: { id: string }) => item.id === photo.id).analysis.image
      .location;
    expect(location.latitude).toBeCloseTo(48.8567, 3);
    expect(location.longitude).toBeCloseTo(2.3508, 3);
    const exported = (await detail(caseworker, photo.id)).custody.filter(
      (entry: { action: string }) => entry.action === 'evidence.exported',
    );
    expect(
      exported.map((entry: { data: { includeLocation: boolean } }) => entry.data.includeLocation),
    ).toEqual([false, true]);
  });
});

describe('the analysis as a worker job', () => {
  const queueing = () => queueOptions(t.config);
  const state = (id: string) =>
    t.owner.evidenceItem.findUniqueOrThrow({
      where: { id },
      select: { analysisState: true, analysisAttempts: true },
    });
  const makeStale = (id: string) =>
    t.owner.$executeRaw`
      UPDATE evidence_item SET analysis_requested_at = now() - interval '11 minutes'
       WHERE id = ${id}::uuid`;
  const sweep = async () => {
    const prisma = createPrismaClient(t.config.appDatabaseUrl);
    try {
      return (await processJob(
        sweepEvidenceAnalysisJob.queue,
        { name: sweepEvidenceAnalysisJob.name, data: {}, id: 'sweep-analysis' },
        { config: t.config, prisma, logger: createLogger('silent') },
      )) as { due: number; queued: number };
    } finally {
      await prisma.$disconnect();
    }
  };

  it('loses no analysis when Redis loses its jobs: the sweep queues a stale item again, once', async () => {
    await analysis.pause();
    const queue = new Queue(ANALYSIS_JOB.queue, queueing());
    try {
      const response = await upload(caseworker, caseId, {
        name: 'lost.png',
        type: 'image/png',
        data: await picture('b', 240, 180).png().toBuffer(),
      });
      expect(response.status).toBe(201);
      const id = response.body.id as string;
      expect(await queue.getJob(analysisJobId(id))).toBeDefined();
      // Redis forgets every job; the item's row still says it waits.
      await queue.obliterate({ force: true });
      expect(await state(id)).toEqual({ analysisState: 'PENDING', analysisAttempts: 0 });

      // Not yet stale: the sweep leaves it, in case its job is still on its way.
      expect((await sweep()).queued).toBe(0);
      await makeStale(id);
      expect(await sweep()).toMatchObject({ queued: 1 });
      // A second sweep before the worker takes it queues nothing more.
      expect(await sweep()).toMatchObject({ queued: 0 });
      expect(await queue.getJobCounts('waiting', 'prioritized')).toMatchObject({ waiting: 1 });

      analysis.resume();
      expect(await analysis.settled(id)).toBe('DONE');
      expect(await state(id)).toEqual({ analysisState: 'DONE', analysisAttempts: 1 });
      expect((await detail(caseworker, id)).analysis.image).toMatchObject({ hasThumbnail: true });
      expect(await sweep()).toMatchObject({ due: 0 });
    } finally {
      analysis.resume();
      await queue.close();
    }
  });

  it('runs an item once however often its job is asked for, and records one analysis', async () => {
    const { id } = await uploaded(caseworker, caseId, {
      name: 'once.png',
      type: 'image/png',
      data: await picture('a', 300, 220).png().toBuffer(),
    });
    const prisma = createPrismaClient(t.config.appDatabaseUrl);
    try {
      const again = await processJob(
        ANALYSIS_JOB.queue,
        { name: ANALYSIS_JOB.name, data: { organizationId: org.id, itemId: id }, id: 'again' },
        { config: t.config, prisma, logger: createLogger('silent') },
      );
      expect(again).toEqual({ outcome: 'not-pending' });
    } finally {
      await prisma.$disconnect();
    }
    const analysed = (await detail(caseworker, id)).custody.filter(
      (entry: { action: string }) => entry.action === 'evidence.analysed',
    );
    expect(analysed).toHaveLength(1);
    expect(await state(id)).toEqual({ analysisState: 'DONE', analysisAttempts: 1 });
  });

  it('gives up on a file whose analysis never finishes, keeping the file and saying why', async () => {
    await analysis.pause();
    try {
      const response = await upload(caseworker, caseId, {
        name: 'poison.png',
        type: 'image/png',
        data: await picture('a', 120, 90).png().toBuffer(),
      });
      const id = response.body.id as string;
      // As if three workers had died in it, one after the other.
      await t.owner.evidenceItem.update({ where: { id }, data: { analysisAttempts: 3 } });
      analysis.resume();
      expect(await analysis.settled(id)).toBe('FAILED');
      const item = await detail(caseworker, id);
      expect(item.analysisState).toBe('FAILED');
      expect(item.analysis.failure).toMatch(/started 3 times and never finished/);
      expect((await t.http().get(`/evidence/${id}/content`).set(bearer(caseworker))).status).toBe(
        200,
      );
    } finally {
      analysis.resume();
    }
  });

  it('finishes the analysis of an email after the worker process is killed in the middle of it', async () => {
    // DNS that never answers holds the worker inside the DKIM check long enough to kill it.
    const silent = createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
    const answering = await startLoopbackDns({
      [`${SELECTOR}._domainkey.${DOMAIN}`]: `v=DKIM1; k=rsa; p=${PUBLIC_KEY}`,
    });
    const workerScript = join(__dirname, '../dist/worker.js');
    if (!existsSync(workerScript))
      throw new Error(`build the API first: ${workerScript} is missing`);
    const startWorker = (dnsServers: string) =>
      spawn(process.execPath, [workerScript], {
        env: {
          ...process.env,
          REDIS_PREFIX: t.config.REDIS_PREFIX,
          EVIDENCE_DIR: dir,
          DNS_SERVERS: dnsServers,
          LOG_LEVEL: 'silent',
          // The killed worker's job is taken over after this, not BullMQ's default 30 s.
          JOB_LOCK_SECONDS: '3',
        },
        stdio: 'ignore',
      });
    const children: ChildProcess[] = [];
    await analysis.pause();
    try {
      children.push(startWorker(`127.0.0.1:${(silent.address() as AddressInfo).port}`));
      const { id } = (
        await upload(caseworker, caseId, {
          name: 'killed.eml',
          type: 'message/rfc822',
          data: await signedMessage(await picture('b', 160, 120).png().toBuffer()),
        })
      ).body as { id: string };
      await waitUntil(async () => (await state(id)).analysisAttempts === 1, 30_000);
      const killed = new Promise((resolve) => children[0]!.once('exit', resolve));
      children[0]!.kill('SIGKILL');
      await killed;
      expect(await state(id)).toEqual({ analysisState: 'PENDING', analysisAttempts: 1 });
      expect(await t.owner.evidenceAnalysis.count({ where: { itemId: id } })).toBe(0);

      // A new worker takes the job its predecessor left running, once BullMQ sees it stalled.
      children.push(startWorker(answering.address));
      await waitUntil(async () => (await state(id)).analysisState !== 'PENDING', 90_000);
      expect(await state(id)).toEqual({ analysisState: 'DONE', analysisAttempts: 2 });
      const item = await detail(caseworker, id);
      expect(item.analysis.email.authenticity.verdicts.dkim).toEqual([
        expect.objectContaining({ result: 'pass', domain: DOMAIN }),
      ]);
      // The attachment was filed once, whichever run got to it.
      expect(item.analysis.email.attachments).toEqual([
        { id: expect.any(String), fileName: 'street.png' },
      ]);
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      silent.close();
      await answering.close();
      analysis.resume();
    }
  }, 150_000);
});

async function waitUntil(probe: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
