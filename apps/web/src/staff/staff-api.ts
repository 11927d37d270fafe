import 'server-only';
import { redirect } from 'next/navigation';
import {
  InviteListView,
  StaffListView,
  type InviteView,
  type StaffMemberView,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { sessionApiToken } from '../auth/session-token';

/** The API token of the session, or off to sign in: staff pages and actions cannot go on. */
export async function requireApiToken(): Promise<string> {
  const token = await sessionApiToken();
  if (!token) redirect('/signin');
  return token;
}

async function getList(path: string, token: string): Promise<unknown> {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return readJson(response);
}

export async function listStaff(token: string): Promise<StaffMemberView[]> {
  return StaffListView.parse(await getList('/staff', token)).items;
}

export async function listInvites(token: string): Promise<InviteView[]> {
  return InviteListView.parse(await getList('/invites', token)).items;
}
