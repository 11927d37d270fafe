import { formVersion } from '@cairn/content';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Tx } from '../src/core/database/prisma.service';
import { chainedAuditEvents } from './support/audit';
import { type Part } from './support/evidence-http';
import { bearer, inTenant, login, makeMember, makeOrg, type TestOrg } from './support/factories';
import {
  answerParts,
  body,
  controlParts,
  FORM_ID,
  FORM_PATH,
  newKey,
  offerIntakeForm,
  sharedFormSource,
  solvedAltcha,
  submit,
} from './support/intake-http';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let dir: string;
let org: TestOrg;
let caseworker: string;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** Below the organisation's evidence limit: what the public form takes. */
const INTAKE_FILE_LIMIT = 512 * 1024;

/** Every file under the vault's folder, to show that a refused upload left none behind. */
async function storedFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(40_000)]);

/** Every answer of the shared incident record, as a survivor might give them. */
const FULL_ANSWERS = {
  description: 'He posts my photos on a fake profile and writes to my colleagues.',
  name: 'Camille',
  date: '2026-03-14',
  time: '21:30',
  platforms: ['instagram', 'whatsapp'],
  places: '@fake.camille',
  'share-with-platforms': 'true',
  'contact-by-email': 'true',
  'safe-contact.channels': ['SIGNAL', 'EMAIL'],
  'safe-contact.times': 'Weekdays 9–12',
  'safe-contact.details': 'Signal +33 6 11 22 33 44',
  'safe-contact.never': 'Do not call\nNo voicemail',
};

const filePart = (data: Buffer, filename = 'screenshot.pdf'): Part => ({
  name: 'files',
  filename,
  type: 'application/pdf',
  data,
});

async function submission(
  answers: Record<string, string | string[]> = { description: 'Someone threatens me.' },
  control: Record<string, string> = {},
  files: Part[] = [],
) {
  return body([...(await controlParts(control)), ...answerParts(answers), ...files]);
}

