'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import {
  CreateLetterBody,
  CreatePlatformBody,
  CreateTakedownBody,
  RecordTakedownOutcomeBody,
  TemplateText,
  TemplatePreviewView,
  UpdatePlatformBody,
  UpdateTakedownBody,
  UpdateTakedownSettingsBody,
  Uuid,
} from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { submitForm, type FormSubmission } from '../forms/submit-form';
import { casePath } from '../cases/case-api';
import { staffLocale } from '../forms/staff-locale';
import {
  LETTER_FIELDS,
  letterInput,
  PLATFORM_FIELDS,
  platformInput,
  TAKEDOWN_FIELDS,
  takedownInput,
} from './takedown-bodies';
import type { TemplateFormState } from './template-form-state';

const SAID = {
  en: {
    gone: 'This request does not exist, or you may no longer see it.',
    conflict: 'That conflicts with the request as it is now.',
    draftChanged: 'Draft saved. Check the text below before you submit it.',
  },
  fr: {
    gone: 'Cette demande n’existe pas, ou vous ne pouvez plus la voir.',
    conflict: 'Cela contredit l’état actuel de la demande.',
    draftChanged: 'Brouillon enregistré. Vérifiez le texte ci-dessous avant de le soumettre.',
  },
} as const;

/** A takedown form sent to the API, with what its refusals mean here. */
async function send(
  sending: Omit<FormSubmission, 'gone' | 'conflict'>,
): Promise<CaseFormState & { answer?: unknown }> {
  const said = SAID[await staffLocale()];
  return submitForm({ ...sending, gone: said.gone, conflict: said.conflict });
}

/** A request's API path; ids that cannot be ids (a tampered form) never reach the API. */
function requestPath(caseId: string, takedownId: string, rest = ''): string {
  if (!Uuid.safeParse(takedownId).success) notFound();
  return casePath(caseId, `/takedowns/${takedownId}${rest}`);
}

function forForm({ answer: _answer, ...state }: CaseFormState & { answer?: unknown }) {
  return state;
}

function refresh(caseId: string): void {
  revalidatePath(`/cases/${caseId}`, 'layout');
}

export async function createTakedown(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: TAKEDOWN_FIELDS,
    schema: CreateTakedownBody,
    input: takedownInput(form),
    method: 'POST',
    path: casePath(caseId, '/takedowns'),
    done: 'Draft saved.',
  });
  if (result.done) {
    refresh(caseId);
    redirect(`/cases/${caseId}/takedowns/${(result.answer as { id: string }).id}`);
  }
  return forForm(result);
}

export async function updateTakedown(
  caseId: string,
  takedownId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: TAKEDOWN_FIELDS,
    schema: UpdateTakedownBody,
    input: takedownInput(form),
    method: 'PATCH',
    path: requestPath(caseId, takedownId),
    done: SAID[await staffLocale()].draftChanged,
  });
  if (result.done) refresh(caseId);
  return forForm(result);
}

/** The warning or the police cover letter, as a draft: its page shows the exact email. */
export async function createLetter(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: LETTER_FIELDS,
    schema: CreateLetterBody,
    input: letterInput(form, false),
    method: 'POST',
    path: casePath(caseId, '/letters'),
    done: 'Draft saved.',
  });
  if (result.done) {
    refresh(caseId);
    redirect(`/cases/${caseId}/takedowns/${(result.answer as { id: string }).id}`);
  }
  return forForm(result);
}

export async function updateLetter(
  caseId: string,
  takedownId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: LETTER_FIELDS,
    schema: UpdateTakedownBody,
    input: letterInput(form, true),
    method: 'PATCH',
    path: requestPath(caseId, takedownId),
    done: SAID[await staffLocale()].draftChanged,
  });
  if (result.done) refresh(caseId);
  return forForm(result);
}

const STEPS = {
  submit: 'Submitted for approval.',
  approve: 'Approved.',
  'form-submitted': 'Recorded as submitted through the platform’s form.',
} as const;

