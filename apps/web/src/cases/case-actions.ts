'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import type { z } from 'zod';
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
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import {
  checkInput,
  formText,
  readProblem,
  UNAVAILABLE_MESSAGE,
  zodFieldErrors,
} from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { currentStaff } from '../staff/current-staff';
import { requireApiToken } from '../staff/staff-api';
import {
  changeStatusInput,
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
import { casePath } from './case-api';
import { formValues, placeErrors, type CaseFormState } from './form-values';

interface Submission {
  previous: CaseFormState;
  form: FormData;
  fields: readonly string[];
  schema: z.ZodType;
  input: unknown;
  method: 'POST' | 'PUT';
  path: string;
  /** Said on the form once the API has accepted. */
  done: string;
}

/**
 * Checks the form with the API's own schema, sends it, and turns the answer into what the
 * form shows. Works alike as a plain HTML form POST and with JavaScript.
 */
async function submit(submission: Submission): Promise<CaseFormState & { answer?: unknown }> {
  const { previous, form, fields, schema, input, method, path } = submission;
  const attempt = previous.attempt + 1;
  const values = formValues(form);
  const locale = await staffLocale();
  const body = checkInput(schema, input);
  if (!body.success) {
    return { ...placeErrors(fields, zodFieldErrors(body.error), locale), values, attempt };
  }

  const token = await requireApiToken();
  const response = await callApi(path, { method, token, body: body.data });
  if (response.status === 401) redirect('/signin?ended=1');
  const answer = await readJson(response);
  if (response.ok) return { fieldErrors: {}, attempt, done: submission.done, answer };

  const problem = readProblem(answer);
  if (problem?.errors?.length)
    return { ...placeErrors(fields, problem.errors, locale), values, attempt };
  const message =
    response.status === 409
      ? (problem?.detail ?? problem?.title ?? 'That change conflicts with the case as it is now.')
      : response.status === 403
        ? 'Your role cannot do this.'
        : response.status === 404
          ? 'This case does not exist, or you may no longer see it.'
          : UNAVAILABLE_MESSAGE;
  return { fieldErrors: {}, message, values, attempt };
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
    done: 'Case opened.',
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
    done: 'Status changed.',
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
    done: 'Assignees saved.',
  });
  if (result.done) refreshCase(caseId);
  return forForm(result);
}

export async function addIncident(
  caseId: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const result = await submit({
    previous,
    form,
    fields: INCIDENT_FIELDS,
    schema: CreateIncidentBody,
    input: incidentInput(form),
    method: 'POST',
    path: casePath(caseId, '/incidents'),
    done: 'Incident recorded.',
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
    done: formText(form, 'kind') === 'WARNING' ? 'Warning recorded.' : 'Contact recorded.',
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
    done: 'Consent recorded.',
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
    done: 'Note added.',
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
