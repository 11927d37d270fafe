import { AcceptInviteBody } from '@cairn/contracts';
import {
  CHECK_FIELDS_MESSAGE,
  readProblem,
  stateFromFieldErrors,
  stateFromZodError,
} from './form-state';

describe('stateFromFieldErrors', () => {
  it('places errors on the form fields by the last segment of their path', () => {
    expect(
      stateFromFieldErrors(
        ['email', 'role'],
        [
          { field: 'body.email', message: 'Invalid email' },
          { field: 'role', message: 'Invalid option' },
        ],
      ),
    ).toEqual({
      fieldErrors: { email: 'Invalid email', role: 'Invalid option' },
      message: CHECK_FIELDS_MESSAGE,
      locale: 'en',
    });
  });

  it('makes an error on a field the form lacks the message of the whole form', () => {
    expect(stateFromFieldErrors(['email'], [{ field: 'token', message: 'Too small' }])).toEqual({
      fieldErrors: {},
      message: 'Too small',
      locale: 'en',
    });
  });

  it("says the API's errors in French by their rule, keeping the API's English otherwise", () => {
    const sent = [
      { field: 'email', message: 'This is required', code: 'required' },
      {
        field: 'displayName',
        message: 'Shorten it',
        code: 'charactersAtMost',
        params: { max: 120 },
      },
    ];
    expect(stateFromFieldErrors(['email', 'displayName'], sent, 'fr')).toEqual({
      fieldErrors: {
        email: 'Ce champ est obligatoire',
        displayName: 'Raccourcissez ce texte à 120 caractères au plus',
      },
      message: 'Vérifiez les champs signalés ci-dessous.',
      locale: 'fr',
    });
    expect(stateFromFieldErrors(['email'], sent.slice(0, 1), 'en').fieldErrors).toEqual({
      email: 'This is required',
    });
  });
});

describe('stateFromZodError', () => {
  it('names the fields the shared schema refused', () => {
    const result = AcceptInviteBody.safeParse({
      token: 'x'.repeat(40),
      displayName: '',
      password: 'short',
    });
    if (result.success) throw new Error('expected the schema to refuse');
    const state = stateFromZodError(['displayName', 'password'], result.error);
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['displayName', 'password']);
    expect(state.fieldErrors.password).toBe('Use at least 12 characters');
  });
});

describe('readProblem', () => {
  it('reads a problem+json body and refuses anything else', () => {
    const problem = { type: 't', title: 'Gone', status: 410, code: 'invite-unusable' };
    expect(readProblem(problem)).toEqual(problem);
    expect(readProblem('Bad Gateway')).toBeUndefined();
  });
});
