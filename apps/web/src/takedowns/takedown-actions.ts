'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import {
  CreateLetterBody,
  CreateTakedownBody,
  RecordTakedownOutcomeBody,
  UpdateTakedownBody,
  Uuid,
} from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { submitForm, type FormSubmission } from '../forms/submit-form';
import { casePath } from '../cases/case-api';
import { REFUSAL_MESSAGES } from '../forms/refusal-messages';
import { staffLocale } from '../forms/staff-locale';
import { LETTER_FIELDS, letterInput, TAKEDOWN_FIELDS, takedownInput } from './takedown-bodies';

type Step = 'submit' | 'approve' | 'form-submitted';

const SAID = {
  en: {
    gone: 'This request does not exist, or you may no longer see it.',
    conflict: 'That conflicts with the request as it is now.',
    // English pages keep the API's own sentences for these.
    draftFields: {},
    letterFields: {},
    outcomeFields: {},
    draftSaved: 'Draft saved.',
    draftChanged: 'Draft saved. Check the text below before you submit it.',
    outcomeRecorded: 'Outcome recorded.',
    notDraft:
      'Only a draft can be changed, and this request was already submitted. Reload the page to see where it stands; start a new request to send other text.',
    notSent:
      'An outcome can be recorded once the request has been sent, and an outcome already recorded is corrected by choosing another one. Reload the page to see where it stands.',
    steps: {
      submit: {
        done: 'Submitted for approval.',
        transition:
          'This request was already submitted for approval. Reload the page to see where it stands.',
      },
      approve: {
        done: 'Approved.',
        transition:
          'This request cannot be approved now: it is not awaiting approval, or someone approved it already. Reload the page to see where it stands.',
        forbidden:
          'You cannot approve this request: your organisation asks a second person, other than its author, to approve takedown requests. Ask a supervisor or an admin who did not write it.',
      },
      'form-submitted': {
        done: 'Recorded as submitted through the platform’s form.',
        transition:
          'This can be recorded once, after the request was approved. Reload the page to see where it stands.',
      },
    } satisfies Record<Step, { done: string; transition: string; forbidden?: string }>,
  },
  fr: {
    gone: 'Cette demande n’existe pas, ou vous ne pouvez plus la voir.',
    conflict: 'Cela contredit l’état actuel de la demande.',
    /** The takedown service's own checks of a draft, which the API words in English only. */
    draftFields: {
      platformId: 'Choisissez une plateforme de l’annuaire qui n’est pas archivée.',
      noticeType:
        'Cette plateforme ne prend pas ce type de signalement, selon l’annuaire des plateformes.',
      evidenceIds: 'Ne citez que des preuves de ce dossier qui ne sont pas masquées.',
      recipientAddress: 'L’adresse d’une plateforme vient de l’annuaire des plateformes.',
      recipientName: 'Le nom d’une plateforme vient de l’annuaire des plateformes.',
    },
    letterFields: {
      noticeType: 'Une lettre garde son type et son destinataire : commencez-en une autre.',
      platformId: 'Une lettre garde son type et son destinataire : commencez-en une autre.',
      evidenceIds: 'Ne citez que des preuves de ce dossier qui ne sont pas masquées.',
    },
    outcomeFields: {
      status:
        'Une lettre a reçu une réponse ou non : choisissez « Réponse reçue » ou « Sans réponse ».',
      urls: 'Donnez un résultat seulement pour les adresses de cette demande.',
    },
    draftSaved: 'Brouillon enregistré.',
    draftChanged: 'Brouillon enregistré. Vérifiez le texte ci-dessous avant de le soumettre.',
    outcomeRecorded: 'Résultat enregistré.',
    notDraft:
      'Seul un brouillon peut être modifié, et cette demande a déjà été soumise. Rechargez la page pour voir où elle en est ; commencez une nouvelle demande pour envoyer un autre texte.',
    notSent:
      'Un résultat s’enregistre une fois la demande envoyée, et un résultat déjà enregistré se corrige en en choisissant un autre. Rechargez la page pour voir où elle en est.',
    steps: {
      submit: {
        done: 'Soumis pour approbation.',
        transition:
          'Cette demande a déjà été soumise pour approbation. Rechargez la page pour voir où elle en est.',
      },
      approve: {
        done: 'Approuvé.',
        transition:
          'Cette demande ne peut pas être approuvée maintenant : elle n’attend pas d’approbation, ou quelqu’un l’a déjà approuvée. Rechargez la page pour voir où elle en est.',
        forbidden:
          'Vous ne pouvez pas approuver cette demande : votre organisation demande qu’une deuxième personne, autre que son auteur·e, approuve les demandes de retrait. Demandez à un·e superviseur·e ou à un·e admin qui ne l’a pas rédigée.',
      },
      'form-submitted': {
        done: 'Enregistré comme envoyé par le formulaire de la plateforme.',
        transition:
          'Cela ne s’enregistre qu’une fois, après l’approbation de la demande. Rechargez la page pour voir où elle en est.',
      },
    } satisfies Record<Step, { done: string; transition: string; forbidden?: string }>,
  },
} as const;