async function caseCount(organization: TestOrg): Promise<number> {
  // Other specs run beside this one: their cases are other organisations', hidden here.
  return inTenant(t, organization.id, (tx) => tx.case.count({ where: { source: 'INTAKE' } }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cairn-intake-'));
  t = await startTestApp({
    EVIDENCE_DIR: dir,
    INTAKE_RATE_PER_CLIENT: '1000',
    INTAKE_RATE_PER_CLIENT_UNVERIFIED: '1000',
    INTAKE_MAX_FILE_BYTES: String(INTAKE_FILE_LIMIT),
  });
  org = await makeOrg(t, 'Intake');
  await offerIntakeForm(t, org);
  const member = await makeMember(t, org, 'CASEWORKER');
  caseworker = await login(t, member);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a survivor sends the intake form', () => {
  it('opens one INTAKE case with its incident, consents, safe contact and hashed evidence, and gives a receipt', async () => {
    const altcha = await solvedAltcha(t, org.slug);
    const response = await submit(
      t,
      org.slug,
      await submission(FULL_ANSWERS, { _altcha: altcha, _danger: 'yes', _country: 'fr' }, [
        filePart(PDF),
        { name: 'files', filename: '', data: Buffer.alloc(0) },
      ]),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      reference: expect.stringMatching(/^[A-Z0-9]+-\d{4}-\d{4}$/),
      followUpCode: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/),
      verified: true,
    });

    const list = await t.http().get('/cases').set(bearer(caseworker));
    const listed = list.body.items.find(
      (item: { reference: string }) => item.reference === response.body.reference,
    );
    expect(listed).toMatchObject({ source: 'INTAKE', status: 'NEW', riskLevel: 'CRITICAL' });

    const view = await t.http().get(`/cases/${listed.id}`).set(bearer(caseworker));
    expect(view.body).toMatchObject({
      source: 'INTAKE',
      title: 'Incident record',
      summary: FULL_ANSWERS.description,
      createdBy: null,
      survivor: {
        name: 'Camille',
        isPseudonym: false,
        preferredLanguage: 'en',
        safeContact: {
          channels: ['SIGNAL', 'EMAIL'],
          safeTimes: 'Weekdays 9–12',
          details: 'Signal +33 6 11 22 33 44',
          never: ['Do not call', 'No voicemail'],
        },
      },
      jurisdiction: { survivorCountry: 'FR' },
      riskScreening: { survivorFeelsUnsafe: true },
    });

    const incidents = await t.http().get(`/cases/${listed.id}/incidents`).set(bearer(caseworker));
    expect(incidents.body.items).toEqual([
      expect.objectContaining({
        localTime: '2026-03-14T21:30',
        timeZone: 'Europe/Paris',
        approximate: false,
        description: FULL_ANSWERS.description,
        location: { kind: 'UNKNOWN' },
      }),
    ]);
    const consents = await t.http().get(`/cases/${listed.id}/consents`).set(bearer(caseworker));
    expect(consents.body.items.map((item: { scope: string }) => item.scope).sort()).toEqual([
      'CONTACT_BY_EMAIL',
      'SHARE_WITH_PLATFORMS',
    ]);

    const evidence = await t.http().get(`/cases/${listed.id}/evidence`).set(bearer(caseworker));
    expect(evidence.body.items).toEqual([
      expect.objectContaining({
        fileName: 'screenshot.pdf',
        sha256: sha256(PDF),
        sizeBytes: PDF.length,
        incidentId: incidents.body.items[0].id,
        uploadedBy: null,
        uploaderLabel: 'survivor, with the intake form',
      }),
    ]);

    const intake = await t.http().get(`/cases/${listed.id}/intake`).set(bearer(caseworker));
    expect(intake.status).toBe(200);
    expect(intake.body).toMatchObject({
      formId: FORM_ID,
      formTitle: 'Incident record',
      locale: 'en',
      version: formVersion(await sharedFormSource()),
      verified: true,
      danger: true,
      files: [evidence.body.items[0].id],
    });
    expect(intake.body.answers).toEqual(
      expect.arrayContaining([
        {
          name: 'description',
          label: 'What happened?',
          type: 'text_area',
          value: FULL_ANSWERS.description,
        },
        {
          name: 'platforms',
          label: 'Where did it happen?',
          type: 'multiple_choice',
          value: 'Instagram, WhatsApp',
        },
        expect.objectContaining({ name: 'files', type: 'file', value: '1' }),
        expect.objectContaining({ name: 'share-with-platforms', value: 'Yes' }),
      ]),
    );

    // Staff are told by email, with the reference and a link, nothing of what was sent.
    const emails = await inTenant(t, org.id, (tx) =>
      tx.outboxMessage.findMany({ where: { caseId: listed.id } }),
    );
    // Its one caseworker; the admin is told only where there are no caseworkers or supervisors.
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      sourceKind: 'intake_submission',
      recipientDomains: ['example.org'],
    });

    // The audit log names the submission by ids only.
    const events = await chainedAuditEvents(t, org.id);
    const submitted = events.find((event) => event.action === 'intake.submitted');
    expect(submitted).toMatchObject({ targetId: listed.id, actorUserId: null });
    // What the survivor's requests recorded carries no address.
    const survivors = events.filter((event) => event.actorUserId === null);
    expect(survivors.length).toBeGreaterThan(3);
    expect(survivors.filter((event) => event.ip !== null)).toEqual([]);
    const logged = JSON.stringify(events.map((event) => event.data));
    for (const typed of ['Camille', 'colleagues', 'Signal +33', 'fake.camille'])
      expect(logged).not.toContain(typed);
  });

  it('opens one case for two presses of the button, and answers the second with the same receipt', async () => {
    const key = newKey();
    const sent = await submission({ description: 'Pressed twice' }, { _key: key });
    const [first, second] = await Promise.all([
      submit(t, org.slug, sent),
      submit(t, org.slug, sent),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 201]);
    expect(first.body).toEqual(second.body);
    const again = await submit(t, org.slug, sent);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const cases = await inTenant(t, org.id, (tx) =>
      tx.case.count({ where: { organizationId: org.id, reference: first.body.reference } }),
    );
    expect(cases).toBe(1);
  });

  it('accepts a submission without a solved proof of work, marked unverified; a payload used twice counts once', async () => {
    const without = await submit(t, org.slug, await submission());
    expect(without.status).toBe(201);
    expect(without.body.verified).toBe(false);

    const forged = await submit(
      t,
      org.slug,
      await submission(
        { description: 'forged' },
        { _altcha: Buffer.from('{"challenge":1}').toString('base64') },
      ),
    );
    expect(forged.status).toBe(201);
    expect(forged.body.verified).toBe(false);

    const altcha = await solvedAltcha(t, org.slug);
    const once = await submit(
      t,
      org.slug,
      await submission({ description: 'a' }, { _altcha: altcha }),
    );
    const twice = await submit(
      t,
      org.slug,
      await submission({ description: 'b' }, { _altcha: altcha }),
    );
    expect([once.body.verified, twice.body.verified]).toEqual([true, false]);
  });

  it('refuses a form whose honeypot was filled, with no case opened', async () => {
    const before = await caseCount(org);
    const response = await submit(
      t,
      org.slug,
      await submission(undefined, { _website: 'https://spam.example' }),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('intake-refused');
    expect(await caseCount(org)).toBe(before);
  });

  it('names each wrong answer without echoing it, and opens nothing', async () => {
    const before = await caseCount(org);
    const response = await submit(
      t,
      org.slug,
      await submission({
        name: 'Secret Name',
        date: '2026-02-30',
        platforms: ['myspace'],
        unknown: 'x',
      }),
    );
    expect(response.status).toBe(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['description', 'date', 'platforms.0', 'unknown']),
    );
    expect(JSON.stringify(response.body)).not.toContain('Secret Name');
    expect(JSON.stringify(response.body)).not.toContain('myspace');
    expect(await caseCount(org)).toBe(before);
  });

  it('refuses a file under an item that takes none, and keeps none of it', async () => {
    const before = await caseCount(org);
    const response = await submit(
      t,
      org.slug,
      await submission(undefined, {}, [{ ...filePart(PDF), name: 'description' }]),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('description');
    expect(await caseCount(org)).toBe(before);
  });

  it('refuses a program sent as a screenshot, naming the file item, and keeps no byte of it', async () => {
    const before = await caseCount(org);
    const stored = await storedFiles(dir);
    // A Windows program's header, however the browser labels it.
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), randomBytes(4_000)]);
    program.writeUInt32LE(64, 60);
    program.write('PE\0\0', 64, 'latin1');
    const response = await submit(
      t,
      org.slug,
      await submission(undefined, {}, [
        filePart(PDF),
        { name: 'files', filename: 'screenshot.png', type: 'image/png', data: program },
      ]),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'files', code: 'fileType' }),
    ]);
    expect(await caseCount(org)).toBe(before);
    expect(await storedFiles(dir)).toEqual(stored);
  });

  it('refuses a file over the form’s size limit with 413, opening nothing', async () => {
    const before = await caseCount(org);
    const response = await submit(
      t,
      org.slug,
      await submission(undefined, {}, [filePart(randomBytes(INTAKE_FILE_LIMIT + 1), 'big.pdf')]),
    );
    expect(response.status).toBe(413);
    expect(await caseCount(org)).toBe(before);
  });

  it('answers 404 for an organisation or a form that takes no submissions', async () => {
    const unknownOrg = await t
      .http()
      .post(`/public/intake/no-such-org/forms/${FORM_ID}/submissions`)
      .set('content-type', 'multipart/form-data; boundary=x')
      .send('--x--\r\n');
    expect(unknownOrg.status).toBe(404);
    expect(unknownOrg.body.code).toBe('not-found');
    // The guide has the form, but none of the organisation's helplines takes it: a code of
    // its own, which the public page turns into "this organisation does not take it online".
    const other = await makeOrg(t, 'No intake');
    const notOffered = await submit(t, other.slug, await submission());
    expect(notOffered.status).toBe(404);
    expect(notOffered.body).toMatchObject({
      code: 'form-not-offered',
      title: 'This organisation does not take this form online',
    });
    expect(await caseCount(other)).toBe(0);
  });
});

