'use server';

import { redirect } from 'next/navigation';
import { callApi } from '../api/api-client';
import { postToNextAuth } from './next-auth-in-process';
import { sessionApiToken } from './session-token';

/** Ends the session at the API, then drops next-auth's cookie. */
export async function signOut(): Promise<void> {
  const token = await sessionApiToken();
  if (token) {
    try {
      await callApi('/auth/logout', { method: 'POST', token });
    } catch (error) {
      // On a shared computer an open session is the worse failure: drop the cookie anyway.
      // The token, now stored nowhere, lapses at the API's idle expiry.
      console.error('Could not revoke the API session at sign-out', error);
    }
  }
  await postToNextAuth(['signout'], {});
  redirect('/signin');
}
