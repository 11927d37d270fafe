'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import {
  ChangeStatusBody,
  ChecklistItemParams,
  ConsentParams,
  CreateCaseBody,
  CreateConsentBody,
  CreateContactBody,
  CreateIncidentBody,
  CreateNoteBody,
  CaseView,
  SetAssigneesBody,
  SetChecklistItemBody,
  UpdateCaseBody,
  UpdateContactBody,
  UpdateIncidentBody,
  isUnlikelyIncidentTime,
} from '@cairn/contracts';
import { callApi } from '../api/api-client';
import { formText } from '../forms/form-state';
import { submitForm, type FormSubmission } from '../forms/submit-form';
import { staffLocale } from '../forms/staff-locale';
import { markRefused } from './refused-title';
import { CASE_MESSAGES } from './case-messages';
import { currentStaff } from '../staff/current-staff';
import { requireApiToken } from '../staff/staff-api';
import {
  changedFields,
  changeStatusInput,
  CONTACT_UPDATE_FIELDS,
  contactUpdateInput,
  EDIT_CASE_FIELDS,
  editCaseInput,
  CONSENT_FIELDS,
  consentInput,
  CONTACT_FIELDS,
  contactInput,
  CREATE_CASE_FIELDS,
  createCaseInput,
  INCIDENT_FIELDS,
  incidentInput,
  NOTE_FIELDS,
  STATUS_FIELDS,
} from './case-bodies';
import { casePath, getCase } from './case-api';
import { formValues, type CaseFormState } from './form-values';

type Submission = Omit<FormSubmission, 'gone' | 'conflict'>;

const REFUSED = {
  en: {
    gone: 'This case does not exist, or you may no longer see it.',
    conflict:
      'That change conflicts with the case as it is now. Reload the page to see how it stands, then try again.',
    forbidden: 'Your role cannot do this on this case. Ask a supervisor or an admin.',
  },
  fr: {
    gone: 'Ce dossier n’existe pas, ou vous ne pouvez plus le voir.',
    conflict:
      'Cette modification contredit l’état actuel du dossier. Rechargez la page pour voir où il en est, puis réessayez.',
    forbidden:
      'Votre rôle ne permet pas de faire cela sur ce dossier. Demandez à un·e superviseur·e ou à un·e admin.',
  },
} as const;

/**
 * A case form sent to the API. A refusal marks the answer so the page drawn with it is
 * titled "Error: …" also without JavaScript.
 */
async function submit(submission: Submission): Promise<CaseFormState & { answer?: unknown }> {
  const refused = REFUSED[await staffLocale()];
  return submitForm({
    ...submission,
    gone: refused.gone,
    conflict: refused.conflict,
    refusals: { forbidden: refused.forbidden },
    onRefused: markRefused,
  });
}

/** What the case pages say, in the reader's language. */
async function words() {
  return CASE_MESSAGES[await staffLocale()];
}

/** Every page of the case shows its header and timeline: refresh them all. */
function refreshCase(caseId: string): void {
  revalidatePath(`/cases/${caseId}`, 'layout');
  revalidatePath('/cases');
}

/** Without the answer, which only createCase reads: the rest of the state goes to the form. */
function forForm({ answer: _answer, ...state }: CaseFormState & { answer?: unknown }) {
  return state;
}

export async function createCase(previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const result = await submit({
    previous,
    form,
    fields: CREATE_CASE_FIELDS,
    schema: CreateCaseBody,
    input: createCaseInput(form),
    method: 'POST',
    path: '/cases',
    done: (await words()).done.caseOpened,
  });
  if (result.done) {
    const created = CaseView.parse(result.answer);
    revalidatePath('/cases');
    redirect(`/cases/${created.id}`);
  }
  return forForm(result);
}