describe('the case list', () => {
  let other: TestOrg;
  let otherCaseworker: string;

  beforeAll(async () => {
    other = await makeOrg(t, 'Other list');
    await offerIntakeForm(t, other);
    otherCaseworker = await login(t, await makeMember(t, other, 'CASEWORKER'));
  });

  /** The list's row for a reference, as a caseworker of the organisation reads it. */
  async function listed(token: string, reference: string) {
    const list = await t.http().get('/cases').query({ q: reference }).set(bearer(token));
    expect(list.status).toBe(200);
    const items = list.body.items as { reference: string; source: string; unverified: boolean }[];
    return items.find((item) => item.reference === reference);
  }

  it('shows where each case came from and which intake cases are not verified, each organisation its own', async () => {
    const unverified = await submit(t, org.slug, await submission({ description: 'No scripts' }));
    const verified = await submit(
      t,
      org.slug,
      await submission({ description: 'Solved' }, { _altcha: await solvedAltcha(t, org.slug) }),
    );
    const staff = await t
      .http()
      .post('/cases')
      .set(bearer(caseworker))
      .send({ title: 'By phone', survivor: { name: 'R' } });
    const theirs = await submit(
      t,
      other.slug,
      await submission({ description: 'Theirs' }, { _altcha: await solvedAltcha(t, other.slug) }),
    );
    expect([unverified.body.verified, verified.body.verified, theirs.body.verified]).toEqual([
      false,
      true,
      true,
    ]);

    expect(await listed(caseworker, unverified.body.reference)).toMatchObject({
      source: 'INTAKE',
      unverified: true,
    });
    expect(await listed(caseworker, verified.body.reference)).toMatchObject({
      source: 'INTAKE',
      unverified: false,
    });
    expect(await listed(caseworker, staff.body.reference)).toMatchObject({
      source: 'STAFF',
      unverified: false,
    });
    // The other organisation lists its own case, verified, and none of this one's.
    expect(await listed(otherCaseworker, theirs.body.reference)).toMatchObject({
      source: 'INTAKE',
      unverified: false,
    });
    const ours = await inTenant(t, org.id, (tx) =>
      tx.case.findMany({
        where: {
          organizationId: org.id,
          reference: { in: [unverified.body.reference, verified.body.reference] },
        },
        select: { id: true },
      }),
    );
    expect(ours).toHaveLength(2);
    for (const reference of [unverified.body.reference, verified.body.reference]) {
      const seen = await t
        .http()
        .get('/cases')
        .query({ q: reference })
        .set(bearer(otherCaseworker));
      const ids = (seen.body.items as { id: string }[]).map((item) => item.id);
      expect(ids.filter((id) => ours.some((own) => own.id === id))).toEqual([]);
    }
    const single = await t.http().get(`/cases/${staff.body.id}`).set(bearer(caseworker));
    expect(single.body.unverified).toBe(false);
  });

  it('is backfilled from the submissions by its migration, across organisations, touching only unverified ones', async () => {
    const unverified = await submit(t, org.slug, await submission({ description: 'Before' }));
    const theirs = await submit(
      t,
      other.slug,
      await submission({ description: 'Theirs' }, { _altcha: await solvedAltcha(t, other.slug) }),
    );
    const theirsUnverified = await submit(t, other.slug, await submission({ description: 'x' }));
    const references = [
      unverified.body.reference,
      theirs.body.reference,
      theirsUnverified.body.reference,
    ];
    const sql = await readFile(
      join(__dirname, '../../../prisma/migrations/20261130170000_case_unverified/migration.sql'),
      'utf8',
    );
    const backfill = sql.slice(sql.indexOf('UPDATE case_file'));
    // As cases opened before the column was: every flag at its default.
    const flags = async (within?: Tx) => {
      const read = async (tx: Tx) => {
        const rows = await tx.case.findMany({
          where: {
            OR: [
              { organizationId: org.id, reference: unverified.body.reference },
              { organizationId: other.id, reference: { in: references.slice(1) } },
            ],
          },
          select: { organizationId: true, reference: true, unverified: true },
        });
        return rows
          .map(
            (row) =>
              `${row.organizationId === org.id ? 'ours' : 'theirs'} ${row.reference} ${row.unverified}`,
          )
          .sort();
      };
      if (within) return read(within);
      return t.owner.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.cross_tenant', 'on', true)`;
        return read(tx);
      });
    };
    const expected = [
      `ours ${unverified.body.reference} true`,
      `theirs ${theirs.body.reference} false`,
      `theirs ${theirsUnverified.body.reference} true`,
    ].sort();
    expect(await flags()).toEqual(expected);
    await t.owner.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.cross_tenant', 'on', true)`;
      await tx.$executeRaw`UPDATE case_file SET unverified = false
        WHERE (organization_id = ${org.id}::uuid AND reference = ${unverified.body.reference})
           OR (organization_id = ${other.id}::uuid AND reference = ANY(${references.slice(1)}))`;
      expect((await flags(tx)).filter((flag) => flag.endsWith('true'))).toEqual([]);
      await tx.$executeRawUnsafe(backfill);
    });
    expect(await flags()).toEqual(expected);
  });
});

