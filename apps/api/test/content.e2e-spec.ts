import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGuide } from '@cairn/content';
import { strToU8, zipSync } from 'fflate';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { chainedAuditEvents } from './support/audit';

let t: TestApp;
let org: TestOrg;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t, 'Guide');
  admin = await login(t, org.admin);
});
afterAll(() => t.close());

const lesson = (index: number, title: string, body: string) =>
  `---\nindex: ${index}\ntitle: ${title}\n---\n${body}`;

/** 1-based line of the first line holding `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

const zipBase64 = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))),
  ).toString('base64');

const publicGuide = () => t.http().get(`/public/guides/${org.slug}`);
const documentAt = (filePath: string) =>
  t.http().get('/content/document').query({ path: filePath }).set(bearer(admin));
const saveDraft = (filePath: string, source: string) =>
  t.http().put('/content/drafts').set(bearer(admin)).send({ path: filePath, source });
const publish = (filePath: string, note?: string) =>
  t
    .http()
    .post('/content/publish')
    .set(bearer(admin))
    .send({ path: filePath, ...(note ? { note } : {}) });

describe("an organisation's own lesson, from draft to withdrawal", () => {
  const file = 'en/online-abuse/peer-support/beginner/s_peer-groups.md';
  const broken = lesson(
    1,
    'Peer support groups',
    'Meeting others helps.\n\nSee [how to respond](umbrella://online-abuse/no-such-topic/beginner).\n',
  );
  const fixed = broken.replace('no-such-topic', 'respond');
  const second = fixed.replace('Meeting others helps.', 'Meeting others who lived it helps.');

  it('keeps a draft that readers do not see', async () => {
    const saved = await saveDraft(file, broken);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      path: file,
      kind: 'lesson',
      origin: 'own',
      defaultSource: null,
      published: null,
      draft: { source: broken, updatedBy: 'Ada Admin' },
      revisions: [],
    });
    const feed = await publicGuide();
    expect(feed.body.files.map((f: { path: string }) => f.path)).not.toContain(file);
  });

  it('reports the broken link with its line when checked', async () => {
    const checked = await t
      .http()
      .post('/content/check')
      .set(bearer(admin))
      .send({ path: file, source: broken });
    expect(checked.body.problems).toEqual([
      expect.objectContaining({
        file,
        code: 'broken-link',
        line: lineOf(broken, 'no-such-topic'),
      }),
    ]);
    const clean = await t
      .http()
      .post('/content/check')
      .set(bearer(admin))
      .send({ path: file, source: fixed });
    expect(clean.body.problems).toEqual([]);
  });

  it('refuses to publish while the draft is broken, listing the problems', async () => {
    const refused = await publish(file);
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('content-invalid');
    expect(refused.body.problems).toEqual([
      expect.objectContaining({ code: 'broken-link', line: lineOf(broken, 'no-such-topic') }),
    ]);
    expect((await documentAt(file)).body.revisions).toEqual([]);
  });

  it('publishes the fixed draft, which then shows in the public guide without a session', async () => {
    await saveDraft(file, fixed);
    const published = await publish(file, 'First version');
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({
      published: { number: 1, source: fixed, note: 'First version', publishedBy: 'Ada Admin' },
      draft: null,
    });
    const feed = await publicGuide();
    expect(feed.status).toBe(200);
    expect(feed.headers['set-cookie']).toBeUndefined();
    expect(feed.body.organization).toEqual({ slug: org.slug, name: org.name });
    expect(feed.body.files).toContainEqual({ path: file, text: fixed });
  });

  it('rolls back to revision 1 as a new revision, keeping the whole history', async () => {
    const before = (await publicGuide()).body.version;
    await saveDraft(file, second);
    expect((await publish(file)).body.published.number).toBe(2);
    const afterSecond = await publicGuide();
    expect(afterSecond.body.files).toContainEqual({ path: file, text: second });
    expect(afterSecond.body.version).not.toBe(before);

    const rolledBack = await t
      .http()
      .post('/content/rollback')
      .set(bearer(admin))
      .send({ path: file, revision: 1 });
    expect(rolledBack.status).toBe(201);
    expect(rolledBack.body.published).toMatchObject({ number: 3, source: fixed, restoredFrom: 1 });

    const history = (await documentAt(file)).body.revisions;
    expect(
      history.map((r: { number: number; restoredFrom: number | null }) => [
        r.number,
        r.restoredFrom,
      ]),
    ).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);
    expect((await publicGuide()).body.files).toContainEqual({ path: file, text: fixed });
  });

  it('withdraws the lesson: readers no longer get it, its history stays', async () => {
    const withdrawn = await t
      .http()
      .post('/content/withdraw')
      .set(bearer(admin))
      .send({ path: file, note: 'No longer offered' });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body.published).toBeNull();
    expect(withdrawn.body.revisions[0]).toMatchObject({ number: 4, source: null });
    const feed = await publicGuide();
    expect(feed.body.files.map((f: { path: string }) => f.path)).not.toContain(file);
    expect(feed.body.withdrawn).not.toContain(file);

    const again = await t.http().post('/content/withdraw').set(bearer(admin)).send({ path: file });
    expect(again.status).toBe(409);
  });

  it('records each change in the audit log by path, without the text', async () => {
    const events = await chainedAuditEvents(t, org.id, { action: { startsWith: 'content.' } });
    expect(events.map((event) => event.action)).toEqual([
      'content.draft-saved',
      'content.draft-saved',
      'content.published',
      'content.draft-saved',
      'content.published',
      'content.rolled-back',
      'content.withdrawn',
    ]);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('Meeting others');
    expect(events[2]!.data).toEqual({ path: file, revision: 1 });
  });
});

describe('overriding a lesson of the shared guide', () => {
  const file = 'en/online-abuse/respond/beginner/s_first-steps.md';

  it('replaces the shared text for readers, and falls back to it when withdrawn', async () => {
    const shared = (await documentAt(file)).body;
    expect(shared).toMatchObject({ origin: 'default', published: null, draft: null });
    expect(shared.defaultSource).toContain('title: Responding to online abuse');

    const ours = shared.defaultSource.replace(
      'title: Responding to online abuse',
      'title: When someone abuses you online',
    );
    await saveDraft(file, ours);
    expect((await publish(file)).status).toBe(201);

    const listed = await t
      .http()
      .get('/content/documents')
      .query({ locale: 'en' })
      .set(bearer(admin));
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        path: file,
        origin: 'override',
        publishedRevision: 1,
        title: 'When someone abuses you online',
        hasDraft: false,
      }),
    );
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({
        path: 'en/online-abuse/secure-accounts/beginner/s_secure-accounts.md',
        origin: 'default',
        publishedRevision: null,
        updatedAt: null,
      }),
    );
    expect(listed.body.items.every((item: { locale: string }) => item.locale === 'en')).toBe(true);
    expect((await publicGuide()).body.files).toContainEqual({ path: file, text: ours });

    const withdrawn = await t
      .http()
      .post('/content/withdraw')
      .set(bearer(admin))
      .send({ path: file });
    expect(withdrawn.body.origin).toBe('default');
    const feed = (await publicGuide()).body;
    expect(feed.files.map((f: { path: string }) => f.path)).not.toContain(file);
    expect(feed.withdrawn).not.toContain(file);

    // Withdrawn once more, the shared text itself is hidden from the organisation's readers.
    await t.http().post('/content/withdraw').set(bearer(admin)).send({ path: file });
    expect((await publicGuide()).body.withdrawn).toContain(file);
  });

  it('lists the help workflows, and publishes an override of one', async () => {
    const listed = await t
      .http()
      .get('/content/documents')
      .query({ kind: 'workflow', locale: 'fr' })
      .set(bearer(admin));
    const items = listed.body.items as { path: string; kind: string; title: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.kind === 'workflow' && item.path.startsWith('fr/'))).toBe(
      true,
    );
    const workflow = items[0]!.path;
    const shared = (await documentAt(workflow)).body.defaultSource as string;
    await saveDraft(workflow, shared);
    const published = await publish(workflow);
    expect(published.status).toBe(201);
    expect(published.body.origin).toBe('override');
  });

  it('throws a draft away, leaving what readers see as it was', async () => {
    const file2 = 'en/online-abuse/self-care/beginner/s_self-care.md';
    await saveDraft(file2, lesson(1, 'Draft', 'x\n'));
    const discarded = await t
      .http()
      .delete('/content/drafts')
      .query({ path: file2 })
      .set(bearer(admin));
    expect(discarded.status).toBe(204);
    expect((await documentAt(file2)).body).toMatchObject({ origin: 'default', draft: null });
    const again = await t
      .http()
      .delete('/content/drafts')
      .query({ path: file2 })
      .set(bearer(admin));
    expect(again.status).toBe(404);
  });

  it('refuses a path the guide could never hold, naming the field', async () => {
    const response = await saveDraft('en/online-abuse/notes.txt', 'x');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'path' })]);
    expect((await documentAt('en/online-abuse/respond/beginner/s_nothing-here.md')).status).toBe(
      404,
    );
  });
});

describe('who may edit', () => {
  it('forbids caseworkers, and lets supervisors read but not change', async () => {
    const caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
    const supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
    const file = 'en/online-abuse/respond/beginner/s_report-and-remove.md';

    for (const request of [
      t.http().get('/content/documents'),
      t.http().get('/content/helplines'),
      t.http().get('/content/document').query({ path: file }),
    ]) {
      expect((await request.set(bearer(caseworker))).status).toBe(403);
    }
    expect((await t.http().get('/content/documents').set(bearer(supervisor))).status).toBe(200);
    expect(
      (await t.http().get('/content/document').query({ path: file }).set(bearer(supervisor)))
        .status,
    ).toBe(200);
    const write = await t
      .http()
      .put('/content/drafts')
      .set(bearer(supervisor))
      .send({ path: file, source: 'x' });
    expect(write.status).toBe(403);
    const publishing = await t
      .http()
      .post('/content/publish')
      .set(bearer(supervisor))
      .send({ path: file });
    expect(publishing.status).toBe(403);
    expect((await t.http().get('/content/documents')).status).toBe(401);
  });
});

describe('importing a zipped guide', () => {
  // Our own lesson with the seed's problems always; the seed itself when `../shared` is there.
  const ownLesson = path.resolve(
    __dirname,
    '../../../packages/content/src/testing/lessons/respond-with-link-problems.md',
  );
  const seedPath = path.resolve(__dirname, '../../../../shared/seeds/000_1c760e02383b366f.txt');
  const withLinkProblems = [
    { name: 'our lesson', file: 'en/online-abuse/harassment/beginner/s_ours.md', from: ownLesson },
    {
      name: 'the seed lesson',
      file: 'en/online-abuse/harassment/beginner/s_seed.md',
      from: seedPath,
    },
  ];
  if (!existsSync(seedPath)) {
    console.info('importing the seed lesson: skipped, ../shared/seeds is not present');
    withLinkProblems.pop();
    it.skip('loads the seed lesson (skipped: ../shared/seeds not present)', () => undefined);
  }

  it.each(withLinkProblems)(
    'loads $name as a draft and reports each of its problems with its line',
    async ({ file: seedFile, from }) => {
      const seed = readFileSync(from, 'utf8');
      const response = await t
        .http()
        .post('/content/import')
        .set(bearer(admin))
        .send({ archiveBase64: zipBase64({ [seedFile]: seed }), publish: true });
      expect(response.status).toBe(201);
      const problems = response.body.problems as { file: string; line: number; code: string }[];
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            file: seedFile,
            code: 'malformed-link',
            line: lineOf(seed, '].(umbrella://information/managing-information'),
          }),
          expect.objectContaining({
            code: 'broken-link',
            line: lineOf(seed, 'umbrella://assess-your-risk/security-planning'),
          }),
          expect.objectContaining({
            code: 'broken-link',
            line: lineOf(seed, 'umbrella://stress/stress/beginner'),
          }),
        ]),
      );
      expect(problems.every((problem) => problem.file === seedFile)).toBe(true);
      // Asked to publish, but a lesson with broken links waits as a draft for the editor.
      expect(response.body).toMatchObject({ lessons: 1, published: 0, drafts: 1, skipped: [] });
      expect((await documentAt(seedFile)).body).toMatchObject({
        origin: 'own',
        published: null,
        draft: { source: seed },
      });
      expect((await publicGuide()).body.files.map((f: { path: string }) => f.path)).not.toContain(
        seedFile,
      );
    },
  );

  it('skips a file it cannot read as guide content and loads the rest', async () => {
    const good = 'en/community/skip-test/beginner/s_good.md';
    const bad = 'en/community/skip-test/beginner/s_bad.md';
    const response = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({
        archiveBase64: zipBase64({
          [good]: lesson(1, 'Good', 'Fine.\n'),
          [bad]: '---\ntitre: Mauvais\n---\nNo index, a translated key.\n',
        }),
      });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ lessons: 1, drafts: 1, skipped: [bad] });
    expect(response.body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: bad, line: 2 })]),
    );
    expect((await documentAt(good)).body.draft).not.toBeNull();
    // Nothing was stored for it: the organisation has no such file.
    const skipped = await t.http().get('/content/document').query({ path: bad }).set(bearer(admin));
    expect(skipped.status).toBe(404);
  });

  it('stores a clean guide as drafts for review, or publishes it at once', async () => {
    const first = 'en/community/peer-support/beginner/s_find-peers.md';
    const second = 'en/community/peer-support/beginner/s_talk.md';
    const archive = zipBase64({
      [first]: lesson(
        1,
        'Finding peers',
        'Then [talk](umbrella://community/peer-support/beginner/talk), or [keep records](umbrella://online-abuse/document-evidence).\n',
      ),
      [second]: lesson(
        2,
        'Talking',
        'Back to [peers](umbrella://community/peer-support/beginner).\n',
      ),
    });
    const drafted = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({ archiveBase64: archive });
    expect(drafted.status).toBe(201);
    // The link to the shared guide's lesson resolves: the archive is checked in the organisation's guide.
    expect(
      drafted.body.problems.filter((p: { code: string }) => p.code !== 'missing-in-locale'),
    ).toEqual([]);
    expect(drafted.body).toMatchObject({
      lessons: 2,
      checklists: 0,
      forms: 0,
      workflows: 0,
      published: 0,
      drafts: 2,
      skipped: [],
    });
    expect((await documentAt(first)).body).toMatchObject({
      origin: 'own',
      published: null,
      draft: { source: expect.stringContaining('Finding peers') },
    });
    expect((await publicGuide()).body.files.map((f: { path: string }) => f.path)).not.toContain(
      first,
    );

    const published = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({ archiveBase64: archive, publish: true });
    expect(published.body).toMatchObject({ published: 2, drafts: 0 });
    const paths = (await publicGuide()).body.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining([first, second]));
  });

  it('loads about, glossary and tools pages like lessons', async () => {
    const about = 'en/about/s_who-we-are.md';
    const tool = 'en/tools/keys/s_key-manager.md';
    const response = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({
        archiveBase64: zipBase64({
          [about]: lesson(
            1,
            'Who we are',
            'Read about the [key manager](umbrella://tools/keys/s_key-manager.md).\n',
          ),
          [tool]: lesson(1, 'Key manager', 'Keeps keys.\n'),
        }),
        publish: true,
      });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ published: 2, skipped: [] });
    expect(
      response.body.problems.filter((p: { code: string }) => p.code !== 'missing-in-locale'),
    ).toEqual([]);
    expect((await documentAt(about)).body).toMatchObject({ kind: 'lesson', origin: 'own' });
  });

  it("stores each folder's .category.yml, so readers see the folder titled in their language", async () => {
    const english = 'en/safe-sharing/.category.yml';
    const french = 'fr/safe-sharing/.category.yml';
    const topic = 'en/safe-sharing/photos/.category.yml';
    const response = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({
        archiveBase64: zipBase64({
          [english]: 'index: 4\ntitle: Sharing safely\nicon: share\n',
          [french]: 'index: 4\ntitle: Partager sans risque\n',
          [topic]: 'name: Photos and videos\n',
          'en/safe-sharing/photos/beginner/s_strip-location.md': lesson(
            1,
            'Strip the location',
            'Before sharing a photo.\n',
          ),
          'fr/safe-sharing/photos/beginner/s_strip-location.md': lesson(
            1,
            'Retirer la position',
            'Avant de partager une photo.\n',
          ),
          // A title that is not text: reported, and not stored.
          'fr/safe-sharing/photos/.category.yml': 'title:\n  - Photos\n',
        }),
        publish: true,
      });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      categories: 3,
      skipped: ['fr/safe-sharing/photos/.category.yml'],
    });
    expect(response.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'fr/safe-sharing/photos/.category.yml',
          code: 'invalid-category',
        }),
      ]),
    );
    expect((await documentAt(english)).body).toMatchObject({
      kind: 'category',
      origin: 'own',
      published: { source: 'index: 4\ntitle: Sharing safely\nicon: share\n' },
    });
    // The file list names the folder by the title its file gives it.
    const listed = await t
      .http()
      .get('/content/documents')
      .query({ kind: 'category', q: 'safe-sharing' })
      .set(bearer(admin));
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.map((item: { path: string; title: string }) => [item.path, item.title]),
    ).toEqual(
      expect.arrayContaining([
        [english, 'Sharing safely'],
        [french, 'Partager sans risque'],
        [topic, 'Photos and videos'],
      ]),
    );
    // Readers get them with the lessons they title; the guide is built from both.
    const readers = (await publicGuide()).body.files as { path: string; text: string }[];
    expect(readers.map((file) => file.path)).toEqual(
      expect.arrayContaining([english, french, topic]),
    );
    const built = buildGuide(readers);
    expect(
      built.categories
        .filter((category) => category.folder.startsWith('safe-sharing'))
        .map((category) => [category.locale, category.folder, category.title, category.index]),
    ).toEqual([
      ['en', 'safe-sharing', 'Sharing safely', 4],
      ['en', 'safe-sharing/photos', 'Photos and videos', undefined],
      ['fr', 'safe-sharing', 'Partager sans risque', 4],
    ]);
  });

  it('lets an editor change a folder title as a draft, then publish it', async () => {
    const file = 'en/safe-sharing/.category.yml';
    const saved = await saveDraft(file, 'index: 4\ntitle: Share with care\n');
    expect(saved.status).toBe(200);
    const published = await publish(file, 'Clearer title');
    expect(published.status).toBe(201);
    const readers = (await publicGuide()).body.files as { path: string; text: string }[];
    expect(readers.find((f) => f.path === file)?.text).toContain('Share with care');
  });

  describe('in the background, for a large archive', () => {
    const follow = async (id: string) => {
      for (let tries = 0; tries < 200; tries += 1) {
        const progress = await t.http().get(`/content/imports/${id}`).set(bearer(admin));
        expect(progress.status).toBe(200);
        if (!['reading', 'checking', 'storing'].includes(progress.body.stage)) return progress.body;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`import ${id} did not finish`);
    };

    it('answers at once, then reports each stage and the result the import page shows', async () => {
      const file = 'en/community/background/beginner/s_later.md';
      const started = await t
        .http()
        .post('/content/imports')
        .set(bearer(admin))
        .send({
          archiveBase64: zipBase64({ [file]: lesson(1, 'Later', 'Fine.\n') }),
          fileName: 'later.zip',
          publish: true,
        });
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({
        fileName: 'later.zip',
        stage: 'reading',
        step: 1,
        steps: 3,
        result: null,
      });

      const over = await follow(started.body.id);
      expect(over).toMatchObject({
        stage: 'done',
        step: 3,
        fileCount: 1,
        failure: null,
        result: { lessons: 1, published: 1, skipped: [] },
      });
      expect((await documentAt(file)).body).toMatchObject({ origin: 'own', published: {} });
      const audit = await chainedAuditEvents(t, org.id, { action: 'content.imported' });
      expect(audit.length).toBeGreaterThan(0);
    });

    it('says why an archive with nothing readable was refused', async () => {
      const bad = 'en/community/background/beginner/s_bad.md';
      const started = await t
        .http()
        .post('/content/imports')
        .set(bearer(admin))
        .send({ archiveBase64: zipBase64({ [bad]: 'no front matter\n' }) });
      expect(started.status).toBe(202);
      const over = await follow(started.body.id);
      expect(over).toMatchObject({ stage: 'refused', fileName: null, result: null });
      expect(over.problems).toEqual(
        expect.arrayContaining([expect.objectContaining({ file: bad })]),
      );
    });

    it('reports an import that stopped without finishing as failed, having stored nothing', async () => {
      const stalled = await t.owner.$queryRaw<{ id: string }[]>`
        INSERT INTO guide_import (organization_id, file_name, stage, started_by, started_at, updated_at)
        VALUES (${org.id}::uuid, 'cut.zip', 'checking', ${org.admin.userId}::uuid,
                now() - interval '1 hour', now() - interval '1 hour')
        RETURNING id`;
      const progress = await t.http().get(`/content/imports/${stalled[0]!.id}`).set(bearer(admin));
      expect(progress.body).toMatchObject({
        stage: 'failed',
        failure: expect.stringContaining('stored nothing'),
      });
    });

    it('is followed by editors only', async () => {
      const caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
      const refused = await t
        .http()
        .post('/content/imports')
        .set(bearer(caseworker))
        .send({ archiveBase64: zipBase64({ 'en/x/y/beginner/s_z.md': lesson(1, 'Z', '') }) });
      expect(refused.status).toBe(403);
    });
  });

  it('answers an archive that is not a zip with 422, not a server error', async () => {
    const response = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({ archiveBase64: Buffer.from('not a zip at all').toString('base64') });
    expect(response.status).toBe(422);
    expect(response.body.problems[0]).toMatchObject({ code: 'invalid-archive' });
  });

  it('takes an archive larger than the ordinary body limit', async () => {
    // Two mebibytes of random bytes do not compress: the base64 body is well over 1 MiB.
    const filler = randomBytes(2 * 1024 * 1024);
    const archive = Buffer.from(
      zipSync({ 'en/x/y/beginner/s_z.md': [filler, { level: 0 }] }),
    ).toString('base64');
    const response = await t
      .http()
      .post('/content/import')
      .set(bearer(admin))
      .send({ archiveBase64: archive });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('content-invalid');
  });
});

const helpline = (overrides: Record<string, unknown> = {}) => ({
  name: 'Listening line',
  description: 'We listen.',
  languages: ['fr'],
  services: ['harassment'],
  regions: ['FR'],
  hours: 'Mon–Fri 9:00–18:00',
  timeZone: 'Europe/Paris',
  responseHours: 24,
  takesUrgent: false,
  channels: [{ kind: 'signal', value: '+33 6 00 00 00 00', secure: true }],
  ...overrides,
});

describe('helplines', () => {
  it('creates, changes, lists and removes a helpline, auditing each change', async () => {
    const created = await t.http().post('/content/helplines').set(bearer(admin)).send(helpline());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Listening line',
      own: false,
      listed: false,
      intakeFormId: null,
      channels: [{ kind: 'signal', value: '+33 6 00 00 00 00', secure: true }],
    });
    const id = created.body.id as string;

    const changed = await t
      .http()
      .patch(`/content/helplines/${id}`)
      .set(bearer(admin))
      .send({ takesUrgent: true, regions: ['FR', 'BE'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      takesUrgent: true,
      regions: ['FR', 'BE'],
      name: 'Listening line',
    });

    const listed = await t.http().get('/content/helplines').set(bearer(admin));
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);

    expect((await t.http().delete(`/content/helplines/${id}`).set(bearer(admin))).status).toBe(204);
    expect((await t.http().delete(`/content/helplines/${id}`).set(bearer(admin))).status).toBe(404);

    const events = await chainedAuditEvents(t, org.id, { targetId: id });
    expect(events.map((event) => event.action)).toEqual([
      'helpline.created',
      'helpline.updated',
      'helpline.deleted',
    ]);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('Listening line');
  });

  it('names each invalid field', async () => {
    const response = await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send(
        helpline({ languages: [], services: ['gardening'], regions: ['France'], channels: [] }),
      );
    expect(response.status).toBe(400);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['languages', 'services.0', 'regions.0', 'channels']),
    );

    const form = await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send(helpline({ intakeFormId: 'no-such-form' }));
    expect(form.status).toBe(400);
    expect(form.body.errors).toEqual([expect.objectContaining({ field: 'intakeFormId' })]);
    const sharedForm = await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send(helpline({ name: 'With a form', intakeFormId: 'incident-record' }));
    expect(sharedForm.status).toBe(201);

    const zone = await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send(helpline({ timeZone: 'Mars/Olympus' }));
    expect(zone.status).toBe(400);
    expect(zone.body.errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
  });

  it('lists in the shared directory only what organisations chose to list, filtered', async () => {
    const other = await makeOrg(t, 'Other');
    const otherAdmin = await login(t, other.admin);
    const create = (token: string, body: Record<string, unknown>) =>
      t.http().post('/content/helplines').set(bearer(token)).send(body);
    await create(admin, helpline({ name: 'Paris harassment line', listed: true }));
    await create(admin, helpline({ name: 'Internal only line', listed: false }));
    await create(
      otherAdmin,
      helpline({
        name: 'Worldwide sextortion help',
        languages: ['en'],
        services: ['sextortion'],
        regions: ['global'],
        takesUrgent: true,
        listed: true,
      }),
    );
    const ours = [org.slug, other.slug];
    const directory = async (query: Record<string, string>) => {
      const response = await t.http().get('/public/helplines').query(query);
      expect(response.status).toBe(200);
      expect(response.headers['set-cookie']).toBeUndefined();
      return (response.body.items as { name: string; organization: { slug: string } }[])
        .filter((item) => ours.includes(item.organization.slug))
        .map((item) => item.name);
    };

    expect(await directory({})).toEqual(['Worldwide sextortion help', 'Paris harassment line']);
    expect(await directory({ service: 'harassment' })).toEqual(['Paris harassment line']);
    expect(await directory({ language: 'en' })).toEqual(['Worldwide sextortion help']);
    expect(await directory({ region: 'DE' })).toEqual(['Worldwide sextortion help']);
    expect(await directory({ region: 'FR', service: 'sextortion' })).toEqual([
      'Worldwide sextortion help',
    ]);
    const bad = await t.http().get('/public/helplines').query({ region: 'Germany' });
    expect(bad.status).toBe(400);

    const feed = await t.http().get(`/public/guides/${other.slug}`);
    expect(feed.body.helplines.map((h: { name: string }) => h.name)).toEqual([
      'Worldwide sextortion help',
    ]);
  });

  it('changes the public guide version when a helpline changes', async () => {
    const before = (await publicGuide()).body.version;
    await t
      .http()
      .post('/content/helplines')
      .set(bearer(admin))
      .send(helpline({ name: 'New line' }));
    expect((await publicGuide()).body.version).not.toBe(before);
  });
});

describe('the public guide', () => {
  it('answers 404 for an organisation that does not exist', async () => {
    for (const path of ['/public/guides/no-such-helpline-here', '/public/guides/no-such/version']) {
      const response = await t.http().get(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers its version alone, which moves with all readers see and nothing else, in that organisation only', async () => {
    const north = await makeOrg(t, 'North');
    const south = await makeOrg(t, 'South');
    const token = await login(t, north.admin);
    const southBefore = (await t.http().get(`/public/guides/${south.slug}/version`)).body.version;
    const seen: string[] = [];
    /** The version now, which must be new after `change`, and the one the whole guide carries. */
    const versionAfter = async (change: string, moves = true) => {
      const answer = await t.http().get(`/public/guides/${north.slug}/version`);
      expect(answer.status).toBe(200);
      expect(answer.headers['set-cookie']).toBeUndefined();
      const { version } = answer.body as { version: string };
      expect({ change, moved: !seen.includes(version) }).toEqual({ change, moved: moves });
      expect((await t.http().get(`/public/guides/${north.slug}`)).body.version).toBe(version);
      seen.push(version);
      return version;
    };
    const send = (method: 'post' | 'put' | 'patch' | 'delete', url: string, body?: object) =>
      t.http()[method](url).set(bearer(token)).send(body);
    const file = 'en/online-abuse/peer-support/beginner/s_peer-groups.md';
    const text = lesson(1, 'Peer support groups', 'Meeting others helps.\n');

    await versionAfter('created');
    expect((await send('put', '/content/drafts', { path: file, source: text })).status).toBe(200);
    await versionAfter('a draft, which readers do not see', false);
    expect((await send('post', '/content/publish', { path: file })).status).toBe(201);
    await versionAfter('published');
    expect((await send('post', '/content/withdraw', { path: file })).status).toBe(201);
    await versionAfter('withdrawn');
    const line = await send('post', '/content/helplines', helpline());
    await versionAfter('helpline added');
    await send('patch', `/content/helplines/${line.body.id}`, { hours: 'Always' });
    await versionAfter('helpline changed');
    await send('delete', `/content/helplines/${line.body.id}`);
    await versionAfter('helpline removed');
    await t.owner.organization.update({ where: { id: north.id }, data: { name: 'North Renamed' } });
    await versionAfter('renamed');

    expect((await t.http().get(`/public/guides/${south.slug}/version`)).body.version).toBe(
      southBefore,
    );
  });
});
