import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { z } from 'zod';
import {
  GuideDocumentListView,
  GuideDocumentView,
  GuidePath,
  HelplineListView,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';

/** GETs and parses; a file or helpline that is not there, or not this organisation's, is a 404 page. */
async function getParsed<T extends z.ZodType>(path: string, token: string, schema: T) {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return schema.parse(await readJson(response)) as z.infer<T>;
}

/** One page of the organisation's guide files that fit `query`; the API searches and pages. */
export async function listDocuments(token: string, query: URLSearchParams = new URLSearchParams()) {
  const search = query.size > 0 ? `?${query}` : '';
  return getParsed(`/content/documents${search}`, token, GuideDocumentListView);
}

/** One file with its history; a path that cannot be a guide's is the 404 page too. */
export async function getDocument(path: string, token: string): Promise<GuideDocumentView> {
  const checked = GuidePath.safeParse(path);
  if (!checked.success) notFound();
  const query = new URLSearchParams({ path: checked.data });
  return getParsed(`/content/document?${query}`, token, GuideDocumentView);
}

export async function listHelplines(token: string) {
  return (await getParsed('/content/helplines', token, HelplineListView)).items;
}
