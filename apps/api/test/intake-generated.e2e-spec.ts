import fc from 'fast-check';
import { readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDARY, multipartBody, type Part } from './support/evidence-http';
import { inTenant, makeOrg, type TestOrg } from './support/factories';
import { controlParts, offerIntakeForm, submit } from './support/intake-http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Generated malformed submissions of the shared intake form, each wrong in at least one way
 * a client can be (wrong types, missing answers, answers to another revision's items, NUL,
 * broken characters, huge values, a control field after a file, a body cut short or not
 * multipart at all), often with noise besides. None may answer 5xx, and none may open a
 * case or leave a file in the vault.
 */

const RUNS = Number(process.env.INTAKE_GENERATED_RUNS ?? 2_000);
const CONCURRENCY = 4;
const SEED = 1_730_000_017;

let t: TestApp;
let dir: string;
let org: TestOrg;
let control: Part[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-intake-generated-'));
  t = await startTestApp({
    EVIDENCE_DIR: dir,
    INTAKE_RATE_PER_CLIENT: '1000000',
    INTAKE_RATE_PER_CLIENT_UNVERIFIED: '1000000',
    INTAKE_RATE_PER_FORM: '1000000',
    INTAKE_RATE_PER_FORM_UNVERIFIED: '1000000',
  });
  org = await makeOrg(t, 'Generated');
  await offerIntakeForm(t, org);
  control = await controlParts();
}, 60_000);
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** A valid submission's answers, which each generated one then breaks. */
const VALID: Part[] = [
  { name: 'description', value: 'Someone keeps writing to me.' },
  { name: 'name', value: 'Sam' },
  { name: 'date', value: '2026-01-05' },
  { name: 'time', value: '08:15' },
  { name: 'platforms', value: 'instagram' },
  { name: 'share-with-platforms', value: 'true' },
  { name: 'safe-contact.channels', value: 'SIGNAL' },
  { name: 'safe-contact.never', value: 'Do not call' },
];

type Submission = { body: Buffer; contentType?: string; why: string };
type Broken = { control: Part[]; answers: Part[]; files?: Part[]; why: string };