export async function changeStatus(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await submit({
    previous,
    form,
    fields: STATUS_FIELDS,
    schema: ChangeStatusBody,
    input: changeStatusInput(form),
    method: 'POST',
    path: casePath(caseId, '/status'),
    done: (await words()).done.statusChanged,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function setAssignees(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await submit({
    previous,
    form,
    fields: ['userIds'],
    schema: SetAssigneesBody,
    input: { userIds: form.getAll('userIds') },
    method: 'PUT',
    path: casePath(caseId, '/assignees'),
    done: (await words()).done.assigneesSaved,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

/** The warning in every language: one said on a page in another language still counts. */
const UNLIKELY_TIME_MESSAGES: readonly string[] = Object.values(CASE_MESSAGES).map(
  (messages) => messages.unlikelyTime,
);

/**
 * A time so long ago is more often a mistyped year: the first sending is held back with a
 * warning on the field, and sending the same time again records it.
 */
async function heldForUnlikelyTime(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState | undefined> {
  const occurredAt = formText(form, 'occurredAt');
  if (!isUnlikelyIncidentTime(occurredAt, formText(form, 'timeZone').trim())) return undefined;
  const warnedBefore =
    UNLIKELY_TIME_MESSAGES.includes(previous.fieldErrors.occurredAt ?? '') &&
    previous.values?.occurredAt?.[0] === occurredAt;
  if (warnedBefore) return undefined;
  const locale = await staffLocale();
  const message = CASE_MESSAGES[locale].unlikelyTime;
  return {
    fieldErrors: { occurredAt: message },
    message,
    values: formValues(form),
    attempt: previous.attempt + 1,
    locale,
  };
}

export async function addIncident(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const held = await heldForUnlikelyTime(previous, form);
  if (held) return held;
  const result = await submit({
    previous,
    form,
    fields: INCIDENT_FIELDS,
    schema: CreateIncidentBody,
    input: incidentInput(form),
    method: 'POST',
    path: casePath(caseId, '/incidents'),
    done: (await words()).done.incidentRecorded,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function addContact(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const { organization } = await currentStaff();
  const result = await submit({
    previous,
    form,
    fields: CONTACT_FIELDS,
    schema: CreateContactBody,
    input: contactInput(form, organization.timeZone),
    method: 'POST',
    path: casePath(caseId, '/contacts'),
    done: (await words()).done[
      formText(form, 'kind') === 'WARNING' ? 'warningRecorded' : 'contactRecorded'
    ],
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function addConsent(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const { organization } = await currentStaff();
  const result = await submit({
    previous,
    form,
    fields: CONSENT_FIELDS,
    schema: CreateConsentBody,
    input: consentInput(form, organization.timeZone),
    method: 'POST',
    path: casePath(caseId, '/consents'),
    done: (await words()).done.consentRecorded,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function addNote(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await submit({
    previous,
    form,
    fields: NOTE_FIELDS,
    schema: CreateNoteBody,
    input: { body: formText(form, 'body') },
    method: 'POST',
    path: casePath(caseId, '/notes'),
    done: (await words()).done.noteAdded,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

/** What a form says when it was sent unchanged: nothing is sent, nothing goes to the timeline. */
async function unchanged(previous: CaseFormState): Promise<CaseFormState> {
  return {
    fieldErrors: {},
    attempt: previous.attempt + 1,
    done: (await words()).done.nothingChanged,
  };
}

export async function editCase(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const current = await getCase(caseId, await requireApiToken());
  const edited = editCaseInput(form);
  // Not offered on the form when the reader may not lift it; the unticked box is not a request to.
  if (current.restricted && !current.may.liftRestriction) delete edited.restricted;
  const parsed = UpdateCaseBody.safeParse(edited);
  const input = parsed.success ? changedFields(parsed.data, current) : edited;
  if (parsed.success && Object.keys(input).length === 0) return await unchanged(previous);
  const result = await submit({
    previous,
    form,
    fields: EDIT_CASE_FIELDS,
    schema: UpdateCaseBody,
    input,
    method: 'PATCH',
    path: casePath(caseId),
    done: (await words()).done.caseSaved,
  });
  if (result.done) {
    refreshCase(caseId);
    redirect(`/cases/${caseId}`);
  }
  return forForm(result);
}

export async function updateContact(
  caseId: string,
  contactId: string,
  stored: Record<string, string | null>,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const input = changedFields(contactUpdateInput(form), stored);
  if (Object.keys(input).length === 0) return await unchanged(previous);
  const result = await submit({
    previous,
    form,
    fields: CONTACT_UPDATE_FIELDS,
    schema: UpdateContactBody,
    input,
    method: 'PATCH',
    path: casePath(caseId, `/contacts/${contactId}`),
    done: (await words()).done.contactUpdated,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function updateIncident(
  caseId: string,
  incidentId: string,
  stored: Record<string, unknown>,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const edited = incidentInput(form);
  const parsed = UpdateIncidentBody.safeParse(edited);
  const changesTime = parsed.success && parsed.data.occurredAt !== stored.occurredAt;
  const held = changesTime ? await heldForUnlikelyTime(previous, form) : undefined;
  if (held) return held;
  let input: unknown = edited;
  if (parsed.success) {
    let changes = changedFields(parsed.data, stored);
    // The time is read in its zone: one changed means both are sent.
    if ('occurredAt' in changes || 'timeZone' in changes) {
      changes = { ...changes, occurredAt: parsed.data.occurredAt, timeZone: parsed.data.timeZone };
    }
    if (Object.keys(changes).length === 0) return await unchanged(previous);
    input = changes;
  }
  const result = await submit({
    previous,
    form,
    fields: INCIDENT_FIELDS,
    schema: UpdateIncidentBody,
    input,
    method: 'PATCH',
    path: casePath(caseId, `/incidents/${incidentId}`),
    done: (await words()).done.incidentSaved,
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

/** A button press that changes one thing; the refreshed page shows the outcome. */
async function press(caseId: string, method: 'POST' | 'PUT', path: string, body?: unknown) {
  const token = await requireApiToken();
  const response = await callApi(path, { method, token, body });
  if (response.status === 401) redirect('/signin?ended=1');
  if (response.status === 404) notFound();
  // 409: someone else changed it first; the refreshed page shows how it stands.
  if (!response.ok && response.status !== 409)
    throw new Error(`${method} ${path.replace(caseId, '{id}')} answered ${response.status}`);
  refreshCase(caseId);
}

export async function setChecklistItem(caseId: string, form: FormData): Promise<void> {
  const params = ChecklistItemParams.safeParse({ id: caseId, itemId: formText(form, 'itemId') });
  const body = SetChecklistItemBody.safeParse({ state: formText(form, 'state') });
  if (!params.success || !body.success) return;
  const { id, itemId } = params.data;
  await press(id, 'PUT', `/cases/${id}/checklist/${encodeURIComponent(itemId)}`, body.data);
}

export async function withdrawConsent(caseId: string, form: FormData): Promise<void> {
  const params = ConsentParams.safeParse({ id: caseId, consentId: formText(form, 'consentId') });
  if (!params.success) return;
  const { id, consentId } = params.data;
  await press(id, 'POST', `/cases/${id}/consents/${consentId}/withdraw`);
}
