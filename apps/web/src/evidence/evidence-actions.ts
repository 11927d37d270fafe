'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import {
  CreateEvidenceLinkBody,
  EvidenceReasonBody,
  EvidenceVerifyView,
  zonedToIso,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { optionalText, type CaseFormState } from '../cases/form-values';
import { submitForm } from '../forms/submit-form';
import { staffLocale } from '../forms/staff-locale';
import { currentStaff } from '../staff/current-staff';
import { requireApiToken } from '../staff/staff-api';
import { checkedId, evidencePage } from './evidence-api';
import { zonedDateTime } from './evidence-format';
import { EVIDENCE_MESSAGES, type EvidenceMessages } from './evidence-messages';

interface Sending {
  previous: CaseFormState;
  form: FormData;
  fields: readonly string[];
  schema: z.ZodType;
  input: unknown;
  path: string;
  done: string;
  /** Said when the API answers 403: what this role cannot do. */
  forbidden: (words: EvidenceMessages) => string;
  /** Said when the API answers 409: the item changed first. */
  conflict?: (words: EvidenceMessages) => string;
}

/** Checks the form with the API's schema, sends it, and words the answer for the form. */
async function send({ forbidden, conflict, ...sending }: Sending): Promise<CaseFormState> {
  const words = EVIDENCE_MESSAGES[await staffLocale()];
  const { answer: _answer, ...state } = await submitForm({
    ...sending,
    method: 'POST',
    gone: words.caseGone,
    conflict: conflict?.(words),
    refusals: { forbidden: forbidden(words) },
  });
  return state;
}

const refresh = (caseId: string) => {
  revalidatePath(evidencePage(caseId), 'layout');
  revalidatePath(`/cases/${caseId}/timeline`);
};

const LINK_FIELDS = ['url', 'title', 'seenAt', 'archiveUrl', 'incidentId'] as const;

export async function addEvidenceLink(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const id = checkedId(caseId);
  const { timeZone } = (await currentStaff()).organization;
  const seenAt = optionalText(form, 'seenAt');
  const words = EVIDENCE_MESSAGES[await staffLocale()];
  const state = await send({
    previous,
    form,
    fields: LINK_FIELDS,
    schema: CreateEvidenceLinkBody,
    input: {
      url: optionalText(form, 'url'),
      title: optionalText(form, 'title'),
      seenAt: seenAt === undefined ? undefined : (zonedToIso(seenAt, timeZone) ?? seenAt),
      archiveUrl: optionalText(form, 'archiveUrl'),
      incidentId: optionalText(form, 'incidentId'),
    },
    path: `/cases/${id}/evidence/links`,
    done: words.linkAdded,
    forbidden: (w) => w.writeNotAllowed,
  });
  if (state.done) refresh(id);
  return state;
}

export type FlagChange = 'hide' | 'show' | 'hold' | 'release';

/** Hides or shows an item, or sets or lifts its legal hold: each with a reason. */
export async function changeEvidenceFlag(
  caseId: string,
  itemId: string,
  change: FlagChange,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const words = EVIDENCE_MESSAGES[await staffLocale()];
  const state = await send({
    previous,
    form,
    fields: ['reason'],
    schema: EvidenceReasonBody,
    input: { reason: optionalText(form, 'reason') },
    path: `/evidence/${checkedId(itemId)}/${change}`,
    done: words.changeDone,
    forbidden: (w) =>
      change === 'hold' || change === 'release' ? w.holdNotAllowed : w.writeNotAllowed,
    conflict: (w) => w.flagAlready[change],
  });
  if (state.done) refresh(checkedId(caseId));
  return state;
}

export interface VerifyState {
  attempt: number;
  matches?: boolean;
  /** The outcome in a sentence. */
  sentence?: string;
}

/** Re-reads the stored file and says, in a sentence, whether it is still what arrived. */
export async function verifyEvidence(
  caseId: string,
  itemId: string,
  previous: VerifyState,
): Promise<VerifyState> {
  const attempt = previous.attempt + 1;
  const locale = await staffLocale();
  const words = EVIDENCE_MESSAGES[locale];
  const response = await callApi(`/evidence/${checkedId(itemId)}/verify`, {
    method: 'POST',
    token: await requireApiToken(),
  });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) {
    return { attempt, sentence: response.status === 404 ? words.caseGone : words.unavailable };
  }
  const result = EvidenceVerifyView.parse(await readJson(response));
  revalidatePath(evidencePage(checkedId(caseId)), 'layout');
  const { timeZone } = (await currentStaff()).organization;
  if (result.matches) {
    return {
      attempt,
      matches: true,
      sentence: words.verifyMatch(
        result.expectedSha256,
        zonedDateTime(result.checkedAt, timeZone, locale),
      ),
    };
  }
  const sentence =
    result.problem === 'missing'
      ? words.verifyMissing
      : result.problem === 'unreadable' || !result.actualSha256
        ? words.verifyUnreadable
        : words.verifyMismatch(result.expectedSha256, result.actualSha256);
  return { attempt, matches: false, sentence };
}
