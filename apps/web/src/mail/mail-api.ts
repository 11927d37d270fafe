import 'server-only';
import { notFound, redirect } from 'next/navigation';
import {
  CaughtMailListView,
  CaughtMailView,
  MailSettingsView,
  OutboxListView,
  OutboxMessageView,
  OutboxStatus,
} from '@cairn/contracts';
import { z } from 'zod';
import { callApi, readJson } from '../api/api-client';

async function getJson<S extends z.ZodType>(
  path: string,
  token: string,
  schema: S,
): Promise<z.infer<S>> {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  // Another organisation's id, a mistyped one, or one the filters refuse: nothing to show.
  if (response.status === 404 || response.status === 400) notFound();
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return schema.parse(await readJson(response));
}

/** The status filter from the page's address, when it names one. */
export function statusFilter(value: string | string[] | undefined): OutboxStatus | undefined {
  const parsed = OutboxStatus.safeParse(typeof value === 'string' ? value : undefined);
  return parsed.success ? parsed.data : undefined;
}

export function listOutbox(
  token: string,
  filter: { status?: OutboxStatus; cursor?: string },
): Promise<z.infer<typeof OutboxListView>> {
  const query = new URLSearchParams({ limit: '50' });
  if (filter.status) query.set('status', filter.status);
  if (filter.cursor) query.set('cursor', filter.cursor);
  return getJson(`/mail/outbox?${query.toString()}`, token, OutboxListView);
}

export function getOutboxMessage(token: string, id: string): Promise<OutboxMessageView> {
  return getJson(`/mail/outbox/${encodeURIComponent(id)}`, token, OutboxMessageView);
}

export function listCaught(
  token: string,
  cursor?: string,
): Promise<z.infer<typeof CaughtMailListView>> {
  const query = new URLSearchParams({ limit: '50' });
  if (cursor) query.set('cursor', cursor);
  return getJson(`/mail/catcher?${query.toString()}`, token, CaughtMailListView);
}

export function getCaught(token: string, id: string): Promise<CaughtMailView> {
  return getJson(`/mail/catcher/${encodeURIComponent(id)}`, token, CaughtMailView);
}

export function getMailSettings(token: string): Promise<MailSettingsView> {
  return getJson('/mail/settings', token, MailSettingsView);
}
