import fc from 'fast-check';
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceRoutes } from '@cairn/contracts';
import { createPrismaClient } from '../src/core/database/prisma.service';
import { createLogger } from '../src/core/logging/logger';
import { processJob } from '../src/jobs/process-job';
import { sweepEvidenceJob } from '../src/jobs/sweep-evidence.job';
import { chainedAuditEvents } from './support/audit';
import { makeCase } from './support/case-factory';
import {
  abandonedUpload,
  BOUNDARY,
  eventually,
  multipartBody,
  Part,
  rawGet,
} from './support/evidence-http';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { appRoleClient, startTestApp, TestApp } from './support/test-app';

let t: TestApp;
let dir: string;
let org: TestOrg;
let admin: string;
let caseworker: string;
let supervisor: string;
let caseId: string;

// A PNG's signature, header chunk and the start of its image data: enough to read its type.
const PNG_HEAD = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.alloc(17),
  Buffer.from('0000100049444154', 'hex'),
]);
const png = (size: number) => Buffer.concat([PNG_HEAD, randomBytes(size - PNG_HEAD.length)]);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-evidence-'));
  t = await startTestApp({ EVIDENCE_DIR: dir, EVIDENCE_SWEEP_GRACE_MINUTES: '10' });
  org = await makeOrg(t, 'Vault');
  admin = await login(t, org.admin);
  caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
  supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
  caseId = (await makeCase(t, caseworker)).id;
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

function upload(token: string, id: string, parts: Part[]) {
  return t
    .http()
    .post(`/cases/${id}/evidence`)
    .set(bearer(token))
    .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
    .send(multipartBody(parts));
}

/** Every file the store holds for an organisation, finished or not. */
async function filesOf(organizationId: string): Promise<string[]> {
  return readdir(join(dir, organizationId)).catch(() => []);
}

const itemsOf = (organizationId: string) =>
  t.owner.evidenceItem.count({ where: { organizationId } });

const blobPath = (organizationId: string, itemId: string) => join(dir, organizationId, itemId);

async function stored(token: string, data: Buffer, name = 'photo.png') {
  const response = await upload(token, caseId, [
    { name: 'file', filename: name, type: 'image/png', data },
  ]);
  expect(response.status).toBe(201);
  return response.body as { id: string; sha256: string; sizeBytes: number };
}

