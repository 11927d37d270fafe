import { AUDIT_ACTIONS, AuditBrokenReason, FIELD_LOCALES } from '@cairn/contracts';
import { actionLabel, AUDIT_MESSAGES } from './action-labels';

describe('an audited action in a sentence', () => {
  it('is worded in the reader’s language, a case action ending where its reference follows', () => {
    expect(actionLabel('case.created', 'en', true)).toBe('opened case');
    expect(actionLabel('case.created', 'fr', true)).toBe('a ouvert le dossier');
    expect(actionLabel('staff.invited', 'fr')).toBe('a invité un·e collègue');
    expect(actionLabel('escalation.fired', 'fr', true)).toBe(
      'a déclenché une alerte d’escalade au sujet du dossier',
    );
  });

  it.each(FIELD_LOCALES)('has a label in %s for every action the API records', (locale) => {
    const unlabelled = AUDIT_ACTIONS.filter((action) => actionLabel(action, locale) === action);
    expect(unlabelled).toEqual([]);
  });

  it('says an action it does not know, from an older event, by its code', () => {
    expect(actionLabel('case.retired-action', 'fr', true)).toBe('case.retired-action dossier');
    expect(actionLabel('case.retired-action', 'en', false)).toBe('case.retired-action');
  });
});

describe('a broken audit chain', () => {
  it.each(FIELD_LOCALES)('is explained in %s for every reason the API sends', (locale) => {
    for (const reason of AuditBrokenReason.options) {
      expect(AUDIT_MESSAGES[locale].brokenReasons[reason]).toMatch(/\S/);
      expect(AUDIT_MESSAGES[locale].brokenReasons[reason]).not.toContain(reason);
    }
    expect(
      AUDIT_MESSAGES.fr.chainBroken('12', AUDIT_MESSAGES.fr.brokenReasons['hash-mismatch']),
    ).toBe(
      'Chaîne rompue à l’événement n° 12 : son contenu a été modifié après son enregistrement.',
    );
  });
});
