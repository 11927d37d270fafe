import { CreateCaseBody, CreateContactBody, CreateIncidentBody } from '@cairn/contracts';
import {
  contactInput,
  createCaseInput,
  identifierLine,
  incidentInput,
  parseIdentifier,
} from './case-bodies';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe('case form bodies', () => {
  it('turns the new-case form into a body the API’s schema accepts', () => {
    const body = CreateCaseBody.parse(
      createCaseInput(
        formOf([
          ['title', 'Doxxing on a forum'],
          ['summary', 'Harcèlement'],
          ['riskLevel', 'HIGH'],
          ['riskScreening.threatsOfViolence', 'yes'],
          ['riskScreening.escalating', 'no'],
          ['riskScreening.childAtRisk', 'unknown'],
          ['abuseTypes', 'DOXXING'],
          ['abuseTypes', 'HARASSMENT'],
          ['platforms', 'Reddit, , X '],
          ['tags', ''],
          ['survivor.name', 'Camille'],
          ['survivor.isPseudonym', 'true'],
          ['survivor.preferredLanguage', ''],
          ['survivor.safeContact.channels', 'SIGNAL'],
          ['survivor.safeContact.never', 'Do not call\r\n\r\n  Do not leave messages '],
          ['jurisdiction.survivorCountry', 'fr'],
          ['jurisdiction.otherPartyCountry', ''],
        ]),
      ),
    );
    expect(body).toMatchObject({
      riskScreening: { threatsOfViolence: true, escalating: false, childAtRisk: null },
      abuseTypes: ['DOXXING', 'HARASSMENT'],
      platforms: ['Reddit', 'X'],
      tags: [],
      restricted: false,
      survivor: {
        name: 'Camille',
        isPseudonym: true,
        preferredLanguage: 'en',
        safeContact: { channels: ['SIGNAL'], never: ['Do not call', 'Do not leave messages'] },
      },
      jurisdiction: { survivorCountry: 'FR', otherPartyCountry: null },
    });
  });

  it('reads other-party identifiers one per line as kind: value', () => {
    expect(parseIdentifier('Handle: @someone')).toEqual({ kind: 'HANDLE', value: '@someone' });
    expect(parseIdentifier('https://example.com/u/1')).toEqual({
      kind: 'OTHER',
      value: 'https://example.com/u/1',
    });
    expect(parseIdentifier('no kind here')).toEqual({ kind: 'OTHER', value: 'no kind here' });
  });

  it('sends only the location fields of the chosen kind', () => {
    const body = CreateIncidentBody.parse(
      incidentInput(
        formOf([
          ['occurredAt', '2026-03-14T21:30'],
          ['timeZone', 'Europe/Paris'],
          ['location.kind', 'PLACE'],
          ['location.platform', 'Instagram'],
          ['location.place', 'Outside the school'],
          ['description', 'Followed home'],
          ['otherPartyIdentifiers', 'name: J. Doe'],
        ]),
      ),
    );
    expect(body.location).toEqual({ kind: 'PLACE', place: 'Outside the school' });
    expect(body.approximate).toBe(false);
    expect(body.otherPartyIdentifiers).toEqual([{ kind: 'NAME', value: 'J. Doe' }]);
  });

  it('reads when a contact was made in the organisation’s time zone', () => {
    const body = CreateContactBody.parse(
      contactInput(
        formOf([
          ['kind', 'REPORT'],
          ['recipientKind', 'PLATFORM'],
          ['recipientName', 'Instagram'],
          ['method', 'WEB_FORM'],
          ['contactedAt', '2026-07-01T10:00'],
          ['referenceNumber', ''],
        ]),
        'Europe/Paris',
      ),
    );
    expect(body).toEqual({
      kind: 'REPORT',
      recipientKind: 'PLATFORM',
      recipientName: 'Instagram',
      method: 'WEB_FORM',
      contactedAt: '2026-07-01T08:00:00.000Z',
    });
  });
});

describe('the other party field', () => {
  it('keeps the platform an identifier was recorded with through a correction', () => {
    const recorded = { kind: 'HANDLE', value: '@someone', platform: 'Instagram' };
    expect(parseIdentifier(identifierLine(recorded))).toEqual(recorded);
    expect(parseIdentifier('email: x@example.org')).toEqual({
      kind: 'EMAIL',
      value: 'x@example.org',
    });
  });
});