describe('upload and download', () => {
  it('keeps the file byte for byte with its SHA-256, name, types and times, and encrypted at rest', async () => {
    const data = png(300_000);
    const response = await upload(caseworker, caseId, [
      { name: 'capturedAt', value: '2026-06-01T21:15:00+02:00' },
      { name: 'file', filename: 'capture d’écran ☂.jpg', type: 'image/jpeg', data },
    ]);
    expect(response.status).toBe(201);
    const item = response.body;
    expect(item).toMatchObject({
      caseId,
      kind: 'IMAGE',
      fileName: 'capture d’écran ☂.jpg',
      sizeBytes: data.length,
      sha256: sha256(data),
      declaredType: 'image/jpeg',
      detectedType: 'image/png',
      typeMismatch: true,
      capturedAt: '2026-06-01T19:15:00.000Z',
      uploadedBy: { displayName: 'CASEWORKER person' },
      hidden: null,
      legalHold: null,
      // The worker reads its metadata after the answer (no worker runs in this spec).
      analysisState: 'PENDING',
    });
    expect(Date.now() - Date.parse(item.receivedAt)).toBeLessThan(60_000);

    const onDisk = await readFile(blobPath(org.id, item.id));
    expect(onDisk.includes(data.subarray(1000, 1064))).toBe(false);

    const download = await rawGet(t, `/evidence/${item.id}/content`, caseworker);
    expect(download.status).toBe(200);
    expect(download.complete).toBe(true);
    expect(sha256(download.body)).toBe(sha256(data));
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="capture d__cran _.jpg"; filename*=UTF-8''capture%20d%E2%80%99%C3%A9cran%20%E2%98%82.jpg`,
    );
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");

    const verify = await t.http().post(`/evidence/${item.id}/verify`).set(bearer(caseworker));
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ matches: true, problem: null, actualSha256: sha256(data) });

    const detail = await t.http().get(`/evidence/${item.id}`).set(bearer(supervisor));
    expect(detail.status).toBe(200);
    expect(detail.body.custody.map((entry: { action: string }) => entry.action)).toEqual([
      'evidence.uploaded',
      'evidence.downloaded',
      'evidence.verified',
      'evidence.viewed',
    ]);
    expect(detail.body.custody[0].actor.displayName).toBe('CASEWORKER person');

    const timeline = await t.http().get(`/cases/${caseId}/timeline`).set(bearer(caseworker));
    expect(JSON.stringify(timeline.body)).toContain(item.id);
  });

  it('answers HEAD with the download headers, logged as a view, not a download', async () => {
    const item = await stored(caseworker, png(3000));
    const head = await t.http().head(`/evidence/${item.id}/content`).set(bearer(caseworker));
    expect(head.status).toBe(200);
    expect(head.headers).toMatchObject({
      'content-length': '3000',
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
    });
    const events = await chainedAuditEvents(t, org.id, { targetId: item.id });
    const actions = events.map((event) => event.action);
    expect(actions).toContain('evidence.viewed');
    expect(actions).not.toContain('evidence.downloaded');
  });

  it('serves an uploaded HTML page only as an inert attachment', async () => {
    const page = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const response = await upload(caseworker, caseId, [
      { name: 'kind', value: 'WEB_PAGE' },
      { name: 'file', filename: 'post.html', type: 'text/html', data: page },
    ]);
    expect(response.body).toMatchObject({
      kind: 'WEB_PAGE',
      detectedType: null,
      typeMismatch: false,
    });
    const download = await rawGet(t, `/evidence/${response.body.id}/content`, caseworker);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(download.body.equals(page)).toBe(true);
  });

  it('makes a path or a disguised extension in the file name harmless', async () => {
    const path = await upload(caseworker, caseId, [
      { name: 'file', filename: '../../etc/passwd', data: Buffer.from('x') },
    ]);
    expect(path.status).toBe(201);
    expect(path.body.fileName).toBe('passwd');
    const disguised = await upload(caseworker, caseId, [
      { name: 'file', filename: 'invoice\u202efdp.exe', data: Buffer.from('MZ') },
    ]);
    expect(disguised.body.fileName).toBe('invoicefdp.exe');
    expect(await filesOf(org.id)).not.toContain('passwd');
  });
});

describe('bad uploads answer a problem naming what was wrong and keep nothing', () => {
  let before: { rows: number; files: number };
  beforeEach(async () => {
    before = { rows: await itemsOf(org.id), files: (await filesOf(org.id)).length };
  });
  afterEach(async () => {
    expect(await itemsOf(org.id)).toBe(before.rows);
    expect((await filesOf(org.id)).length).toBe(before.files);
  });

  it('a multipart body that ends inside the file', async () => {
    const whole = multipartBody([{ name: 'file', filename: 'cut.png', data: png(200_000) }], {
      close: false,
    });
    const response = await t
      .http()
      .post(`/cases/${caseId}/evidence`)
      .set(bearer(caseworker))
      .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
      .send(whole.subarray(0, 150_000));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('upload-incomplete');
  });

  it('a body that ends a byte into the file, before the upload has started storing it', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await t
        .http()
        .post(`/cases/${caseId}/evidence`)
        .set(bearer(caseworker))
        .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
        .send(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n `,
        );
      expect([response.status, response.body.code]).toEqual([400, 'upload-incomplete']);
    }
  });

  it('a sender that goes away in the middle of the file', async () => {
    const head = multipartBody([{ name: 'file', filename: 'gone.png', data: png(400_000) }], {
      close: false,
    });
    await abandonedUpload(t, `/cases/${caseId}/evidence`, caseworker, head.subarray(0, 300_000));
    // The server notices the closed connection on its own time.
    await eventually(
      async () => (await filesOf(org.id)).length,
      (count) => count === before.files,
    );
  });

  it('no file part', async () => {
    const response = await upload(caseworker, caseId, [
      { name: 'capturedAt', value: '2026-06-01T10:00:00Z' },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
  });

  it('two files where one is expected', async () => {
    const response = await upload(caseworker, caseId, [
      { name: 'file', filename: 'a.png', data: png(1000) },
      { name: 'file', filename: 'b.png', data: png(1000) },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'file', message: 'send one file per upload' }),
    ]);
  });

  it('an empty file', async () => {
    const response = await upload(caseworker, caseId, [
      { name: 'file', filename: 'empty.png', data: Buffer.alloc(0) },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'file', message: 'the file is empty' }),
    ]);
  });

  it('a field that is not a date, or one sent after the file', async () => {
    const bad = await upload(caseworker, caseId, [
      { name: 'capturedAt', value: 'last Tuesday' },
      { name: 'file', filename: 'a.png', data: png(1000) },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'capturedAt' })]);
    const late = await upload(caseworker, caseId, [
      { name: 'file', filename: 'a.png', data: png(1000) },
      { name: 'capturedAt', value: '2026-06-01T10:00:00Z' },
    ]);
    expect(late.status).toBe(400);
    expect(late.body.errors).toEqual([expect.objectContaining({ field: 'capturedAt' })]);
  });

  it('an incident of another case', async () => {
    const other = await makeCase(t, caseworker);
    const incident = await t
      .http()
      .post(`/cases/${other.id}/incidents`)
      .set(bearer(caseworker))
      .send({
        occurredAt: '2026-06-01T10:00',
        timeZone: 'UTC',
        location: { kind: 'UNKNOWN' },
        description: 'x',
      });
    const response = await upload(caseworker, caseId, [
      { name: 'incidentId', value: incident.body.id },
      { name: 'file', filename: 'a.png', data: png(1000) },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'incidentId' })]);
  });

  it('JSON instead of multipart', async () => {
    const response = await t
      .http()
      .post(`/cases/${caseId}/evidence`)
      .set(bearer(caseworker))
      .send({ file: 'aGVsbG8=' });
    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it("a file over the organisation's limit", async () => {
    await t.owner.evidenceSettings.create({
      data: { organizationId: org.id, maxUploadBytes: 100_000 },
    });
    try {
      const response = await upload(caseworker, caseId, [
        { name: 'file', filename: 'big.png', data: png(250_000) },
      ]);
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'upload-too-large', limitBytes: 100_000 });
      const fits = await upload(caseworker, caseId, [
        { name: 'file', filename: 'fits.png', data: png(100_000) },
      ]);
      expect(fits.status).toBe(201);
      before.rows += 1;
      before.files += 1;
    } finally {
      await t.owner.evidenceSettings.delete({ where: { organizationId: org.id } });
    }
  });
});

