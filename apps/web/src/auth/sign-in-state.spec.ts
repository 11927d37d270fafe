import { fieldErrorsFrom, stateFromFailure } from './sign-in-state';

describe('fieldErrorsFrom', () => {
  it('puts each API field error on the form field its path ends with', () => {
    expect(
      fieldErrorsFrom([
        { field: 'email', message: 'not an email' },
        { field: 'body.organization', message: 'unknown organisation' },
      ]),
    ).toEqual({
      fieldErrors: { email: 'not an email', organization: 'unknown organisation' },
      unplaced: [],
    });
  });

  it('keeps the first message for a field and returns errors for unknown fields apart', () => {
    expect(
      fieldErrorsFrom([
        { field: 'password', message: 'too short' },
        { field: 'password', message: 'too common' },
        { field: 'captcha', message: 'missing' },
      ]),
    ).toEqual({ fieldErrors: { password: 'too short' }, unplaced: ['missing'] });
  });
});

describe('stateFromFailure', () => {
  it.each([
    ['invalid-credentials', 'That email and password do not match an account'],
    ['account-locked', 'This account is locked'],
    ['rate-limited', 'Too many sign-in attempts'],
    ['something-new', 'Signing in is not possible right now'],
  ])('explains %s in words', (code, words) => {
    const state = stateFromFailure({ code }, 'ada@example.org');
    expect(state.message).toContain(words);
    expect(state.email).toBe('ada@example.org');
    expect(state.fieldErrors).toEqual({});
  });

  it.each([
    ['invalid-credentials', 'ne correspondent à aucun compte'],
    ['account-locked', 'Ce compte est verrouillé'],
    ['rate-limited', 'Trop de tentatives de connexion'],
    ['something-new', 'La connexion est impossible pour le moment'],
  ])('explains %s in French on a French page', (code, words) => {
    const state = stateFromFailure({ code }, 'ada@example.org', 'fr');
    expect(state.message).toContain(words);
    expect(state.locale).toBe('fr');
  });

  it('offers the organisations to choose from when the user belongs to several', () => {
    const organizations = [
      { slug: 'north', name: 'North Helpline' },
      { slug: 'south', name: 'South Helpline' },
    ];
    const state = stateFromFailure(
      { code: 'organization-required', organizations },
      'ada@example.org',
    );
    expect(state.organizations).toEqual(organizations);
    expect(state.message).toContain('Choose one');
  });

  it('does not ask for a choice it cannot offer', () => {
    const state = stateFromFailure({ code: 'organization-required' }, 'ada@example.org');
    expect(state.organizations).toBeUndefined();
    expect(state.message).toContain('not possible right now');
  });

  it('shows a 400 answer’s field errors inline', () => {
    const state = stateFromFailure(
      { code: 'validation-failed', errors: [{ field: 'email', message: 'Invalid email address' }] },
      'x',
    );
    expect(state.fieldErrors).toEqual({ email: 'Invalid email address' });
    expect(state.message).toBe('Check the fields marked below.');
  });
});
