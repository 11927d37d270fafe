import { firingOutcome } from './firing-outcome';

describe('what a firing did', () => {
  it('is worded in the reader’s language from the code and its facts', () => {
    const firing = {
      outcome: 'Escalated to the regulator at a@regulator.example.',
      outcomeCode: 'escalated-to-regulator' as const,
      outcomeParams: { address: 'a@regulator.example' },
    };
    expect(firingOutcome(firing, 'fr')).toEqual({
      text: 'Demande remontée à l’autorité de régulation à a@regulator.example.',
      lang: 'fr',
    });
    expect(firingOutcome(firing, 'en')).toEqual({ text: firing.outcome, lang: 'en' });
  });

  it('counts people and says when nobody could be emailed', () => {
    const nobody = {
      outcome: 'Nobody on call: 0 supervisor(s) emailed. Nobody could be emailed.',
      outcomeCode: 'nobody-on-call-supervisors-emailed' as const,
      outcomeParams: { count: 0, nobodyEmailed: true },
    };
    expect(firingOutcome(nobody, 'fr').text).toBe(
      'Personne d’astreinte : 0 superviseur·es ont reçu un e-mail. Personne n’a pu recevoir d’e-mail.',
    );
    expect(
      firingOutcome(
        { ...nobody, outcomeCode: 'supervisors-emailed', outcomeParams: { count: 1 } },
        'en',
      ).text,
    ).toBe('1 supervisor emailed.');
  });

  it('keeps the stored English sentence of a firing recorded before codes, as English', () => {
    const old = { outcome: '2 supervisor(s) emailed.', outcomeCode: null, outcomeParams: null };
    expect(firingOutcome(old, 'fr')).toEqual({ text: '2 supervisor(s) emailed.', lang: 'en' });
  });
});
