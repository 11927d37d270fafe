import type { CreateCaseBody } from '@cairn/contracts';
import { bearer } from './factories';
import type { TestApp } from './test-app';

/** A valid new-case body; override what the test is about. */
export function caseBody(
  overrides: Partial<Record<keyof CreateCaseBody, unknown>> = {},
): Record<string, unknown> {
  return {
    title: 'Harassment on Instagram',
    summary: 'Repeated messages from an ex-partner.',
    riskLevel: 'MEDIUM',
    abuseTypes: ['HARASSMENT'],
    platforms: ['Instagram'],
    tags: ['ex-partner'],
    survivor: {
      name: 'Camille Durand',
      preferredLanguage: 'fr',
      safeContact: {
        channels: ['SIGNAL'],
        safeTimes: 'weekdays 9-12',
        never: ['Do not call'],
        details: '+33 6 00 00 00 00',
      },
    },
    jurisdiction: { survivorCountry: 'FR', otherPartyCountry: 'BE' },
    ...overrides,
  };
}

export async function makeCase(
  t: TestApp,
  token: string,
  overrides: Partial<Record<keyof CreateCaseBody, unknown>> = {},
): Promise<{ id: string; reference: string }> {
  const response = await t.http().post('/cases').set(bearer(token)).send(caseBody(overrides));
  if (response.status !== 201)
    throw new Error(`case not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; reference: string };
}

/** Records the survivor's consent on a case, given on 1 January 2026 unless `extra` says otherwise. */
export async function giveConsent(
  t: TestApp,
  token: string,
  caseId: string,
  scope: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const response = await t
    .http()
    .post(`/cases/${caseId}/consents`)
    .set(bearer(token))
    .send({ scope, givenAt: '2026-01-01T10:00:00Z', ...extra });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}

/** Keeps a link to an abusive post as evidence of the case. */
export async function linkPost(
  t: TestApp,
  token: string,
  caseId: string,
  url: string,
  title: string,
): Promise<{ id: string }> {
  const response = await t
    .http()
    .post(`/cases/${caseId}/evidence/links`)
    .set(bearer(token))
    .send({ url, title, seenAt: '2026-11-20T10:00:00Z' });
  expect(response.status).toBe(201);
  return response.body as { id: string };
}
