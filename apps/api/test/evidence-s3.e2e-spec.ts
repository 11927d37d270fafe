import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { makeCase } from './support/case-factory';
import {
  abandonedUpload,
  BOUNDARY,
  eventually,
  multipartBody,
  Part,
  rawGet,
} from './support/evidence-http';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const BUCKET = 'cairn-evidence';
let s3rver: S3rver;
let s3: S3Client;
let dir: string;
let t: TestApp;
let org: TestOrg;
let token: string;
let caseId: string;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-s3rver-'));
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3rver.run();
  const s3Settings = {
    EVIDENCE_STORAGE: 's3',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  };
  t = await startTestApp(s3Settings);
  s3 = new S3Client({
    region: 'us-east-1',
    endpoint: s3Settings.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  org = await makeOrg(t, 'Bucket');
  token = await login(t, org.admin);
  caseId = (await makeCase(t, token)).id;
});
afterAll(async () => {
  await t.close();
  s3.destroy();
  await s3rver.close();
  await rm(dir, { recursive: true, force: true });
});

const upload = (parts: Part[]) =>
  t
    .http()
    .post(`/cases/${caseId}/evidence`)
    .set(bearer(token))
    .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
    .send(multipartBody(parts));

async function objects(): Promise<string[]> {
  const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${org.id}/` }));
  return (page.Contents ?? []).map((object) => object.Key as string);
}

const rows = () => t.owner.evidenceItem.count({ where: { organizationId: org.id } });

async function objectBytes(key: string): Promise<Buffer> {
  const answer = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await answer.Body!.transformToByteArray());
}

describe('evidence in an S3-compatible store', () => {
  it('keeps a file of several parts byte for byte, sealed, under the item key', async () => {
    const data = randomBytes(20 * 1024 * 1024 + 123);
    const response = await upload([{ name: 'file', filename: 'recording.m4a', data }]);
    expect(response.status).toBe(201);
    expect(response.body.sha256).toBe(sha256(data));
    const key = `${org.id}/${response.body.id}`;
    expect(await objects()).toEqual([key]);
    expect((await objectBytes(key)).includes(data.subarray(5000, 5064))).toBe(false);

    const download = await rawGet(t, `/evidence/${response.body.id}/content`, token);
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(sha256(data));
    const verify = await t.http().post(`/evidence/${response.body.id}/verify`).set(bearer(token));
    expect(verify.body.matches).toBe(true);
  });

  it('a truncated upload, an abandoned one or one over the limit leaves no row and no object', async () => {
    const before = { rows: await rows(), objects: (await objects()).length };
    const cut = multipartBody([{ name: 'file', filename: 'a.bin', data: randomBytes(300_000) }], {
      close: false,
    });
    const truncated = await t
      .http()
      .post(`/cases/${caseId}/evidence`)
      .set(bearer(token))
      .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
      .send(cut.subarray(0, 200_000));
    expect(truncated.status).toBe(400);

    const big = multipartBody([
      { name: 'file', filename: 'b.bin', data: randomBytes(12 * 1024 * 1024) },
    ]);
    await abandonedUpload(t, `/cases/${caseId}/evidence`, token, big.subarray(0, 10 * 1024 * 1024));

    await t.owner.evidenceSettings.create({
      data: { organizationId: org.id, maxUploadBytes: 9 * 1024 * 1024 },
    });
    const over = await upload([
      { name: 'file', filename: 'c.bin', data: randomBytes(10 * 1024 * 1024) },
    ]);
    await t.owner.evidenceSettings.delete({ where: { organizationId: org.id } });
    expect(over.status).toBe(413);

    expect(await rows()).toBe(before.rows);
    expect((await eventually(objects, (keys) => keys.length === before.objects)).length).toBe(
      before.objects,
    );
  });

  it('a flipped byte in the stored object fails verify and download', async () => {
    const data = randomBytes(200_000);
    const item = (await upload([{ name: 'file', filename: 'd.bin', data }])).body;
    const key = `${org.id}/${item.id}`;
    const sealed = await objectBytes(key);
    sealed[10] = (sealed[10] ?? 0) ^ 0x01;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: sealed }));

    const verify = await t.http().post(`/evidence/${item.id}/verify`).set(bearer(token));
    expect(verify.body).toMatchObject({ matches: false, problem: 'unreadable' });
    const download = await rawGet(t, `/evidence/${item.id}/content`, token);
    expect(download.status === 200 && download.complete).toBe(false);
  });
});
