import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { MeView } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { sessionApiToken } from '../auth/session-token';

/** The signed-in member as the API knows them: the shell and its pages share one fetch. */
export const currentStaff = cache(async (): Promise<MeView> => {
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  const response = await callApi('/me', { token });
  // The API revoked or expired the session, though next-auth's cookie still holds it.
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET /me answered ${response.status}`);
  return MeView.parse(await readJson(response));
});