describe('a form that changed since the page was shown', () => {
  let admin: string;
  let published: TestOrg;
  const edited = (source: string) =>
    source.replace('      - name: places\n', '      - name: where-else\n');

  beforeAll(async () => {
    published = await makeOrg(t, 'Edited');
    await offerIntakeForm(t, published);
    admin = await login(t, published.admin);
    const source = edited(await sharedFormSource());
    const draft = await t
      .http()
      .put('/content/drafts')
      .set(bearer(admin))
      .send({ path: FORM_PATH, source });
    expect(draft.status).toBe(200);
    const publish = await t
      .http()
      .post('/content/publish')
      .set(bearer(admin))
      .send({ path: FORM_PATH, note: 'Renamed an item' });
    expect(publish.status).toBe(201);
  });

  it('still takes answers to the revision the page was rendered from', async () => {
    const response = await submit(
      t,
      published.slug,
      await submission({ description: 'old page', places: '@x' }),
    );
    expect(response.status).toBe(201);
  });

  it('takes answers to the new revision with its version, and refuses its items under the old one', async () => {
    const newVersion = formVersion(edited(await sharedFormSource()));
    const fresh = await submit(
      t,
      published.slug,
      await submission({ description: 'new page', 'where-else': '@y' }, { _version: newVersion }),
    );
    expect(fresh.status).toBe(201);
    const mixed = await submit(
      t,
      published.slug,
      await submission({ description: 'mixed', 'where-else': '@y' }),
    );
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'where-else',
    ]);
  });

  it('answers 409 form-changed for a version no revision has', async () => {
    const before = await caseCount(published);
    const response = await submit(
      t,
      published.slug,
      await submission(undefined, { _version: '0123456789abcdef' }),
    );
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('form-changed');
    expect(await caseCount(published)).toBe(before);
  });
});

