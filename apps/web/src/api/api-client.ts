import 'server-only';
import { serverEnv } from '../config/env';

interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The staff member's API token, sent as a bearer credential. */
  token?: string;
  body?: unknown;
  /**
   * The `X-Forwarded-For` of the browser's request to this server, for the calls whose rate
   * limits and audit lines are about the person (sign-in, accepting an invitation): the API
   * would otherwise see only this server's address.
   */
  forwardedFor?: string;
}

/** One request to the Cairn API from this server; callers read status and body themselves. */
export function callApi(
  path: string,
  { method = 'GET', token, body, forwardedFor }: ApiRequest = {},
): Promise<Response> {
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  if (body !== undefined) headers.set('content-type', 'application/json');
  return fetch(new URL(path, serverEnv().API_URL), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    // Answers are per user and per moment: never let Next's fetch cache keep one.
    cache: 'no-store',
  });
}

/** The JSON body of an answer, or undefined when it has none or it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
