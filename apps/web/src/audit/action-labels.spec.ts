import { actionLabel } from './action-labels';

describe('an audited action in a sentence', () => {
  it('is worded in the reader’s language, a case action ending where its reference follows', () => {
    expect(actionLabel('case.created', 'en', true)).toBe('opened case');
    expect(actionLabel('case.created', 'fr', true)).toBe('a ouvert le dossier');
    expect(actionLabel('staff.invited', 'fr')).toBe('a invité un·e collègue');
  });

  it('says an action without a label by its code, naming the case it was about', () => {
    expect(actionLabel('escalation.fired', 'fr', true)).toBe('escalation.fired dossier');
    expect(actionLabel('escalation.fired', 'en', false)).toBe('escalation.fired');
  });
});
