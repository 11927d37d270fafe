import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import {
  EvidenceView,
  IdParams,
  PlatformListView,
  PlatformView,
  TakedownListView,
  TakedownPreviewView,
  TakedownSettingsView,
  TakedownTemplateListView,
  TakedownTemplateView,
  TakedownView,
  Uuid,
  type Problem,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { readProblem } from '../forms/form-state';
import { casePath } from '../cases/case-api';

async function getParsed<T extends z.ZodType>(path: string, token: string, schema: T) {
  const response = await callApi(path, { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  if (!response.ok) throw new Error(`GET ${path.split('?')[0]} answered ${response.status}`);
  return schema.parse(await readJson(response)) as z.infer<T>;
}

/** A request's path in the API, or Next's 404 page for ids that cannot be ids. */
export function takedownPath(caseId: string, takedownId: string, rest = ''): string {
  if (!Uuid.safeParse(takedownId).success) notFound();
  return casePath(caseId, `/takedowns/${takedownId}${rest}`);
}

function idPath(prefix: string, id: string): string {
  const params = IdParams.safeParse({ id });
  if (!params.success) notFound();
  return `${prefix}/${params.data.id}`;
}

export const listTakedowns = async (caseId: string, token: string) =>
  (await getParsed(casePath(caseId, '/takedowns'), token, TakedownListView)).items;

export const getTakedown = (caseId: string, takedownId: string, token: string) =>
  getParsed(takedownPath(caseId, takedownId), token, TakedownView);

export type PreviewAnswer =
  { ok: true; preview: TakedownPreviewView } | { ok: false; problem: Problem | undefined };

/** The exact notice, or the API's refusal naming what the notice lacks. */
export async function previewTakedown(
  caseId: string,
  takedownId: string,
  token: string,
): Promise<PreviewAnswer> {
  const response = await callApi(takedownPath(caseId, takedownId, '/preview'), {
    method: 'POST',
    token,
  });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  const body = await readJson(response);
  if (response.status === 400) return { ok: false, problem: readProblem(body) };
  if (!response.ok) throw new Error(`preview answered ${response.status}`);
  return { ok: true, preview: TakedownPreviewView.parse(body) };
}

export const listCaseEvidence = async (caseId: string, token: string) =>
  (
    await getParsed(
      casePath(caseId, '/evidence'),
      token,
      z.object({ items: z.array(EvidenceView) }),
    )
  ).items;

export const listPlatforms = async (token: string) =>
  (await getParsed('/platforms', token, PlatformListView)).items;

export const getPlatform = (id: string, token: string) =>
  getParsed(idPath('/platforms', id), token, PlatformView);

export const listTemplates = async (token: string) =>
  (await getParsed('/takedown-templates', token, TakedownTemplateListView)).items;

export const getTemplate = (id: string, token: string) =>
  getParsed(idPath('/takedown-templates', id), token, TakedownTemplateView);

export const getTakedownSettings = (token: string) =>
  getParsed('/takedown-settings', token, TakedownSettingsView);
