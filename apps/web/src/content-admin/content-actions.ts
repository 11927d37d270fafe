'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import {
  CheckSourceBody,
  fieldMessage,
  fieldRule,
  type FieldLocale,
  CheckSourceView,
  GuideDocumentListView,
  GuideDocumentView,
  GuidePath,
  HelplineFields,
  IdParams,
  PublishBody,
  RollbackBody,
  SaveDraftBody,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { formValues, placeErrors, type CaseFormState } from '../cases/form-values';
import {
  checkInput,
  formText,
  readProblem,
  zodFieldErrors,
  type SentFieldError,
} from '../forms/form-state';
import { staffLocale } from '../forms/staff-locale';
import { FORM_MESSAGES } from '../i18n/form-messages';
import { requireApiToken } from '../staff/staff-api';
import { refusal, type Answer } from './content-refusal';
import { CONTENT_MESSAGES } from './content-messages';
import { EDITOR_MESSAGES } from './editor-messages';
import { CONTENT_HOME, editHref } from './document-paths';
import { EDITOR_INTENTS, type CheckAnswer, type EditorState } from './editor-state';
import { readGuideProblems } from './guide-problems';
import { channelRowsSent, helplineFields, helplineInput, toFormField } from './helpline-input';
import { NEW_FILE_MESSAGES } from './new-file-messages';
import { NEW_LESSON_FIELDS, NewLessonFields, newLesson } from './new-lesson';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body?: unknown): Promise<Answer> {
  const token = await requireApiToken();
  const response = await callApi(path, { method, token, body });
  if (response.status === 401) redirect('/signin?ended=1');
  return { ok: response.ok, status: response.status, body: await readJson(response) };
}

/** Every staff page of the guide shows the files' state: refresh them all. */
function refreshContent(): void {
  revalidatePath(CONTENT_HOME, 'layout');
}

/* ------------------------------------------------------------------ editor */

/** The problems a text would have if published; called as the admin types. */
export async function checkSource(path: string, source: string): Promise<CheckAnswer> {
  const body = CheckSourceBody.safeParse({ path, source });
  if (!body.success) return { ok: false };
  const answer = await send('POST', '/content/check', body.data);
  if (!answer.ok) return { ok: false };
  return { ok: true, problems: CheckSourceView.parse(answer.body).problems };
}

/**
 * The first issue of a refused body, as a sentence in the reader's language; an English page
 * keeps the schema's own sentence, which may be more precise.
 */
function issueSentence(error: z.ZodError, locale: FieldLocale): string {
  const issue = error.issues[0];
  if (locale === 'en' && issue) return issue.message;
  return fieldMessage(issue ? fieldRule(issue) : { rule: 'notAccepted' }, locale);
}

function publishedNumber(body: unknown): number | undefined {
  return GuideDocumentView.safeParse(body).data?.published?.number;
}

/**
 * The editor's one form: which button was pressed says what to do with the text. Publish
 * saves the text as the draft first, so what is published is what the admin sees.
 */
export async function editDocument(
  path: string,
  previous: EditorState,
  form: FormData,
): Promise<EditorState> {
  const attempt = previous.attempt + 1;
  const locale = await staffLocale();
  const words = EDITOR_MESSAGES[locale];
  const source = formText(form, 'source');
  const note = formText(form, 'note');
  const intentValue = formText(form, 'intent');
  const intent = EDITOR_INTENTS.find((known) => known === intentValue);
  const kept = { attempt, source, note, problems: [] };
  const checkedPath = GuidePath.safeParse(path);
  if (!intent || !checkedPath.success) return { ...kept, message: words.nothingDone };
  const query = new URLSearchParams({ path: checkedPath.data });

  if (intent === 'discard') {
    const answer = await send('DELETE', `/content/drafts?${query}`);
    if (!answer.ok && answer.status !== 404) return { ...kept, message: refusal(answer, locale) };
    refreshContent();
    // A file of the organisation's own that was never published goes with its draft.
    const left = await send('GET', `/content/document?${query}`);
    if (left.status === 404) redirect(CONTENT_HOME);
    return { attempt, problems: [], done: words.discarded };
  }

  if (intent === 'withdraw') {
    const body = PublishBody.safeParse({ path, note: note.trim() || undefined });
    if (!body.success) return { ...kept, message: issueSentence(body.error, locale) };
    const answer = await send('POST', '/content/withdraw', body.data);
    if (!answer.ok) return { ...kept, message: refusal(answer, locale) };
    refreshContent();
    const withdrawn = GuideDocumentView.safeParse(answer.body).data;
    const shared = withdrawn !== undefined && withdrawn.defaultSource !== null;
    return {
      attempt,
      problems: [],
      done: shared ? words.withdrawnShared : words.withdrawn,
    };
  }

  const draft = SaveDraftBody.safeParse({ path, source });
  if (!draft.success) return { ...kept, message: issueSentence(draft.error, locale) };

  if (intent === 'check') {
    const answer = await send('POST', '/content/check', draft.data);
    if (!answer.ok) return { ...kept, message: refusal(answer, locale) };
    const { problems } = CheckSourceView.parse(answer.body);
    return { ...kept, problems, done: problems.length === 0 ? words.noProblems : undefined };
  }

  const saved = await send('PUT', '/content/drafts', draft.data);
  if (!saved.ok) return { ...kept, message: refusal(saved, locale) };
  refreshContent();
  if (intent === 'save') {
    return { attempt, problems: [], done: words.saved };
  }

  const publish = PublishBody.safeParse({ path, note: note.trim() || undefined });
  if (!publish.success) return { ...kept, message: issueSentence(publish.error, locale) };
  const published = await send('POST', '/content/publish', publish.data);
  if (published.status === 422) {
    const problems = readGuideProblems(published.body);
    if (problems.length > 0) {
      return {
        ...kept,
        problems,
        message: words.notPublishedFix,
      };
    }
  }
  if (!published.ok) return { ...kept, message: refusal(published, locale) };
  const number = publishedNumber(published.body);
  return { attempt, problems: [], done: number ? words.publishedAs(number) : words.publishedDone };
}

