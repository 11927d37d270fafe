import { CASE_TRANSITIONS, CaseStatus } from '@cairn/contracts';
import { caseBody, makeCase } from './support/case-factory';
import { bearer, login, makeMember, makeOrg, TestOrg } from './support/factories';
import { ownerClient, startTestApp, TestApp } from './support/test-app';
import { chainedAuditEvents } from './support/audit';

let t: TestApp;
let org: TestOrg;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrg(t);
  admin = await login(t, org.admin);
});
afterAll(() => t.close());

describe('opening a case', () => {
  it('gives a readable reference unique in the organisation, and flags a cross-border case', async () => {
    const first = await t.http().post('/cases').set(bearer(admin)).send(caseBody());
    const second = await t
      .http()
      .post('/cases')
      .set(bearer(admin))
      .send(caseBody({ jurisdiction: { survivorCountry: 'FR', otherPartyCountry: 'FR' } }));
    expect(first.status).toBe(201);
    expect(first.body.reference).toMatch(/^[A-Z]{2,6}-\d{4}-\d{4}$/);
    expect(second.body.reference).not.toBe(first.body.reference);
    expect(first.body).toMatchObject({
      status: 'NEW',
      crossBorder: true,
      allowedTransitions: ['TRIAGE', 'CLOSED'],
    });
    expect(second.body.crossBorder).toBe(false);
    expect(first.body.survivor.safeContact.never).toEqual(['Do not call']);
  });

  it('stores the survivor encrypted: the column holds none of their words', async () => {
    const created = await makeCase(t, admin, {
      survivor: {
        name: 'Zéphyrine Unique',
        safeContact: { never: ['Never leave voicemail'], details: 'zephyrine@example.org' },
      },
    });
    const owner = await ownerClient(t.config);
    try {
      const { rows } = await owner.query(
        `SELECT survivor_sealed, to_jsonb(c)::text AS whole FROM case_file c WHERE id = $1`,
        [created.id],
      );
      const sealed: Buffer = rows[0].survivor_sealed;
      for (const word of ['Zéphyrine', 'Zephyrine', 'voicemail', 'zephyrine@example.org']) {
        expect(sealed.includes(Buffer.from(word))).toBe(false);
        expect(rows[0].whole).not.toContain(word);
      }
    } finally {
      await owner.end();
    }
    const read = await t.http().get(`/cases/${created.id}`).set(bearer(admin));
    expect(read.body.survivor).toMatchObject({
      name: 'Zéphyrine Unique',
      safeContact: { never: ['Never leave voicemail'] },
    });
  });

  it('refuses an assignee who is not a member of the organisation', async () => {
    const other = await makeOrg(t, 'Other');
    const response = await t
      .http()
      .post('/cases')
      .set(bearer(admin))
      .send(caseBody({ assigneeIds: [other.admin.userId] }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('assigneeIds');
  });
});

describe('status transitions', () => {
  const statuses = CaseStatus.options;

  async function caseIn(status: CaseStatus): Promise<string> {
    const { id } = await makeCase(t, admin);
    const path: Record<CaseStatus, CaseStatus[]> = {
      NEW: [],
      TRIAGE: ['TRIAGE'],
      ACTIVE: ['TRIAGE', 'ACTIVE'],
      WAITING_ON_SURVIVOR: ['TRIAGE', 'ACTIVE', 'WAITING_ON_SURVIVOR'],
      WAITING_ON_THIRD_PARTY: ['TRIAGE', 'ACTIVE', 'WAITING_ON_THIRD_PARTY'],
      CLOSED: ['CLOSED'],
    };
    for (const step of path[status]) {
      const body =
        step === 'CLOSED' ? { status: step, closingReason: 'RESOLVED' } : { status: step };
      const moved = await t.http().post(`/cases/${id}/status`).set(bearer(admin)).send(body);
      expect(moved.status).toBe(200);
    }
    return id;
  }

  const pairs = statuses.flatMap((from) =>
    statuses.filter((to) => to !== from).map((to) => [from, to] as const),
  );

  it.each(pairs)('%s → %s follows the rules', async (from, to) => {
    const id = await caseIn(from);
    const body = to === 'CLOSED' ? { status: to, closingReason: 'REFERRED' } : { status: to };
    const response = await t.http().post(`/cases/${id}/status`).set(bearer(admin)).send(body);
    if (CASE_TRANSITIONS[from].includes(to)) {
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(to);
    } else {
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('invalid-transition');
      expect(response.body.allowed).toEqual([...CASE_TRANSITIONS[from]]);
      expect(response.body.detail).toContain(CASE_TRANSITIONS[from].join(', '));
    }
  });

  it('requires a closing reason to close, keeps it, and clears it on reopening', async () => {
    const id = await caseIn('ACTIVE');
    const noReason = await t
      .http()
      .post(`/cases/${id}/status`)
      .set(bearer(admin))
      .send({ status: 'CLOSED' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].field).toBe('closingReason');
    const closed = await t
      .http()
      .post(`/cases/${id}/status`)
      .set(bearer(admin))
      .send({ status: 'CLOSED', closingReason: 'NO_CONTACT' });
    expect(closed.body).toMatchObject({
      status: 'CLOSED',
      closingReason: 'NO_CONTACT',
      allowedTransitions: ['ACTIVE'],
    });
    const reopened = await t
      .http()
      .post(`/cases/${id}/status`)
      .set(bearer(admin))
      .send({ status: 'ACTIVE' });
    expect(reopened.body).toMatchObject({ status: 'ACTIVE', closingReason: null });
  });
});

describe('restricted cases', () => {
  let restrictedId: string;
  let caseworker: string;
  let assigned: string;
  let supervisor: string;
  const word = `restrictedmarker${Date.now()}`;

  beforeAll(async () => {
    const cw = await makeMember(t, org, 'CASEWORKER');
    const assignee = await makeMember(t, org, 'CASEWORKER');
    caseworker = await login(t, cw);
    assigned = await login(t, assignee);
    supervisor = await login(t, await makeMember(t, org, 'SUPERVISOR'));
    restrictedId = (
      await makeCase(t, admin, {
        title: `Sensitive ${word}`,
        summary: word,
        restricted: true,
        assigneeIds: [assignee.userId],
        tags: [word],
      })
    ).id;
  });

  const listed = async (token: string, query: Record<string, string>) => {
    const response = await t
      .http()
      .get('/cases')
      .query({ limit: '100', ...query })
      .set(bearer(token));
    expect(response.status).toBe(200);
    return response.body as { items: { id: string }[]; total: number };
  };

  it('is invisible to an unassigned caseworker: list, search, counts, CSV and direct URL', async () => {
    const byTag = await listed(caseworker, { tag: word });
    expect(byTag).toMatchObject({ items: [], total: 0 });
    const bySearch = await listed(caseworker, { q: word });
    expect(bySearch).toMatchObject({ items: [], total: 0 });
    const all = await listed(caseworker, {});
    expect(all.items.map((item) => item.id)).not.toContain(restrictedId);
    const csv = await t.http().post('/exports/cases.csv').set(bearer(caseworker));
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(word);
    for (const path of [
      '',
      '/incidents',
      '/contacts',
      '/checklist',
      '/consents',
      '/notes',
      '/timeline',
    ]) {
      const response = await t.http().get(`/cases/${restrictedId}${path}`).set(bearer(caseworker));
      expect(response.status).toBe(404);
    }
    const change = await t
      .http()
      .post(`/cases/${restrictedId}/notes`)
      .set(bearer(caseworker))
      .send({ body: 'x' });
    expect(change.status).toBe(404);
  });

  it('is visible to its assignee, a supervisor and an admin', async () => {
    for (const token of [assigned, supervisor, admin]) {
      expect((await listed(token, { tag: word })).total).toBe(1);
      expect((await listed(token, { q: word })).total).toBe(1);
      expect((await t.http().get(`/cases/${restrictedId}`).set(bearer(token))).status).toBe(200);
    }
    const csv = await t
      .http()
      .post('/exports/cases.csv')
      .query({ tag: word })
      .set(bearer(supervisor));
    expect(csv.text).toContain(word);
  });
});

describe('search', () => {
  const marker = `m${Date.now()}`;
  let frenchCase: string;
  let englishCase: string;

  beforeAll(async () => {
    frenchCase = (
      await makeCase(t, admin, {
        title: `Harcèlement au travail ${marker}`,
        summary: 'Des messages menaçants reçus après la rupture.',
        tags: [marker],
      })
    ).id;
    englishCase = (
      await makeCase(t, admin, {
        title: `Threatening emails ${marker}`,
        summary: 'She is being harassed by a former colleague.',
        tags: [marker],
      })
    ).id;
    const note = await t
      .http()
      .post(`/cases/${englishCase}/notes`)
      .set(bearer(admin))
      .send({ body: 'Le numéro de téléphone a été désactivé' });
    expect(note.status).toBe(201);
    const incident = await t
      .http()
      .post(`/cases/${frenchCase}/incidents`)
      .set(bearer(admin))
      .send({
        occurredAt: '2026-03-14T21:30',
        timeZone: 'Europe/Paris',
        location: { kind: 'PLATFORM', platform: 'Instagram' },
        description: 'Publication diffamatoire sur Instagram',
      });
    expect(incident.status).toBe(201);
  });

  const found = async (q: string) => {
    const response = await t.http().get('/cases').query({ q, tag: marker }).set(bearer(admin));
    expect(response.status).toBe(200);
    return (response.body.items as { id: string }[]).map((item) => item.id).sort();
  };

  it.each([
    ['harcèlement', 'French with accents'],
    ['harcelement', 'French without accents'],
    ['HARCELEMENT', 'upper case'],
    ['menacant', 'a French word of the summary, accent dropped'],
    ['diffamatoire', 'a word of an incident description'],
  ])('finds the French case by %s (%s)', async (q) => {
    expect(await found(q)).toEqual([frenchCase]);
  });

  it.each([
    ['harassment', 'an English stem of "harassed"'],
    ['threaten', 'an English stem of "threatening"'],
    ['telephone desactive', 'a note, in French, accents dropped'],
  ])('finds the English case by %s (%s)', async (q) => {
    expect(await found(q)).toEqual([englishCase]);
  });

  it('finds nothing for a word in neither', async () => {
    expect(await found('zebra')).toEqual([]);
  });

  it('finds a case by its reference, whole or in part, before the cases that only mention it', async () => {
    const tag = `ref${Date.now()}`;
    const wanted = await makeCase(t, admin, { tags: [tag] });
    // Newer, so first in the default order, and its words hold the reference.
    const mention = await makeCase(t, admin, {
      tags: [tag],
      title: `Follow-up of ${wanted.reference}`,
    });
    const [, year, number] = wanted.reference.split('-') as [string, string, string];
    for (const q of [
      wanted.reference,
      wanted.reference.toLowerCase(),
      `${year}-${number}`,
      number,
    ]) {
      const pages: string[] = [];
      let cursor: string | undefined;
      do {
        const query: Record<string, string> = { q, tag, limit: '1' };
        if (cursor) query.cursor = cursor;
        const page = await t.http().get('/cases').query(query).set(bearer(admin));
        expect(page.status).toBe(200);
        pages.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      expect({ q, first: pages[0] }).toEqual({ q, first: wanted.id });
      expect(new Set(pages).size).toBe(pages.length);
      expect(pages).toContain(wanted.id);
      if (q === wanted.reference) expect(pages).toEqual([wanted.id, mention.id]);
    }
  });
});

describe('list', () => {
  it('filters, sorts and pages with a cursor without repeating or losing a case', async () => {
    const tag = `page${Date.now()}`;
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1)
      made.push(
        (
          await makeCase(t, admin, {
            tags: [tag],
            riskLevel: i % 2 ? 'HIGH' : 'LOW',
          })
        ).id,
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { tag, limit: '3', sort: 'createdAt', order: 'asc' };
      if (cursor) query.cursor = cursor;
      const page = await t.http().get('/cases').query(query).set(bearer(admin));
      expect(page.body.total).toBe(7);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made);
    const high = await t.http().get('/cases').query({ tag, risk: 'HIGH' }).set(bearer(admin));
    expect(high.body.total).toBe(3);
    const bad = await t
      .http()
      .get('/cases')
      .query({ cursor: 'bm90LWEtY3Vyc29y' })
      .set(bearer(admin));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('cursor');
  });

  it('counts exactly up to 1,000 and then says there are more', async () => {
    const tag = `many${Date.now()}`;
    const model = await makeCase(t, admin, { tags: [tag] });
    const owner = await ownerClient(t.config);
    try {
      await owner.query(
        `INSERT INTO case_file (organization_id, reference, title, survivor_sealed, tags)
         SELECT organization_id, reference || '-' || g, title, survivor_sealed, tags
         FROM case_file, generate_series(1, 1000) g WHERE id = $1`,
        [model.id],
      );
    } finally {
      await owner.end();
    }
    const many = await t.http().get('/cases').query({ tag }).set(bearer(admin));
    expect(many.body).toMatchObject({ total: 1000, totalCapped: true });
    const one = await t.http().get('/cases').query({ tag, q: 'nomatchword' }).set(bearer(admin));
    expect(one.body).toMatchObject({ total: 0, totalCapped: false });
  });

  it('finds my cases and unassigned ones', async () => {
    const me = await makeMember(t, org, 'CASEWORKER');
    const token = await login(t, me);
    const tag = `mine${Date.now()}`;
    const mine = await makeCase(t, admin, { tags: [tag], assigneeIds: [me.userId] });
    const nobody = await makeCase(t, admin, { tags: [tag] });
    const ids = async (query: Record<string, string>) =>
      (
        await t
          .http()
          .get('/cases')
          .query({ tag, ...query })
          .set(bearer(token))
      ).body.items.map((item: { id: string }) => item.id);
    expect(await ids({ mine: 'true' })).toEqual([mine.id]);
    expect(await ids({ unassigned: 'true' })).toEqual([nobody.id]);
  });

  it('exports CSV without survivor fields, and with them only for roles that may', async () => {
    const tag = `csv${Date.now()}`;
    await makeCase(t, admin, { tags: [tag], title: '=HYPERLINK("http://evil")' });
    const plain = await t.http().post('/exports/cases.csv').query({ tag }).set(bearer(admin));
    expect(plain.headers['content-type']).toContain('text/csv');
    expect(plain.text).not.toContain('Camille');
    expect(plain.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const withSurvivor = await t
      .http()
      .post('/exports/cases.csv')
      .query({ tag, includeSurvivor: 'true' })
      .set(bearer(admin));
    expect(withSurvivor.text).toContain('Camille Durand');
    const caseworker = await login(t, await makeMember(t, org, 'CASEWORKER'));
    const refused = await t
      .http()
      .post('/exports/cases.csv')
      .query({ tag, includeSurvivor: 'true' })
      .set(bearer(caseworker));
    expect(refused.status).toBe(403);
  });
});

describe('the records of a case', () => {
  it('keeps incidents in their time zone, contacts, one warning, checklist, consents and notes, all on one timeline', async () => {
    const { id } = await makeCase(t, admin);
    const go = (method: 'post' | 'put' | 'patch', path: string, body: object) =>
      t.http()[method](`/cases/${id}${path}`).set(bearer(admin)).send(body);

    const incident = await go('post', '/incidents', {
      occurredAt: '2026-07-01T23:15',
      timeZone: 'America/New_York',
      approximate: true,
      location: { kind: 'URL', url: 'https://example.org/post/1' },
      description: 'A post with the home address',
      otherPartyIdentifiers: [{ kind: 'HANDLE', value: '@someone', platform: 'X' }],
    });
    expect(incident.status).toBe(201);
    expect(incident.body).toMatchObject({
      occurredAt: '2026-07-02T03:15:00.000Z',
      approximate: true,
      localTime: '2026-07-01T23:15',
    });

    const report = await go('post', '/contacts', {
      kind: 'REPORT',
      recipientKind: 'PLATFORM',
      recipientName: 'X',
      method: 'WEB_FORM',
      contactedAt: '2026-07-02T10:00:00Z',
      referenceNumber: 'TCK-991',
      nextFollowUp: '2099-07-09',
    });
    expect(report.status).toBe(201);
    const outcome = await go('patch', `/contacts/${report.body.id}`, {
      outcome: 'Post removed',
      nextFollowUp: null,
    });
    expect(outcome.body).toMatchObject({
      outcome: 'Post removed',
      nextFollowUp: null,
      referenceNumber: 'TCK-991',
    });

    const warning = {
      kind: 'WARNING',
      method: 'EMAIL',
      contactedAt: '2026-07-03T09:00:00Z',
      warningText: 'Any further contact will be reported to the police.',
    };
    expect((await go('post', '/contacts', warning)).status).toBe(201);
    const second = await go('post', '/contacts', warning);
    expect(second.status).toBe(409);
    expect((await t.http().get(`/cases/${id}`).set(bearer(admin))).body.warningSent).toBe(true);

    const tick = await go('put', '/checklist/cut-off-contact:block-accounts', { state: 'DONE' });
    expect(tick.status).toBe(200);
    expect(tick.body.locale).toBe('fr');
    // Each checklist under its own title, not its lesson's: three checklists, three names.
    expect(tick.body.checklists.map((c: { title: string }) => c.title)).toEqual([
      'Couper le contact',
      'Sécuriser les comptes',
      'Documenter les preuves',
    ]);
    const items = tick.body.checklists.flatMap(
      (c: { sections: { items: { id: string; state: string; changedBy: unknown }[] }[] }) =>
        c.sections.flatMap((s) => s.items),
    );
    expect(
      items.find((item: { id: string }) => item.id === 'cut-off-contact:block-accounts'),
    ).toMatchObject({ state: 'DONE', changedBy: { displayName: 'Ada Admin' } });
    expect(items.filter((item: { state: string }) => item.state === 'OPEN').length).toBeGreaterThan(
      5,
    );
    expect(
      (await go('put', '/checklist/cut-off-contact:no-such-step', { state: 'DONE' })).status,
    ).toBe(404);

    const consent = await go('post', '/consents', {
      scope: 'SHARE_WITH_POLICE',
      givenAt: '2026-07-01T10:00:00Z',
      expiresAt: '2026-07-02T10:00:00Z',
    });
    expect(consent.body.status).toBe('EXPIRED');
    const lasting = await go('post', '/consents', {
      scope: 'CONTACT_BY_EMAIL',
      givenAt: '2026-07-01T10:00:00Z',
    });
    expect(lasting.body.status).toBe('ACTIVE');
    const withdrawn = await t
      .http()
      .post(`/cases/${id}/consents/${lasting.body.id}/withdraw`)
      .set(bearer(admin));
    expect(withdrawn.body.status).toBe('WITHDRAWN');

    expect((await go('post', '/notes', { body: 'Called back on Signal' })).status).toBe(201);
    expect((await go('post', '/status', { status: 'TRIAGE' })).status).toBe(200);

    const timeline = await t.http().get(`/cases/${id}/timeline`).set(bearer(admin));
    // Newest first.
    expect(timeline.body.items.map((entry: { kind: string }) => entry.kind)).toEqual([
      'STATUS_CHANGED',
      'NOTE_ADDED',
      'CONSENT_WITHDRAWN',
      'CONSENT_RECORDED',
      'CONSENT_RECORDED',
      'CHECKLIST_ITEM_SET',
      'CONTACT_ADDED',
      'CONTACT_UPDATED',
      'CONTACT_ADDED',
      'INCIDENT_ADDED',
      'CASE_CREATED',
    ]);
    // The step is stored by its id; the timeline gives its words in each language of the guide.
    const ticked = timeline.body.items.find(
      (entry: { kind: string }) => entry.kind === 'CHECKLIST_ITEM_SET',
    );
    expect(ticked.data).toEqual({
      itemId: 'cut-off-contact:block-accounts',
      state: 'DONE',
      steps: expect.objectContaining({
        en: 'Block them on every social media account and messaging app.',
        fr: 'Bloquez la personne sur tous vos réseaux sociaux et messageries.',
      }),
    });
    expect(JSON.stringify(timeline.body)).not.toContain('Camille');
  });

  it('refuses an incident on a date that does not exist, naming the field', async () => {
    const { id } = await makeCase(t, admin);
    const response = await t
      .http()
      .post(`/cases/${id}/incidents`)
      .set(bearer(admin))
      .send({
        occurredAt: '2026-02-30T10:00',
        timeZone: 'Europe/Paris',
        location: { kind: 'UNKNOWN' },
        description: 'x',
      });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('occurredAt');
  });

  it('audits every read and change of a case', async () => {
    const { id } = await makeCase(t, admin);
    await t.http().get(`/cases/${id}`).set(bearer(admin));
    await t.http().get(`/cases/${id}/notes`).set(bearer(admin));
    await t.http().post(`/cases/${id}/notes`).set(bearer(admin)).send({ body: 'n' });
    const events = await chainedAuditEvents(t, org.id, { targetId: id });
    expect(events.map((event) => event.action)).toEqual([
      'case.created',
      'case.viewed',
      'case.viewed',
      'case.note-added',
    ]);
    expect(JSON.stringify(events.map((event) => event.data))).not.toContain('Camille');
  });
});
