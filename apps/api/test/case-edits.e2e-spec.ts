import { makeCase } from './support/case-factory';
import { bearer, login, makeOrg, TestOrg } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
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

const incident = {
  occurredAt: '2026-11-28T21:30',
  timeZone: 'Europe/Paris',
  location: { kind: 'PLATFORM', platform: 'Instagram' },
  description: 'Messages from a new account after the block',
};

/** A wall-clock time `days` from now, in UTC, as the incident form sends it. */
const localTime = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function addIncident(caseId: string) {
  const response = await t
    .http()
    .post(`/cases/${caseId}/incidents`)
    .set(bearer(admin))
    .send(incident);
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe('correcting an incident', () => {
  it('changes its time and place, keeps the zone, and logs field names only', async () => {
    const { id } = await makeCase(t, admin);
    const incidentId = await addIncident(id);
    const response = await t
      .http()
      .patch(`/cases/${id}/incidents/${incidentId}`)
      .set(bearer(admin))
      .send({
        occurredAt: '2026-11-27T08:05',
        timeZone: 'Europe/Paris',
        description: 'Threats sent from a second account',
      });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      occurredAt: '2026-11-27T07:05:00.000Z',
      localTime: '2026-11-27T08:05',
      description: 'Threats sent from a second account',
      location: { kind: 'PLATFORM', platform: 'Instagram' },
    });

    const timeline = await t.http().get(`/cases/${id}/timeline`).set(bearer(admin));
    expect(timeline.body.items[0]).toMatchObject({
      kind: 'INCIDENT_UPDATED',
      data: { incidentId, fields: ['occurredAt', 'timeZone', 'description'] },
    });
    const events = await chainedAuditEvents(t, org.id, { action: 'case.incident-updated' });
    expect(events.map((event) => event.data)).toEqual([
      { fields: ['occurredAt', 'timeZone', 'description'] },
    ]);
    expect(JSON.stringify(timeline.body.items)).not.toContain('second account');
  });

  it("answers 404 for an incident of another case or another organisation's", async () => {
    const mine = await makeCase(t, admin);
    const other = await makeCase(t, admin);
    const incidentOfOther = await addIncident(other.id);
    const beta = await makeOrg(t, 'Beta');
    const betaAdmin = await login(t, beta.admin);
    const betaCase = await makeCase(t, betaAdmin);
    const betaIncident = (
      await t.http().post(`/cases/${betaCase.id}/incidents`).set(bearer(betaAdmin)).send(incident)
    ).body.id as string;

    for (const [caseId, incidentId] of [
      [mine.id, incidentOfOther],
      [betaCase.id, betaIncident],
      [mine.id, betaIncident],
    ]) {
      const response = await t
        .http()
        .patch(`/cases/${caseId}/incidents/${incidentId}`)
        .set(bearer(admin))
        .send({ description: 'taken over' });
      expect(response.status).toBe(404);
    }
    const kept = await t.http().get(`/cases/${betaCase.id}/incidents`).set(bearer(betaAdmin));
    expect(kept.body.items[0].description).toBe(incident.description);
  });

  it('refuses a time without its zone', async () => {
    const { id } = await makeCase(t, admin);
    const incidentId = await addIncident(id);
    const response = await t
      .http()
      .patch(`/cases/${id}/incidents/${incidentId}`)
      .set(bearer(admin))
      .send({ occurredAt: '2026-11-27T08:05' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('timeZone');
  });
});

describe('impossible dates', () => {
  it('refuses an incident in the future, when recorded and when corrected, naming the field', async () => {
    const { id } = await makeCase(t, admin);
    const added = await t
      .http()
      .post(`/cases/${id}/incidents`)
      .set(bearer(admin))
      .send({ ...incident, occurredAt: localTime(2), timeZone: 'UTC' });
    expect(added.status).toBe(400);
    expect(added.body.errors[0]).toMatchObject({ field: 'occurredAt' });

    const incidentId = await addIncident(id);
    const corrected = await t
      .http()
      .patch(`/cases/${id}/incidents/${incidentId}`)
      .set(bearer(admin))
      .send({ occurredAt: localTime(2), timeZone: 'UTC' });
    expect(corrected.status).toBe(400);
    expect(corrected.body.errors[0]).toMatchObject({ field: 'occurredAt' });
  });

  it('accepts an incident a few minutes ahead of the server clock', async () => {
    const { id } = await makeCase(t, admin);
    const response = await t
      .http()
      .post(`/cases/${id}/incidents`)
      .set(bearer(admin))
      .send({
        ...incident,
        occurredAt: new Date(Date.now() + 2 * 60_000).toISOString().slice(0, 16),
        timeZone: 'UTC',
      });
    expect(response.status).toBe(201);
  });

  it("refuses a new contact's follow-up in the past, and accepts today", async () => {
    const { id } = await makeCase(t, admin);
    const contact = (nextFollowUp: string) =>
      t.http().post(`/cases/${id}/contacts`).set(bearer(admin)).send({
        kind: 'REPORT',
        recipientKind: 'PLATFORM',
        recipientName: 'Instagram',
        method: 'IN_APP_REPORT',
        contactedAt: new Date().toISOString(),
        nextFollowUp,
      });
    const past = await contact(day(-3));
    expect(past.status).toBe(400);
    expect(past.body.errors[0]).toMatchObject({ field: 'nextFollowUp' });
    expect((await contact(day(0))).status).toBe(201);
  });
});