describe('generated multipart bodies', () => {
  it('answer a client problem or a stored item, never a 5xx, and leave no file without its item', async () => {
    const piece = fc.oneof(
      fc.constantFrom(
        `--${BOUNDARY}\r\n`,
        `--${BOUNDARY}--\r\n`,
        'Content-Disposition: form-data; name="file"; filename="a.png"\r\n',
        'Content-Disposition: form-data; name="capturedAt"\r\n',
        'Content-Disposition: form-data; name="__proto__"\r\n',
        'Content-Type: image/png\r\n',
        '\r\n',
        '2026-06-01T10:00:00Z',
      ),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 14 }),
        fc.constantFrom(BOUNDARY, '', '"', 'x'.repeat(80)),
        async (pieces, boundary) => {
          const response = await t
            .http()
            .post(`/cases/${caseId}/evidence`)
            .set(bearer(caseworker))
            .set('content-type', `multipart/form-data; boundary=${boundary}`)
            .send(Buffer.from(pieces.join('')));
          expect(response.status).toBeLessThan(500);
          if (response.status !== 201) {
            expect(response.headers['content-type']).toContain('application/problem+json');
          }
        },
      ),
      { numRuns: 300 },
    );
    const items = await t.owner.evidenceItem.findMany({
      where: { organizationId: org.id },
      select: { id: true },
    });
    const names = new Set(items.map((item) => item.id));
    expect((await filesOf(org.id)).filter((name) => !names.has(name))).toEqual([]);
  }, 120_000);
});