describe('rate limits', () => {
  let limited: TestApp;
  let limitedOrg: TestOrg;
  beforeAll(async () => {
    limited = await startTestApp({
      EVIDENCE_DIR: dir,
      INTAKE_RATE_PER_CLIENT: '3',
      INTAKE_RATE_PER_CLIENT_UNVERIFIED: '2',
    });
    limitedOrg = await makeOrg(limited, 'Limited');
    await offerIntakeForm(limited, limitedOrg);
  });
  afterAll(() => limited.close());

  it('holds unverified submissions to the lower limit, answers 429 with Retry-After, and keeps no address', async () => {
    const address = { 'x-forwarded-for': '203.0.113.7' };
    const send = async (altcha?: string) =>
      submit(
        limited,
        limitedOrg.slug,
        await submission(undefined, altcha ? { _altcha: altcha } : {}),
        address,
      );
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    const third = await send();
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(3600);
    // A solved proof of work still has room under the higher limit, once.
    expect((await send(await solvedAltcha(limited, limitedOrg.slug))).status).toBe(201);
    expect((await send(await solvedAltcha(limited, limitedOrg.slug))).status).toBe(429);
    // Another client is counted apart.
    const other = await submit(limited, limitedOrg.slug, await submission(), {
      'x-forwarded-for': '198.51.100.9',
    });
    expect(other.status).toBe(201);

    const counters = await inTenant(limited, limitedOrg.id, (tx) => tx.intakeRate.findMany());
    expect(JSON.stringify(counters)).not.toContain('203.0.113.7');
    const events = await chainedAuditEvents(limited, limitedOrg.id, { actorUserId: null });
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((event) => event.ip !== null)).toEqual([]);
  });
});

