import { defaultGuideFiles, formVersion } from '@cairn/content';
import { solveChallenge } from 'altcha-lib/v1';
import { randomBytes } from 'node:crypto';
import { BOUNDARY, multipartBody, type Part } from './evidence-http';
import { bearer, login, type TestOrg } from './factories';
import { helplineBody } from './org-records';
import type { TestApp } from './test-app';

/** The shared guide's intake form, which organisations offer unless they publish their own. */
export const FORM_ID = 'incident-record';
export const FORM_PATH = 'en/online-abuse/document-evidence/beginner/f_incident-record.yml';

export async function sharedFormSource(path = FORM_PATH): Promise<string> {
  const file = (await defaultGuideFiles()).find((entry) => entry.path === path);
  if (!file) throw new Error(`the shared guide has no ${path}`);
  return file.text;
}

/** Makes the shared incident record the organisation's intake form (a helpline names it). */
export async function offerIntakeForm(t: TestApp, org: TestOrg): Promise<void> {
  const token = await login(t, org.admin);
  const response = await t
    .http()
    .post('/content/helplines')
    .set(bearer(token))
    .send(helplineBody({ intakeFormId: FORM_ID }));
  if (response.status !== 201)
    throw new Error(`helpline not created: ${response.status} ${JSON.stringify(response.body)}`);
}

export const newKey = () => randomBytes(18).toString('base64url');

/** Control fields as the public page sends them, for the shared form's current source. */
export async function controlParts(overrides: Record<string, string> = {}): Promise<Part[]> {
  const fields: Record<string, string> = {
    _locale: 'en',
    _version: formVersion(await sharedFormSource()),
    _key: newKey(),
    _danger: 'no',
    _country: '',
    _website: '',
    ...overrides,
  };
  return Object.entries(fields).map(([name, value]) => ({ name, value }));
}

/** Parts with the answers of a form filled in as a browser sends them. */
export function answerParts(answers: Record<string, string | string[]>): Part[] {
  return Object.entries(answers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((entry) => ({ name, value: entry })),
  );
}

export function submit(
  t: TestApp,
  slug: string,
  body: Buffer,
  headers: Record<string, string> = {},
) {
  return t
    .http()
    .post(`/public/intake/${slug}/forms/${FORM_ID}/submissions`)
    .set('content-type', `multipart/form-data; boundary=${BOUNDARY}`)
    .set(headers)
    .send(body);
}

export const body = multipartBody;

/** Asks for a challenge and solves it as the browser's widget does: the `_altcha` payload. */
export async function solvedAltcha(t: TestApp, slug: string): Promise<string> {
  const response = await t.http().get(`/public/intake/${slug}/challenge`);
  if (response.status !== 200) throw new Error(`no challenge: ${response.status}`);
  const challenge = response.body as {
    algorithm: string;
    challenge: string;
    maxnumber: number;
    salt: string;
    signature: string;
  };
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error('the challenge could not be solved');
  return Buffer.from(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  ).toString('base64');
}