describe('stored content that changed', () => {
  it('a flipped byte fails verify, and the download never completes as a success', async () => {
    const data = png(300_000);
    const item = await stored(caseworker, data);
    const path = blobPath(org.id, item.id);
    const blob = await readFile(path);
    blob[200_000] = (blob[200_000] ?? 0) ^ 0x01;
    await writeFile(path, blob);

    const verify = await t.http().post(`/evidence/${item.id}/verify`).set(bearer(caseworker));
    expect(verify.body).toMatchObject({
      matches: false,
      problem: 'unreadable',
      actualSha256: null,
    });

    const download = await rawGet(t, `/evidence/${item.id}/content`, caseworker);
    expect(download.status === 200 && download.complete).toBe(false);
    expect(download.body.length).toBeLessThan(data.length);
  });

  it('a flipped byte at the start answers a problem instead of a download', async () => {
    const item = await stored(caseworker, png(1000));
    const path = blobPath(org.id, item.id);
    const blob = await readFile(path);
    blob[20] = (blob[20] ?? 0) ^ 0x80;
    await writeFile(path, blob);
    const download = await t.http().get(`/evidence/${item.id}/content`).set(bearer(caseworker));
    expect(download.status).toBe(500);
    expect(download.body.code).toBe('evidence-unreadable');
  });

  it('a stored file gone missing is reported by verify and download alike', async () => {
    const item = await stored(caseworker, png(1000));
    await rm(blobPath(org.id, item.id));
    const verify = await t.http().post(`/evidence/${item.id}/verify`).set(bearer(caseworker));
    expect(verify.body).toMatchObject({ matches: false, problem: 'missing' });
    const download = await t.http().get(`/evidence/${item.id}/content`).set(bearer(caseworker));
    expect(download.status).toBe(500);
    expect(download.body.code).toBe('evidence-unreadable');
  });

  it("another item's blob copied over this one's fails to open", async () => {
    const victim = await stored(caseworker, png(5000), 'victim.png');
    const other = await stored(caseworker, png(5000), 'other.png');
    await copyFile(blobPath(org.id, other.id), blobPath(org.id, victim.id));
    const download = await t.http().get(`/evidence/${victim.id}/content`).set(bearer(caseworker));
    expect(download.status).toBe(500);
    const verify = await t.http().post(`/evidence/${victim.id}/verify`).set(bearer(caseworker));
    expect(verify.body).toMatchObject({ matches: false, problem: 'unreadable' });
  });
});

