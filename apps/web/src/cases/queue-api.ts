import 'server-only';
import { redirect } from 'next/navigation';
import { QueueView } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';

/** What needs the signed-in member now: the landing page's queue. */
export async function getQueue(token: string): Promise<QueueView> {
  const response = await callApi('/me/queue', { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET /me/queue answered ${response.status}`);
  return QueueView.parse(await readJson(response));
}
