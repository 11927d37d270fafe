import 'server-only';
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { IntakeView, SurvivorMessageListView, type SurvivorMessageView } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { casePath } from './case-api';

/**
 * What the survivor sent through the intake form, or null for a case opened by staff (the
 * API answers 404 for those too). One fetch per request: the case's header and its Intake
 * page both read it.
 */
export const getIntake = cache(
  async (caseId: string, token: string): Promise<IntakeView | null> => {
    const response = await callApi(casePath(caseId, '/intake'), { token });
    if (response.status === 401) redirect('/signin?ended=1');
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`GET /cases/{id}/intake answered ${response.status}`);
    return IntakeView.parse(await readJson(response));
  },
);

/** The messages with the survivor, oldest first. */
export async function listSurvivorMessages(
  caseId: string,
  token: string,
): Promise<SurvivorMessageView[]> {
  const response = await callApi(casePath(caseId, '/survivor-messages'), { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  if (!response.ok)
    throw new Error(`GET /cases/{id}/survivor-messages answered ${response.status}`);
  return SurvivorMessageListView.parse(await readJson(response)).items;
}