describe('hidden, shown, held and released, never changed or deleted', () => {
  it('records each change with its reason and who made it; only supervisors hold', async () => {
    const item = await stored(caseworker, png(2000));
    const reason = (text: string) => ({ reason: text });
    const hide = await t
      .http()
      .post(`/evidence/${item.id}/hide`)
      .set(bearer(caseworker))
      .send(reason('duplicate of another screenshot'));
    expect(hide.status).toBe(200);
    expect(hide.body.hidden).toMatchObject({ reason: 'duplicate of another screenshot' });

    const listed = await t.http().get(`/cases/${caseId}/evidence`).set(bearer(caseworker));
    expect(listed.body.items.map((entry: { id: string }) => entry.id)).not.toContain(item.id);
    const hiddenOnes = await t
      .http()
      .get(`/cases/${caseId}/evidence?hidden=only`)
      .set(bearer(caseworker));
    expect(hiddenOnes.body.items.map((entry: { id: string }) => entry.id)).toEqual([item.id]);

    const again = await t
      .http()
      .post(`/evidence/${item.id}/hide`)
      .set(bearer(caseworker))
      .send(reason('x'));
    expect(again.status).toBe(409);
    const noReason = await t
      .http()
      .post(`/evidence/${item.id}/show`)
      .set(bearer(caseworker))
      .send({});
    expect(noReason.status).toBe(400);
    const show = await t
      .http()
      .post(`/evidence/${item.id}/show`)
      .set(bearer(caseworker))
      .send(reason('needed for the police report'));
    expect(show.body.hidden).toBeNull();

    const caseworkerHold = await t
      .http()
      .post(`/evidence/${item.id}/hold`)
      .set(bearer(caseworker))
      .send(reason('court order'));
    expect(caseworkerHold.status).toBe(403);
    const hold = await t
      .http()
      .post(`/evidence/${item.id}/hold`)
      .set(bearer(supervisor))
      .send(reason('court order 2026/114'));
    expect(hold.body.legalHold).toMatchObject({
      reason: 'court order 2026/114',
      by: { displayName: 'SUPERVISOR person' },
    });
    const release = await t
      .http()
      .post(`/evidence/${item.id}/release`)
      .set(bearer(admin))
      .send(reason('case closed by the court'));
    expect(release.body.legalHold).toBeNull();

    const detail = await t.http().get(`/evidence/${item.id}`).set(bearer(caseworker));
    expect(
      detail.body.flagChanges.map((change: { change: string; reason: string }) => [
        change.change,
        change.reason,
      ]),
    ).toEqual([
      ['HIDDEN', 'duplicate of another screenshot'],
      ['SHOWN', 'needed for the police report'],
      ['HOLD_SET', 'court order 2026/114'],
      ['HOLD_RELEASED', 'case closed by the court'],
    ]);
    expect(detail.body.custody.map((entry: { action: string }) => entry.action)).toEqual([
      'evidence.uploaded',
      'evidence.hidden',
      'evidence.shown',
      'evidence.hold-set',
      'evidence.hold-released',
      'evidence.viewed',
    ]);
  });

  it('offers no route that deletes or replaces content, and the app role may do neither', async () => {
    const item = await stored(caseworker, png(2000));
    expect((await t.http().delete(`/evidence/${item.id}`).set(bearer(admin))).status).toBe(404);
    expect((await t.http().put(`/evidence/${item.id}/content`).set(bearer(admin))).status).toBe(
      404,
    );
    const client = await appRoleClient(t.config);
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
      await expect(
        client.query(`UPDATE evidence_item SET sha256 = repeat('0', 64) WHERE id = $1`, [item.id]),
      ).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [org.id]);
      await expect(
        client.query(`DELETE FROM evidence_item WHERE id = $1`, [item.id]),
      ).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});

describe('links to abusive posts', () => {
  it('keeps the address, title, when it was seen and the archive link, and has no content', async () => {
    const response = await t
      .http()
      .post(`/cases/${caseId}/evidence/links`)
      .set(bearer(caseworker))
      .send({
        url: 'https://social.example/@someone/1234',
        title: 'Post naming her workplace',
        seenAt: '2026-06-02T08:00:00Z',
        archiveUrl: 'https://archive.example/abcd',
      });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'LINK',
      fileName: null,
      sha256: null,
      link: {
        url: 'https://social.example/@someone/1234',
        title: 'Post naming her workplace',
        seenAt: '2026-06-02T08:00:00.000Z',
        archiveUrl: 'https://archive.example/abcd',
      },
    });
    const download = await t
      .http()
      .get(`/evidence/${response.body.id}/content`)
      .set(bearer(caseworker));
    expect(download.status).toBe(409);
    const bad = await t
      .http()
      .post(`/cases/${caseId}/evidence/links`)
      .set(bearer(caseworker))
      .send({ url: 'javascript:alert(1)', seenAt: '2026-06-02T08:00:00Z' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
  });
});

describe('who may see evidence', () => {
  let other: TestOrg;
  let otherToken: string;
  let otherItem: string;
  let otherCase: string;

  beforeAll(async () => {
    other = await makeOrg(t, 'Other');
    otherToken = await login(t, other.admin);
    otherCase = (await makeCase(t, otherToken)).id;
    const response = await upload(otherToken, otherCase, [
      { name: 'file', filename: 'theirs.png', data: png(1000) },
    ]);
    otherItem = response.body.id;
  });

  const fill = (path: string) =>
    path
      .replace('/cases/{id}', `/cases/${otherCase}`)
      .replace('/evidence/{id}', `/evidence/${otherItem}`);

  /** The route called with the other organisation's ids, as token. */
  function call(route: (typeof evidenceRoutes)[keyof typeof evidenceRoutes], token: string) {
    const base = t
      .http()
      [route.method.toLowerCase() as 'get' | 'post'](fill(route.path))
      .set(bearer(token));
    if (route === evidenceRoutes.upload) {
      return base
        .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
        .send(multipartBody([{ name: 'file', filename: 'x.png', data: png(1000) }]));
    }
    return base.send(
      route === evidenceRoutes.addLink
        ? { url: 'https://x.example/', seenAt: '2026-06-01T10:00:00Z' }
        : { reason: 'taking over' },
    );
  }

  it.each(Object.values(evidenceRoutes).map((route) => [`${route.method} ${route.path}`, route]))(
    "%s answers 404 for another organisation's ids, and changes nothing",
    async (_name, route) => {
      const before = await t.owner.evidenceItem.findMany({ where: { caseId: otherCase } });
      const response = await call(route, admin);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await t.owner.evidenceItem.findMany({ where: { caseId: otherCase } })).toEqual(before);
      expect(await filesOf(org.id)).not.toContain(otherItem);
      // The same call by the organisation that owns the ids does reach them.
      expect((await call(route, otherToken)).status).not.toBe(404);
    },
  );

  it("hides a restricted case's evidence from a caseworker not assigned to it", async () => {
    const restricted = await makeCase(t, admin, { restricted: true });
    const item = (
      await upload(admin, restricted.id, [{ name: 'file', filename: 'r.png', data: png(1000) }])
    ).body.id as string;
    for (const call of [
      t.http().get(`/evidence/${item}`),
      t.http().get(`/evidence/${item}/content`),
      t.http().post(`/evidence/${item}/verify`),
      t.http().get(`/cases/${restricted.id}/evidence`),
    ]) {
      expect((await call.set(bearer(caseworker))).status).toBe(404);
    }
    expect((await t.http().get(`/evidence/${item}`).set(bearer(supervisor))).status).toBe(200);
  });
});

