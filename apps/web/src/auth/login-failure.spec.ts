import { LoginBody } from '@cairn/contracts';
import {
  decodeLoginFailure,
  encodeLoginFailure,
  loginFailureFromProblem,
  validationFailure,
} from './login-failure';

describe('loginFailureFromProblem', () => {
  it('keeps the code, field errors and organisation choices of a problem+json answer', () => {
    expect(
      loginFailureFromProblem({
        type: 'https://cairn.example/problems/organization-required',
        title: 'Choose an organisation',
        status: 409,
        code: 'organization-required',
        organizations: [{ slug: 'north', name: 'North Helpline' }],
      }),
    ).toEqual({
      code: 'organization-required',
      organizations: [{ slug: 'north', name: 'North Helpline' }],
    });
  });

  it.each([undefined, 'Bad Gateway', { status: 502 }])(
    'treats %p as the API being unavailable',
    (body) => {
      expect(loginFailureFromProblem(body)).toEqual({ code: 'unavailable' });
    },
  );
});

describe('encodeLoginFailure / decodeLoginFailure', () => {
  it('carries a failure through an error message unchanged', () => {
    const failure = {
      code: 'validation-failed',
      errors: [{ field: 'email', message: 'Invalid email' }],
    };
    expect(decodeLoginFailure(encodeLoginFailure(failure))).toEqual(failure);
  });

  it('reads next-auth’s own error names as the service being unavailable', () => {
    expect(decodeLoginFailure('CredentialsSignin')).toEqual({ code: 'unavailable' });
  });
});

describe('validationFailure', () => {
  it('names each field the shared schema refused, as the API would', () => {
    const result = LoginBody.safeParse({ email: 'not-an-email', password: '' });
    if (result.success) throw new Error('expected the schema to refuse');

    const failure = validationFailure(result.error);

    expect(failure.code).toBe('validation-failed');
    expect(failure.errors?.map(({ field }) => field).sort()).toEqual(['email', 'password']);
  });
});