describe('following a case up', () => {
  let reference: string;
  let code: string;
  let caseId: string;

  beforeAll(async () => {
    const response = await submit(t, org.slug, await submission({ description: 'Follow me up' }));
    ({ reference, followUpCode: code } = response.body);
    caseId = (
      await inTenant(t, org.id, (tx) =>
        tx.case.findFirstOrThrow({ where: { organizationId: org.id, reference } }),
      )
    ).id;
  });

  const open = (slug: string, ref: string, given: string) =>
    t.http().post(`/public/follow-up/${slug}/sessions`).send({ reference: ref, code: given });

  it('lets the survivor in with reference and code, read the status and shared messages, and write back', async () => {
    const shared = await t
      .http()
      .post(`/cases/${caseId}/survivor-messages`)
      .set(bearer(caseworker))
      .send({ text: 'We have received your form and will write again tomorrow.' });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({
      from: 'HELPLINE',
      author: { displayName: 'CASEWORKER person' },
    });

    const session = await open(
      org.slug,
      reference.toLowerCase(),
      code.replace(/-/g, ' ').toLowerCase(),
    );
    expect(session.status).toBe(201);
    const token = session.body.token as string;
    const view = await t.http().get(`/public/follow-up/${org.slug}`).set(bearer(token));
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      reference,
      status: 'RECEIVED',
      evidenceCount: 0,
      timeZone: 'Europe/Paris',
      messages: [
        { from: 'HELPLINE', text: 'We have received your form and will write again tomorrow.' },
      ],
    });

    const reply = await t
      .http()
      .post(`/public/follow-up/${org.slug}/messages`)
      .set(bearer(token))
      .send({ text: 'Thank you. He wrote again tonight.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ from: 'YOU', text: 'Thank you. He wrote again tonight.' });

    const upload = await t
      .http()
      .post(`/public/follow-up/${org.slug}/evidence`)
      .set(bearer(token))
      .set('content-type', 'multipart/form-data; boundary=cairn-test-boundary-7f3a')
      .send(
        body([
          { name: 'file', filename: 'a.pdf', data: PDF },
          { name: 'file', filename: 'b.pdf', data: PDF },
        ]),
      );
    expect(upload.status).toBe(201);
    expect(upload.body).toEqual({ received: 2 });

    const thread = await t.http().get(`/cases/${caseId}/survivor-messages`).set(bearer(caseworker));
    expect(thread.body.items.map((item: { from: string }) => item.from)).toEqual([
      'HELPLINE',
      'YOU',
    ]);
    const evidence = await t.http().get(`/cases/${caseId}/evidence`).set(bearer(caseworker));
    expect(evidence.body.items.map((item: { sha256: string }) => item.sha256)).toEqual([
      sha256(PDF),
      sha256(PDF),
    ]);
    // Nobody is assigned: the caseworkers are told, with nothing of the message.
    const told = await inTenant(t, org.id, (tx) =>
      tx.outboxMessage.count({
        where: { caseId, sourceKind: { in: ['survivor_message', 'evidence_item'] } },
      }),
    );
    expect(told).toBe(2);

    const ended = await t.http().delete(`/public/follow-up/${org.slug}/session`).set(bearer(token));
    expect(ended.status).toBe(204);
    const after = await t.http().get(`/public/follow-up/${org.slug}`).set(bearer(token));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('follow-up-refused');
  });

  it('answers a wrong reference and a wrong code alike, and locks the reference after five wrong codes', async () => {
    const wrongReference = await open(org.slug, 'CASE-1999-0001', code);
    const wrongCode = await open(org.slug, reference, 'AAAA-BBBB-CCCC-DDDD');
    expect(wrongReference.status).toBe(401);
    expect(wrongCode.status).toBe(401);
    expect(wrongReference.body.title).toBe(wrongCode.body.title);
    expect(wrongReference.body.detail).toBe(wrongCode.body.detail);

    for (let attempt = 2; attempt <= 4; attempt += 1)
      expect((await open(org.slug, reference, 'AAAA-BBBB-CCCC-DDDD')).status).toBe(401);
    const fifth = await open(org.slug, reference, 'AAAA-BBBB-CCCC-DDDD');
    expect(fifth.status).toBe(429);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // Locked: even the right code waits.
    expect((await open(org.slug, reference, code)).status).toBe(429);

    // A caseworker gives a new code: the lock lifts, the old code stops working.
    const issued = await t.http().post(`/cases/${caseId}/follow-up-code`).set(bearer(caseworker));
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect((await open(org.slug, reference, code)).status).toBe(401);
    expect((await open(org.slug, reference, issued.body.code)).status).toBe(201);
  });

  it('answers a repeated key with no code once staff issued a new one, and hands the new code to nobody', async () => {
    const key = newKey();
    const sent = await submission(
      { description: 'Sent before the network dropped' },
      { _key: key },
    );
    const first = await submit(t, org.slug, sent);
    expect(first.status).toBe(201);
    const firstCode: string = first.body.followUpCode;
    // Before any new code, the repeat gives the same code, which still works.
    const before = await submit(t, org.slug, sent);
    expect(before.status).toBe(200);
    expect(before.body).toEqual(first.body);
    expect((await open(org.slug, first.body.reference, firstCode)).status).toBe(201);

    const theCase = await inTenant(t, org.id, (tx) =>
      tx.case.findFirstOrThrow({
        where: { organizationId: org.id, reference: first.body.reference },
      }),
    );
    const issued = await t
      .http()
      .post(`/cases/${theCase.id}/follow-up-code`)
      .set(bearer(caseworker));
    expect(issued.status).toBe(201);

    const after = await submit(t, org.slug, sent);
    expect(after.status).toBe(200);
    expect(after.body).toEqual({
      reference: first.body.reference,
      followUpCode: null,
      verified: first.body.verified,
    });
    expect(JSON.stringify(after.body)).not.toContain(issued.body.code);
    // Still one case; the old code stays dead and the new one works.
    const cases = await inTenant(t, org.id, (tx) =>
      tx.case.count({ where: { organizationId: org.id, reference: first.body.reference } }),
    );
    expect(cases).toBe(1);
    expect((await open(org.slug, first.body.reference, firstCode)).status).toBe(401);
    expect((await open(org.slug, first.body.reference, issued.body.code)).status).toBe(201);
  });

  it('refuses another organisation’s reference through this organisation’s slug', async () => {
    const other = await makeOrg(t, 'Other');
    await offerIntakeForm(t, other);
    const theirs = await submit(t, other.slug, await submission());
    expect(theirs.status).toBe(201);
    const crossed = await open(org.slug, theirs.body.reference, theirs.body.followUpCode);
    expect(crossed.status).toBe(401);
    expect((await open(other.slug, theirs.body.reference, theirs.body.followUpCode)).status).toBe(
      201,
    );
  });

  it('answers 404 intake for a case staff opened', async () => {
    const staffCase = await t
      .http()
      .post('/cases')
      .set(bearer(caseworker))
      .send({ title: 'By phone', survivor: { name: 'R' } });
    const intake = await t.http().get(`/cases/${staffCase.body.id}/intake`).set(bearer(caseworker));
    expect(intake.status).toBe(404);
    expect(staffCase.body.source).toBe('STAFF');
  });
});