/** A takedown form sent to the API, with what its refusals mean here. */
async function send(
  sending: Omit<FormSubmission, 'gone' | 'conflict'>,
): Promise<CaseFormState & { answer?: unknown }> {
  const locale = await staffLocale();
  const said = SAID[locale];
  return submitForm({
    ...sending,
    gone: said.gone,
    conflict: said.conflict,
    refusals: { forbidden: REFUSAL_MESSAGES[locale].forbidden, ...sending.refusals },
  });
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
  const said = SAID[await staffLocale()];
  const result = await send({
    previous,
    form,
    fields: TAKEDOWN_FIELDS,
    schema: CreateTakedownBody,
    input: takedownInput(form),
    method: 'POST',
    path: casePath(caseId, '/takedowns'),
    done: said.draftSaved,
    fieldRefusals: said.draftFields,
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
  const said = SAID[await staffLocale()];
  const result = await send({
    previous,
    form,
    fields: TAKEDOWN_FIELDS,
    schema: UpdateTakedownBody,
    input: takedownInput(form),
    method: 'PATCH',
    path: requestPath(caseId, takedownId),
    done: said.draftChanged,
    refusals: { transition: said.notDraft },
    fieldRefusals: said.draftFields,
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
  const said = SAID[await staffLocale()];
  const result = await send({
    previous,
    form,
    fields: LETTER_FIELDS,
    schema: CreateLetterBody,
    input: letterInput(form, false),
    method: 'POST',
    path: casePath(caseId, '/letters'),
    done: said.draftSaved,
    fieldRefusals: said.letterFields,
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
  const said = SAID[await staffLocale()];
  const result = await send({
    previous,
    form,
    fields: LETTER_FIELDS,
    schema: UpdateTakedownBody,
    input: letterInput(form, true),
    method: 'PATCH',
    path: requestPath(caseId, takedownId),
    done: said.draftChanged,
    refusals: { transition: said.notDraft },
    fieldRefusals: said.letterFields,
  });
  if (result.done) refresh(caseId);
  return forForm(result);
}

/** Submit for approval, approve (and send), or record a web-form submission. */
export async function takedownStep(
  caseId: string,
  takedownId: string,
  step: Step,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const steps = SAID[await staffLocale()].steps;
  if (!Object.hasOwn(steps, step)) notFound();
  const { done, ...refusals } = steps[step];
  const result = await send({
    previous,
    form,
    fields: [],
    method: 'POST',
    path: requestPath(caseId, takedownId, `/${step}`),
    done,
    refusals,
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
  const said = SAID[await staffLocale()];
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
    done: said.outcomeRecorded,
    refusals: { transition: said.notSent },
    fieldRefusals: said.outcomeFields,
  });
  if (result.done) refresh(caseId);
  return forForm(result);
}
