import 'server-only';
import { redirect } from 'next/navigation';
import { EscalationSettingsView } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';

/** The calendar, rules, on-call staff and latest firings, as the admin page shows them. */
export async function getEscalationSettings(token: string): Promise<EscalationSettingsView> {
  const response = await callApi('/escalations', { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET /escalations answered ${response.status}`);
  return EscalationSettingsView.parse(await readJson(response));
}
