import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import {
  EvidenceDetailView,
  EvidenceExportView,
  EvidenceGpsView,
  EvidenceView,
  IdParams,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { serverEnv } from '../config/env';

/** An id from the address, or Next's 404 page for one that cannot be an id. */
export function checkedId(id: string): string {
  const params = IdParams.safeParse({ id });
  if (!params.success) notFound();
  return params.data.id;
}

/** The web pages of a case's evidence, and of one item. */
export const evidencePage = (caseId: string, rest = '') => `/cases/${caseId}/evidence${rest}`;
export const itemPage = (caseId: string, itemId: string, rest = '') =>
  evidencePage(caseId, `/${itemId}${rest}`);

async function getParsed<T extends z.ZodType>(path: string, token: string, schema: T) {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return schema.parse(await readJson(response)) as z.infer<T>;
}

export type HiddenFilter = 'exclude' | 'include';

export async function listEvidence(
  caseId: string,
  token: string,
  hidden: HiddenFilter = 'exclude',
): Promise<EvidenceView[]> {
  const path = `/cases/${checkedId(caseId)}/evidence?hidden=${hidden}`;
  return (await getParsed(path, token, z.object({ items: z.array(EvidenceView) }))).items;
}

/** One item, read (and audited) once; an item of another case than the address's is a 404. */
export async function getEvidence(
  caseId: string,
  itemId: string,
  token: string,
): Promise<EvidenceDetailView> {
  const item = await getParsed(`/evidence/${checkedId(itemId)}`, token, EvidenceDetailView);
  if (item.caseId !== caseId) notFound();
  return item;
}

/** Where an image was taken: a read the API writes in the audit log. */
export async function revealLocation(itemId: string, token: string) {
  const response = await callApi(`/evidence/${checkedId(itemId)}/gps`, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET /evidence/…/gps answered ${response.status}`);
  return EvidenceGpsView.parse(await readJson(response));
}

export const getExport = (caseId: string, exportId: string, token: string) =>
  getParsed(
    `/cases/${checkedId(caseId)}/evidence-exports/${checkedId(exportId)}`,
    token,
    EvidenceExportView,
  );

/** The headers of a file the API sends that the browser must keep as they are. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-security-policy',
  'x-content-type-options',
  'cache-control',
  'etag',
  'last-modified',
  'repr-digest',
] as const;

/**
 * Streams a file from the API to the browser, with the session's token added and the
 * API's headers kept (attachment, nosniff, a sandboxing CSP): the bytes are never held in
 * this server's memory. The caller words the refusals.
 */
export async function fetchApiFile(
  path: string,
  token: string,
  method: 'GET' | 'POST' = 'GET',
): Promise<Response> {
  return fetch(new URL(path, serverEnv().API_URL), {
    method,
    headers: { authorization: `Bearer ${token}`, accept: '*/*' },
    cache: 'no-store',
  });
}

export function passFile(answer: Response, fallback: Record<string, string> = {}): Response {
  const headers = new Headers(fallback);
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Whatever the API said, nothing sent from here is sniffed or kept by a shared cache.
  headers.set('x-content-type-options', 'nosniff');
  headers.set('x-robots-tag', 'noindex, nofollow');
  if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
  return new Response(answer.body, { status: 200, headers });
}
