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
    });
  });

  it('makes an error on a field the form lacks the message of the whole form', () => {
    expect(stateFromFieldErrors(['email'], [{ field: 'token', message: 'Too small' }])).toEqual({
      fieldErrors: {},
      message: 'Too small',
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