/** Submit for approval, approve (and send), or record a web-form submission. */
export async function takedownStep(
  caseId: string,
  takedownId: string,
  step: keyof typeof STEPS,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  if (!Object.hasOwn(STEPS, step)) notFound();
  const result = await send({
    previous,
    form,
    fields: [],
    method: 'POST',
    path: requestPath(caseId, takedownId, `/${step}`),
    done: STEPS[step],
  });
  if (result.done) {
    refresh(caseId);
    redirect(`/cases/${caseId}/takedowns/${takedownId}`);
  }
  return forForm(result);
}

export async function recordOutcome(
  caseId: string,
  takedownId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const urls = [...form.keys()]
    .filter((name) => name.startsWith('url:'))
    .map((name) => ({ id: name.slice(4), outcome: form.get(name) }));
  const status = form.get('status');
  const input = {
    ...(typeof status === 'string' && status ? { status } : {}),
    platformReference: (form.get('platformReference') as string | null)?.trim() || null,
    outcomeNote: (form.get('outcomeNote') as string | null)?.trim() || null,
    urls,
  };
  const result = await send({
    previous,
    form,
    fields: ['status', 'platformReference', 'outcomeNote', 'urls'],
    schema: RecordTakedownOutcomeBody,
    input,
    method: 'PATCH',
    path: requestPath(caseId, takedownId, '/outcome'),
    done: 'Outcome recorded.',
  });
  if (result.done) refresh(caseId);
  return forForm(result);
}

export async function createPlatform(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: PLATFORM_FIELDS,
    schema: CreatePlatformBody,
    input: platformInput(form, false),
    method: 'POST',
    path: '/platforms',
    done: 'Platform added.',
  });
  if (result.done) revalidatePath('/platforms');
  return forForm(result);
}

export async function updatePlatform(
  id: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await send({
    previous,
    form,
    fields: PLATFORM_FIELDS,
    schema: UpdatePlatformBody,
    input: platformInput(form, true),
    method: 'PATCH',
    path: `/platforms/${Uuid.safeParse(id).success ? id : notFound()}`,
    done: 'Platform saved.',
  });
  if (result.done) revalidatePath('/platforms');
  return forForm(result);
}

export async function updateTakedownSettings(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const domain = (form.get('inboundDomain') as string | null)?.trim();
  const result = await send({
    previous,
    form,
    fields: ['fourEyes', 'inboundDomain'],
    schema: UpdateTakedownSettingsBody,
    input: { fourEyes: form.get('fourEyes') === 'on', inboundDomain: domain || null },
    method: 'PATCH',
    path: '/takedown-settings',
    done: 'Settings saved.',
  });
  if (result.done) revalidatePath('/takedown-templates');
  return forForm(result);
}

/** Previews or saves a template, as the button pressed asks; the text typed is kept either way. */
export async function saveTemplate(
  id: string,
  previous: TemplateFormState,
  form: FormData,
): Promise<TemplateFormState> {
  const intent = form.get('intent') === 'save' ? 'save' : 'preview';
  const input = { subject: form.get('subject') ?? '', body: form.get('body') ?? '' };
  const result = await send({
    previous,
    form,
    fields: ['subject', 'body'],
    schema: TemplateText,
    input,
    method: intent === 'save' ? 'PUT' : 'POST',
    path: `/takedown-templates/${Uuid.safeParse(id).success ? id : notFound()}${intent === 'save' ? '' : '/preview'}`,
    done: intent === 'save' ? 'Template saved.' : 'Preview below, with example values.',
  });
  const text = { subject: String(input.subject), body: String(input.body) };
  if (!result.done) return { ...forForm(result), text };
  if (intent === 'save') {
    revalidatePath('/takedown-templates');
    return { ...forForm(result), text };
  }
  return { ...forForm(result), text, preview: TemplatePreviewView.parse(result.answer) };
}
