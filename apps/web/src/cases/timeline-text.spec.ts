import type { TimelineEntryView } from '@cairn/contracts';
import { describeEntry } from './timeline-text';

const entry = (
  kind: TimelineEntryView['kind'],
  data: Record<string, unknown>,
): TimelineEntryView => ({
  id: '00000000-0000-4000-8000-000000000001',
  at: '2026-11-29T10:00:00.000Z',
  kind,
  actor: null,
  data,
});

describe('describeEntry', () => {
  it("says an incident's time in the organisation's zone, with the platform", () => {
    const incident = entry('INCIDENT_ADDED', {
      incidentId: '00000000-0000-4000-8000-000000000002',
      occurredAt: '2026-11-28T20:30:00.000Z',
      approximate: false,
      platform: 'Instagram',
    });
    expect(describeEntry(incident, 'Europe/Paris')).toBe(
      'Incident recorded: 28 Nov 2026, 21:30 (Paris time), on Instagram',
    );
  });

  it('names the fields of an edit in words, never their ids', () => {
    expect(
      describeEntry(
        entry('CASE_UPDATED', { fields: ['title', 'riskLevel'], riskLevel: 'HIGH' }),
        'UTC',
      ),
    ).toBe('Case edited: title, risk (risk now High)');
    expect(
      describeEntry(
        entry('CONTACT_UPDATED', { contactId: 'x', fields: ['outcome', 'referenceNumber'] }),
        'UTC',
      ),
    ).toBe('Contact updated: outcome, reference number');
  });

  it('says which checklist step became what, and the start of a note', () => {
    expect(
      describeEntry(
        entry('CHECKLIST_ITEM_SET', {
          itemId: 'a:b',
          step: 'Change your passwords',
          state: 'DONE',
        }),
        'UTC',
      ),
    ).toBe("Checklist: 'Change your passwords' marked done");
    expect(describeEntry(entry('NOTE_ADDED', { noteId: 'n', excerpt: 'Called back' }), 'UTC')).toBe(
      'Note added: Called back',
    );
    expect(
      describeEntry(
        entry('CONTACT_ADDED', {
          kind: 'REPORT',
          recipientKind: 'PLATFORM',
          recipientName: 'Instagram',
        }),
        'UTC',
      ),
    ).toBe('Contact recorded: report to Instagram (platform)');
  });
});

describe('describeEntry in French', () => {
  it("says an incident's time in the organisation's zone, in French", () => {
    const incident = entry('INCIDENT_ADDED', {
      incidentId: '00000000-0000-4000-8000-000000000002',
      occurredAt: '2026-11-28T20:30:00.000Z',
      approximate: true,
      platform: 'Instagram',
    });
    expect(describeEntry(incident, 'Europe/Paris', 'fr')).toBe(
      'Incident enregistré : vers 28 nov. 2026, 21:30 (heure de Paris), sur Instagram',
    );
  });

  it('names fields, statuses, steps and consents in French words', () => {
    expect(
      describeEntry(
        entry('CASE_UPDATED', { fields: ['title', 'riskLevel'], riskLevel: 'HIGH' }),
        'UTC',
        'fr',
      ),
    ).toBe('Dossier modifié : titre, risque (risque désormais élevé)');
    expect(
      describeEntry(
        entry('STATUS_CHANGED', { from: 'ACTIVE', to: 'CLOSED', closingReason: 'RESOLVED' }),
        'UTC',
        'fr',
      ),
    ).toBe('Statut changé : En cours → Clos (Résolu)');
    expect(
      describeEntry(
        entry('CHECKLIST_ITEM_SET', {
          itemId: 'a:b',
          steps: { fr: 'Changer vos mots de passe' },
          state: 'DONE',
        }),
        'UTC',
        'fr',
      ),
    ).toBe('Liste : « Changer vos mots de passe » : fait');
    // A step stored by its id is said in the reader's language; an older entry's English
    // words never land in a French sentence.
    const byId = entry('CHECKLIST_ITEM_SET', {
      itemId: 'cut-off-contact:block-accounts',
      state: 'DONE',
      steps: { en: 'Block them everywhere.', fr: 'Bloquez la personne partout.' },
    });
    expect(describeEntry(byId, 'UTC', 'fr')).toBe(
      'Liste : « Bloquez la personne partout. » : fait',
    );
    expect(describeEntry(byId, 'UTC', 'en')).toBe(
      "Checklist: 'Block them everywhere.' marked done",
    );
    const older = entry('CHECKLIST_ITEM_SET', { itemId: 'a:b', step: 'Block them', state: 'DONE' });
    expect(describeEntry(older, 'UTC', 'fr')).not.toContain('Block them');
    expect(
      describeEntry(entry('CONSENT_RECORDED', { scope: 'SHARE_WITH_POLICE' }), 'UTC', 'fr'),
    ).toBe('Consentement enregistré : Partager avec la police');
    // A takedown sent by web form logs its report with the platform's kind, said in French.
    expect(
      describeEntry(
        entry('CONTACT_ADDED', {
          kind: 'REPORT',
          recipientKind: 'WEBSITE_HOST',
          recipientName: 'Hébergeur X',
        }),
        'UTC',
        'fr',
      ),
    ).toBe('Démarche enregistrée : signalement à Hébergeur X (hébergeur du site)');
    expect(describeEntry(entry('CONTACT_ADDED', { kind: 'WARNING' }), 'UTC', 'fr')).toBe(
      'Démarche enregistrée : l’avertissement écrit à l’autre partie',
    );
  });
});
