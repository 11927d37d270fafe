import 'server-only';
import { LoginResponse, type LoginBody } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { loginFailureFromProblem, type LoginFailure } from './login-failure';

export type LoginOutcome =
  { ok: true; session: LoginResponse } | { ok: false; failure: LoginFailure };

/**
 * Asks the API to open a session for these credentials, on behalf of the browser whose
 * address chain is `forwardedFor`.
 */
export async function loginWithApi(
  body: LoginBody,
  forwardedFor: string | undefined,
): Promise<LoginOutcome> {
  const response = await callApi('/auth/login', { method: 'POST', body, forwardedFor });
  const answer = await readJson(response);
  if (response.ok) return { ok: true, session: LoginResponse.parse(answer) };
  return { ok: false, failure: loginFailureFromProblem(answer) };
}