/** Publishes an earlier revision again, then shows the file with it. */
export async function rollbackDocument(
  path: string,
  revision: number,
  previous: EditorState,
  form: FormData,
): Promise<EditorState> {
  const attempt = previous.attempt + 1;
  const locale = await staffLocale();
  const note = formText(form, 'note');
  const body = RollbackBody.safeParse({ path, revision, note: note.trim() || undefined });
  if (!body.success)
    return { attempt, note, problems: [], message: issueSentence(body.error, locale) };
  const answer = await send('POST', '/content/rollback', body.data);
  if (answer.status === 422) {
    const problems = readGuideProblems(answer.body);
    if (problems.length > 0) {
      return {
        attempt,
        note,
        problems,
        message: EDITOR_MESSAGES[locale].noLongerFits(revision),
      };
    }
  }
  if (!answer.ok) return { attempt, note, problems: [], message: refusal(answer, locale) };
  refreshContent();
  const number = publishedNumber(answer.body);
  redirect(`${editHref(path)}${number ? `&restored=${number}` : ''}`);
}

/* --------------------------------------------------------------- new lesson */

export async function createLesson(
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const attempt = previous.attempt + 1;
  const values = formValues(form);
  const locale = await staffLocale();
  const words = NEW_FILE_MESSAGES[locale];
  const fields = NewLessonFields.safeParse(
    Object.fromEntries(NEW_LESSON_FIELDS.map((name) => [name, formText(form, name)])),
  );
  if (!fields.success) {
    // Each field takes one kind of value: its sentence says which, whatever the rule broken.
    const said: Record<(typeof NEW_LESSON_FIELDS)[number], string> = {
      locale: words.errors.locale,
      category: words.errors.category,
      topic: words.errors.topic,
      level: words.errors.level,
      id: words.errors.lessonId,
      title: words.errors.lessonTitle,
    };
    const fieldErrors: Record<string, string> = {};
    for (const issue of fields.error.issues) {
      const name = NEW_LESSON_FIELDS.find((field) => field === issue.path[0]);
      if (name) fieldErrors[name] ??= said[name];
    }
    return { fieldErrors, message: FORM_MESSAGES[locale].checkFields, values, attempt, locale };
  }

  const listed = await send(
    'GET',
    `/content/documents?${new URLSearchParams({ locale: fields.data.locale })}`,
  );
  if (!listed.ok)
    return { fieldErrors: {}, message: refusal(listed, locale), values, attempt, locale };
  const lesson = newLesson(fields.data, GuideDocumentListView.parse(listed.body).items);
  if (!lesson) {
    return {
      fieldErrors: { id: words.lessonIdTaken },
      message: words.lessonIdTakenMessage,
      values,
      attempt,
      locale,
    };
  }

  const saved = await send('PUT', '/content/drafts', lesson);
  if (!saved.ok)
    return { fieldErrors: {}, message: refusal(saved, locale), values, attempt, locale };
  refreshContent();
  redirect(editHref(lesson.path));
}

/* --------------------------------------------------------------- helplines */

const HELPLINES_HOME = `${CONTENT_HOME}/helplines`;

/** Adds a helpline, or changes the one with this id; the list shows the outcome. */
export async function saveHelpline(
  id: string | null,
  previous: CaseFormState,
  form: FormData,
): Promise<CaseFormState> {
  const attempt = previous.attempt + 1;
  const values = formValues(form);
  const { body, channelRows } = helplineInput(form);
  const fields = helplineFields(Math.max(0, ...channelRowsSent(form).map((row) => row + 1)));
  const locale = await staffLocale();
  const place = (errors: SentFieldError[]) => ({
    ...placeErrors(
      fields,
      errors.map((error) => ({ ...error, field: toFormField(error.field, channelRows) })),
      locale,
    ),
    values,
    attempt,
  });

  const parsed = checkInput(HelplineFields, body);
  if (!parsed.success) return place(zodFieldErrors(parsed.error));
  const target = id === null ? null : IdParams.safeParse({ id });
  if (target && !target.success)
    return { fieldErrors: {}, message: CONTENT_MESSAGES[locale].noSuchHelpline, attempt, locale };
  const answer = target
    ? await send('PATCH', `/content/helplines/${target.data.id}`, parsed.data)
    : await send('POST', '/content/helplines', parsed.data);
  if (!answer.ok) {
    const problem = readProblem(answer.body);
    if (answer.status === 400 && problem?.errors?.length) return place(problem.errors);
    return { fieldErrors: {}, message: refusal(answer, locale), values, attempt, locale };
  }
  revalidatePath(HELPLINES_HOME, 'layout');
  if (target) redirect(HELPLINES_HOME);
  return { fieldErrors: {}, attempt, done: CONTENT_MESSAGES[locale].helplineAdded, locale };
}

export async function deleteHelpline(form: FormData): Promise<void> {
  const target = IdParams.safeParse({ id: formText(form, 'id') });
  if (!target.success) return;
  const answer = await send('DELETE', `/content/helplines/${target.data.id}`);
  // Already gone is what was asked for.
  if (!answer.ok && answer.status !== 404)
    throw new Error(`DELETE /content/helplines/{id} answered ${answer.status}`);
  revalidatePath(HELPLINES_HOME, 'layout');
  redirect(HELPLINES_HOME);
}
