import 'server-only';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AuditListView, AuditVerifyView, type Problem } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { readProblem } from '../forms/form-state';

export type AuditListAnswer =
  { ok: true; list: z.infer<typeof AuditListView> } | { ok: false; problem: Problem | undefined };

/** A page of the log, or the API's refusal of the filters (a 400 naming the field). */
export async function listAudit(query: URLSearchParams, token: string): Promise<AuditListAnswer> {
  const response = await callApi(`/audit?${query.toString()}`, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  const body = await readJson(response);
  if (response.status === 400) return { ok: false, problem: readProblem(body) };
  if (!response.ok) throw new Error(`GET /audit answered ${response.status}`);
  return { ok: true, list: AuditListView.parse(body) };
}

export async function verifyAudit(token: string): Promise<AuditVerifyView> {
  const response = await callApi('/audit/verify', { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET /audit/verify answered ${response.status}`);
  return AuditVerifyView.parse(await readJson(response));
}