/** Malformed submissions built around the form's real control fields. */
function malformedSubmissions(control: Part[]): fc.Arbitrary<Submission> {
  const withControl = (overrides: Record<string, string>) =>
    control.map((part) =>
      'value' in part && part.name in overrides ? { ...part, value: overrides[part.name]! } : part,
    );

  const LONE_SURROGATE_BYTES = Buffer.from([0xed, 0xa0, 0x80]);
  const noiseText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('مرحبا بالعالم', 'e\u0301\u0301', '👩🏽‍💻🏳️‍🌈', '\u202Eevil', '  spaced  '),
  );

  const SMALL_FILE: Part = {
    name: 'files',
    filename: 'x.pdf',
    type: 'application/pdf',
    data: Buffer.from('%PDF-1.4 small'),
  };

  /** One way to be wrong, applied to the valid answers. */
  const defect: fc.Arbitrary<Broken> = fc.oneof(
    fc.constant<Broken>({
      control,
      answers: VALID.filter((part) => 'value' in part && part.name !== 'description'),
      why: 'required answer missing',
    }),
    fc
      .tuple(
        fc.constantFrom('where-else', 'places2', 'old-item', 'screens', '__proto__x', ''),
        noiseText,
      )
      .map(([name, value]) => ({
        control,
        answers: [...VALID, { name: name || 'x y', value }],
        why: 'an item of another revision',
      })),
    fc
      .constantFrom<Part[]>(
        [{ name: 'description', value: 'twice' }],
        [{ name: 'date', value: '2026-13-45' }],
        [{ name: 'date', value: '14/03/2026' }],
        [{ name: 'time', value: '25:61' }],
        [{ name: 'platforms', value: 'myspace' }],
        [{ name: 'platforms', value: 'instagram' }],
        [{ name: 'share-with-platforms', value: 'yes' }],
        [{ name: 'share-with-platforms', value: 'true' }],
        [{ name: 'safe-contact.channels', value: 'PIGEON' }],
        [
          { name: 'safe-contact.times', value: 'a' },
          { name: 'safe-contact.times', value: 'b' },
        ],
        [{ name: 'name', value: 'Tab\there' }],
      )
      .map((extra) => ({ control, answers: [...VALID, ...extra], why: 'wrong type or value' })),
    fc
      .tuple(fc.constantFrom('description', 'name', 'places', 'safe-contact.details'), noiseText)
      .map(([name, value]) => ({
        control,
        answers: [
          ...VALID.filter((part) => part.name !== name),
          { name, value: `${value}\u0000${value}` },
        ],
        why: 'NUL in an answer',
      })),
    fc
      .tuple(
        fc.constantFrom(
          { name: 'description', over: 20_000 },
          { name: 'name', over: 500 },
          { name: 'places', over: 500 },
          { name: 'safe-contact.times', over: 500 },
          { name: 'description', over: 150_000 },
        ),
        fc.constantFrom('a', 'é', '語', '🙂'),
      )
      .map(([{ name, over }, character]) => ({
        control,
        answers: [
          ...VALID.filter((part) => part.name !== name),
          { name, value: character.repeat(over + 1) },
        ],
        why: 'a huge value',
      })),
    fc
      .constantFrom<Record<string, string>>(
        { _version: 'not-a-version' },
        { _version: '0123456789abcdef' },
        { _key: 'short' },
        { _key: 'k'.repeat(65) },
        { _locale: 'EN_gb!' },
        { _locale: 'de' },
        { _danger: 'maybe' },
        { _country: 'FRA' },
        { _website: 'https://spam.example' },
        { _key: '\u0000'.repeat(30) },
      )
      .map((overrides) => ({
        control: withControl(overrides),
        answers: VALID,
        why: `control ${Object.keys(overrides).join()}`,
      })),
    fc.constant<Broken>({
      control: [],
      answers: VALID,
      files: [SMALL_FILE, ...control],
      why: 'control fields after a file',
    }),
    fc.constant<Broken>({
      control,
      answers: VALID,
      files: [{ ...SMALL_FILE, name: 'description' }],
      why: 'a file under an item that takes none',
    }),
  );

  /** Noise a real client may add besides: characters of every kind, broken UTF-8, a file. */
  const noise = fc.oneof(
    fc.constant<Part[]>([]),
    noiseText.map((value): Part[] => [{ name: 'places', value }]),
    fc.constant<Part[]>([{ name: 'safe-contact.details', value: 'x' }]),
  );

  const wellFormed: fc.Arbitrary<Submission> = fc
    .tuple(defect, noise, fc.boolean(), fc.boolean())
    .map(([broken, extra, withFile, surrogate]) => {
      const answers = [...broken.answers, ...extra];
      const files = broken.files ?? (withFile ? [SMALL_FILE] : []);
      let body = multipartBody([...broken.control, ...answers, ...files]);
      if (surrogate) {
        // A lone surrogate's UTF-8 bytes inside the first answer: they arrive as U+FFFD.
        const at = body.indexOf('Someone keeps');
        if (at > 0)
          body = Buffer.concat([body.subarray(0, at), LONE_SURROGATE_BYTES, body.subarray(at)]);
      }
      return { body, why: broken.why };
    });

  const brokenMultipart: fc.Arbitrary<Submission> = fc.oneof(
    fc.double({ min: 0.05, max: 0.97, noNaN: true }).map((cut) => {
      const whole = multipartBody([...control, ...VALID, SMALL_FILE]);
      return { body: whole.subarray(0, Math.floor(whole.length * cut)), why: 'cut short' };
    }),
    fc.constant({
      body: multipartBody([...control, ...VALID], { close: false }),
      why: 'no closing boundary',
    }),
    fc.uint8Array({ maxLength: 400 }).map((bytes) => ({
      body: Buffer.from(bytes),
      why: 'random bytes',
    })),
    fc.constant({
      body: multipartBody([...control, ...VALID]),
      contentType: 'multipart/form-data; boundary=another-boundary',
      why: 'wrong boundary',
    }),
    fc.constant({
      body: Buffer.from(JSON.stringify({ _locale: 'en', description: 'x' })),
      contentType: 'application/json',
      why: 'not multipart',
    }),
    fc.constant({
      body: Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="description"\r\nContent-Type: application/json\r\n\r\n{"a":\r\n--${BOUNDARY}--\r\n`,
      ),
      why: 'a JSON part that does not parse',
    }),
  );

  return fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: brokenMultipart });
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

it(`answers ${RUNS} malformed submissions with a client problem, opening no case and keeping no file`, async () => {
  const samples = fc.sample(malformedSubmissions(control), { numRuns: RUNS, seed: SEED });
  const faults: string[] = [];
  const statuses = new Map<number, number>();
  for (let start = 0; start < samples.length; start += CONCURRENCY) {
    const batch = samples.slice(start, start + CONCURRENCY);
    const answers = await Promise.all(
      batch.map((sample) =>
        submit(
          t,
          org.slug,
          sample.body,
          sample.contentType ? { 'content-type': sample.contentType } : {},
        ),
      ),
    );
    answers.forEach((answer, index) => {
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500 || answer.status < 400)
        faults.push(
          `${batch[index]!.why}: answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        );
      else if (!String(answer.headers['content-type']).includes('application/problem+json'))
        faults.push(`${batch[index]!.why}: ${answer.status} without problem+json`);
    });
  }
  console.log(
    `intake-generated: ${samples.length} submissions, statuses ${JSON.stringify([...statuses])}`,
  );
  expect(faults.slice(0, 20)).toEqual([]);
  expect(samples.length).toBeGreaterThanOrEqual(2_000);
  // Other specs run beside this one: their cases are other organisations', hidden here.
  const cases = await inTenant(t, org.id, (tx) => tx.case.count());
  const evidence = await inTenant(t, org.id, (tx) => tx.evidenceItem.count());
  expect({ cases, evidence }).toEqual({ cases: 0, evidence: 0 });
  expect(await filesIn(dir)).toEqual([]);
}, 120_000);