describe('the sweep of crash leftovers', () => {
  it('removes old blobs no item owns and unfinished writes, and keeps every item and recent write', async () => {
    const kept = await stored(caseworker, png(2000));
    const appPrisma = createPrismaClient(t.config.appDatabaseUrl);
    const folder = join(dir, org.id);
    await mkdir(folder, { recursive: true });
    const orphan = join(folder, '5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a11');
    const unfinished = join(folder, '5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a12.partial-abc123');
    const fresh = join(folder, '5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a13');
    for (const path of [orphan, unfinished, fresh]) await writeFile(path, 'leftover');
    const old = new Date(Date.now() - 3_600_000);
    for (const path of [orphan, unfinished, blobPath(org.id, kept.id)])
      await utimes(path, old, old);

    const result = await processJob(
      sweepEvidenceJob.queue,
      { name: sweepEvidenceJob.name, data: {}, id: 'sweep-1' },
      { config: t.config, prisma: appPrisma, logger: createLogger('silent') },
    );
    const files = await filesOf(org.id);
    expect(files).not.toContain('5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a11');
    expect(files).not.toContain('5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a12.partial-abc123');
    expect(files).toContain('5d0c8a4e-9d1c-4c35-8f43-3b0f7e0c0a13');
    expect(files).toContain(kept.id);
    expect(result).toEqual({ removed: 2 });
    const download = await rawGet(t, `/evidence/${kept.id}/content`, caseworker);
    expect(download.status).toBe(200);
    await rm(fresh);
    await appPrisma.$disconnect();
  });
});
