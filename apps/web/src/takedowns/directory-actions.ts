'use server';

import { notFound } from 'next/navigation';
import {
  CreatePlatformBody,
  TemplatePreviewView,
  TemplateText,
  UpdatePlatformBody,
  UpdateTakedownSettingsBody,
  Uuid,
} from '@cairn/contracts';
import type { CaseFormState } from '../cases/form-values';
import { staffLocale } from '../forms/staff-locale';
import { submitForm } from '../forms/submit-form';
import { DIRECTORY_MESSAGES } from './directory-messages';
import { platformUpdateInput, takedownSettingsInput } from './directory-bodies';
import { PLATFORM_FIELDS, platformInput } from './takedown-bodies';
import type { TemplateFormState } from './template-form-state';

// The admin forms of the platform directory and the notice templates, answering in the
// admin's language; the case's takedown composer keeps its own actions.

function forForm({ answer: _answer, ...state }: CaseFormState & { answer?: unknown }) {
  return state;
}

/** An id from a form's bound argument; one that cannot be an id never reaches the API. */
function checkedId(id: string): string {
  return Uuid.safeParse(id).success ? id : notFound();
}

async function words() {
  return DIRECTORY_MESSAGES[await staffLocale()];
}

export async function createPlatform(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const say = await words();
  const result = await submitForm({
    previous,
    form,
    fields: PLATFORM_FIELDS,
    schema: CreatePlatformBody,
    input: platformInput(form),
    method: 'POST',
    path: '/platforms',
    done: say.platformAdded,
    page: '/platforms',
    gone: say.platformGone,
    conflict: say.platformConflict,
  });
  return forForm(result);
}

export async function updatePlatform(
  id: string,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const say = await words();
  const result = await submitForm({
    previous,
    form,
    fields: PLATFORM_FIELDS,
    schema: UpdatePlatformBody,
    input: platformUpdateInput(form),
    method: 'PATCH',
    path: `/platforms/${checkedId(id)}`,
    done: say.platformSaved,
    page: '/platforms',
    gone: say.platformGone,
    conflict: say.platformConflict,
  });
  return forForm(result);
}

export async function updateTakedownSettings(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const say = await words();
  const result = await submitForm({
    previous,
    form,
    fields: ['fourEyes', 'inboundDomain'],
    schema: UpdateTakedownSettingsBody,
    input: takedownSettingsInput(form),
    method: 'PATCH',
    path: '/takedown-settings',
    done: say.settingsSaved,
    page: '/takedown-templates',
    gone: say.templateGone,
    conflict: say.templateConflict,
  });
  return forForm(result);
}

/** Previews or saves a template, as the button pressed asks; the text typed is kept either way. */
export async function saveTemplate(
  id: string,
  previous: TemplateFormState,
  form: FormData,
): Promise<TemplateFormState> {
  const say = await words();
  const intent = form.get('intent') === 'save' ? 'save' : 'preview';
  const input = { subject: form.get('subject') ?? '', body: form.get('body') ?? '' };
  const result = await submitForm({
    previous,
    form,
    fields: ['subject', 'body'],
    schema: TemplateText,
    input,
    method: intent === 'save' ? 'PUT' : 'POST',
    path: `/takedown-templates/${checkedId(id)}${intent === 'save' ? '' : '/preview'}`,
    done: intent === 'save' ? say.templateSaved : say.previewBelow,
    ...(intent === 'save' ? { page: '/takedown-templates' } : {}),
    gone: say.templateGone,
    conflict: say.templateConflict,
  });
  const text = { subject: String(input.subject), body: String(input.body) };
  if (!result.done || intent === 'save') return { ...forForm(result), text };
  return { ...forForm(result), text, preview: TemplatePreviewView.parse(result.answer) };
}
