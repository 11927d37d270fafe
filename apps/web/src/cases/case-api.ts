import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import {
  CaseChecklistView,
  CaseListView,
  CaseRecordsQuery,
  CaseView,
  ConsentView,
  ContactPageView,
  IdParams,
  IncidentPageView,
  NotePageView,
  StaffOptionView,
  TimelinePageView,
  type Problem,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { readProblem } from '../forms/form-state';

/** A case's path in the API, or Next's 404 page for an id that cannot be one. */
export function casePath(id: string, rest = ''): string {
  const params = IdParams.safeParse({ id });
  if (!params.success) notFound();
  return `/cases/${params.data.id}${rest}`;
}

/** GETs and parses; a case the caller may not see, or that does not exist, is a 404 page. */
async function getParsed<T extends z.ZodType>(path: string, token: string, schema: T) {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return schema.parse(await readJson(response)) as z.infer<T>;
}

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export type CaseListAnswer =
  { ok: true; list: CaseListView } | { ok: false; problem: Problem | undefined };

/** The list, or the API's refusal of the filters (a 400 naming the field). */
export async function listCases(query: URLSearchParams, token: string): Promise<CaseListAnswer> {
  const response = await callApi(`/cases?${query.toString()}`, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  const body = await readJson(response);
  if (response.status === 400) return { ok: false, problem: readProblem(body) };
  if (!response.ok) throw new Error(`GET /cases answered ${response.status}`);
  return { ok: true, list: CaseListView.parse(body) };
}

/** One fetch per request: the layout and the page both need the case, and each read is audited. */
export const getCase = cache((id: string, token: string) =>
  getParsed(casePath(id), token, CaseView),
);

export const assignableStaff = async (token: string) =>
  (await getParsed('/cases/assignable-staff', token, StaffOptionView)).items;

/**
 * The query of a page of a case's records: the `?cursor=` of a "Show older" link, when it is
 * one the API could have given (a damaged link shows the first page rather than an error).
 */
function pageQuery(cursor: string | undefined): string {
  if (!cursor || !CaseRecordsQuery.safeParse({ cursor }).success) return '';
  return `?cursor=${encodeURIComponent(cursor)}`;
}

export const listIncidents = (id: string, token: string, cursor?: string) =>
  getParsed(casePath(id, `/incidents${pageQuery(cursor)}`), token, IncidentPageView);

export const listContacts = (id: string, token: string, cursor?: string) =>
  getParsed(casePath(id, `/contacts${pageQuery(cursor)}`), token, ContactPageView);

export const getChecklist = (id: string, token: string) =>
  getParsed(casePath(id, '/checklist'), token, CaseChecklistView);

export const listConsents = async (id: string, token: string) =>
  (await getParsed(casePath(id, '/consents'), token, items(ConsentView))).items;

export const listNotes = (id: string, token: string, cursor?: string) =>
  getParsed(casePath(id, `/notes${pageQuery(cursor)}`), token, NotePageView);

export const getTimeline = (id: string, token: string, cursor?: string) =>
  getParsed(casePath(id, `/timeline${pageQuery(cursor)}`), token, TimelinePageView);
