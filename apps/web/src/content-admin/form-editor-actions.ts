'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import {
  CheckSourceView,
  fieldMessage,
  fieldRule,
  GuideDocumentListView,
  PublishBody,
  SaveDraftBody,
  type FieldLocale,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { formText } from '../forms/form-state';
import { currentStaff } from '../staff/current-staff';
import { requireApiToken } from '../staff/staff-api';
import { staffLocale } from '../forms/staff-locale';
import { refusal } from './content-refusal';
import { CONTENT_HOME, documentPath } from './document-paths';
import { readGuideProblems } from './guide-problems';
import {
  formEditorHref,
  loadFormSources,
  pathInLocale,
  type FormSources,
} from './form-editor-sources';
import type { FormEditorState, ItemPlace, StructureEdit } from './form-editor-state';
import { readItemInput, type FieldError } from './form-item-input';
import {
  formYaml,
  moveItem,
  moveScreen,
  otherItems,
  putItem,
  readFormModel,
  removeItem,
  removeScreen,
  setScreenNames,
  setTitles,
  type Edited,
  type FormModel,
} from './form-model';
import { languageName } from './labels';
import { NewFormFields, newFormModel, NEW_FORM_PLACE_FIELDS } from './new-form';
import { NEW_FILE_MESSAGES, titleMissingError } from './new-file-messages';
import { guideProblemSentence } from '../forms/refusal';
import { FORM_MESSAGES } from '../i18n/form-messages';
import { FORM_EDITOR_MESSAGES } from './form-editor-messages';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body?: unknown) {
  const token = await requireApiToken();
  const response = await callApi(path, { method, token, body });
  if (response.status === 401) redirect('/signin?ended=1');
  return { ok: response.ok, status: response.status, body: await readJson(response) };
}

type Outcome =
  { saved: true } | { saved: false; message: string; errors?: FieldError[]; problems?: string[] };

/**
 * Applies one change to the form in every language: reads each language's text, checks it
 * has not changed since the page was drawn, makes the change, checks each new text as it
 * would be published, and saves those that changed as drafts, or none of them.
 */
async function changeForm(
  path: string,
  version: string,
  edit: (model: FormModel, staff: FieldLocale) => Edited | { errors: FieldError[] },
): Promise<Outcome> {
  const [me, staff] = await Promise.all([currentStaff(), staffLocale()]);
  const words = FORM_EDITOR_MESSAGES[staff];
  const loaded = await loadFormSources(
    path,
    await requireApiToken(),
    me.organization.defaultLocale,
  );
  if (!loaded) return { saved: false, message: words.notInGuide };
  if (loaded.version !== version) return { saved: false, message: words.stale };
  const read = readFormModel(loaded.sources);
  if (!read.ok) return { saved: false, message: words.unreadableLanguage };
  const edited = edit(read.model, staff);
  if ('errors' in edited)
    return { saved: false, message: FORM_MESSAGES[staff].checkFields, errors: edited.errors };
  if ('refused' in edited) return { saved: false, message: words.refusals[edited.refused] };
  return saveModel(loaded, edited.model, staff);
}

async function saveModel(
  loaded: FormSources,
  model: FormModel,
  staff: FieldLocale = 'en',
): Promise<Outcome> {
  const changed = loaded.sources.flatMap(({ locale, path, text }) => {
    const source = formYaml(model, locale);
    return source === text ? [] : [{ locale, path, source }];
  });
  const problems: string[] = [];
  for (const { locale, path, source } of changed) {
    const body = SaveDraftBody.safeParse({ path, source });
    if (!body.success) {
      const issue = body.error.issues[0];
      const why = issue
        ? fieldMessage(fieldRule(issue), staff)
        : fieldMessage({ rule: 'notAccepted' }, staff);
      problems.push(`${languageName(locale, staff)}${staff === 'fr' ? ' :' : ':'} ${why}`);
      continue;
    }
    const answer = await send('POST', '/content/check', body.data);
    if (!answer.ok) return { saved: false, message: refusal(answer, await staffLocale()) };
    for (const problem of CheckSourceView.parse(answer.body).problems)
      problems.push(guideProblemSentence(problem, staff, languageName(locale, staff)));
  }
  if (problems.length > 0)
    return { saved: false, message: NEW_FILE_MESSAGES[staff].formNotSaved, problems };
  for (const { path, source } of changed) {
    const answer = await send('PUT', '/content/drafts', { path, source });
    if (!answer.ok) return { saved: false, message: refusal(answer, await staffLocale()) };
  }
  revalidatePath(CONTENT_HOME, 'layout');
  return { saved: true };
}

function stateOf(previous: FormEditorState, outcome: Outcome, form?: FormData): FormEditorState {
  const values = form
    ? Object.fromEntries(
        [...form.entries()].flatMap(([name, value]) =>
          name.startsWith('$') || typeof value !== 'string' ? [] : [[name, value]],
        ),
      )
    : undefined;
  if (outcome.saved) return { attempt: previous.attempt + 1, errors: [] };
  return {
    attempt: previous.attempt + 1,
    message: outcome.message || undefined,
    errors: outcome.errors ?? [],
    problems: outcome.problems,
    values,
  };
}

/* ------------------------------------------------------------ structure */

/** Moves or removes an item or a screen; the page then shows the form as it now is. */
export async function editFormStructure(
  path: string,
  version: string,
  change: StructureEdit,
  previous: FormEditorState,
): Promise<FormEditorState> {
  const outcome = await changeForm(path, version, (model) => {
    switch (change.kind) {
      case 'move-item':
        return moveItem(model, change.screen, change.item, change.by);
      case 'remove-item':
        return removeItem(model, change.screen, change.item);
      case 'move-screen':
        return moveScreen(model, change.screen, change.by);
      case 'remove-screen':
        return removeScreen(model, change.screen);
    }
  });
  if (outcome.saved) redirect(formEditorHref(path, { changed: change.kind }));
  return stateOf(previous, outcome);
}

/* ---------------------------------------------------------------- items */

/** Saves the item editor's fields in place of an item, or as a new one; back to the form. */
export async function saveFormItem(
  path: string,
  version: string,
  at: ItemPlace,
  previous: FormEditorState,
  form: FormData,
): Promise<FormEditorState> {
  const outcome = await changeForm(path, version, (model, staff) => {
    const others = otherItems(model, at);
    const input = readItemInput(
      form,
      model.locales,
      {
        names: new Set(others.map((item) => item.name).filter(Boolean)),
        roles: new Set(others.map((item) => item.role).filter(Boolean)),
        scopes: new Set(others.map((item) => item.scope).filter(Boolean)),
      },
      staff,
    );
    if (!input.item) return { errors: input.errors };
    const names = Object.fromEntries(
      model.locales.map((locale) => [locale, formText(form, `screen-${locale}`).trim()]),
    );
    return putItem(model, at, input.item, names);
  });
  if (outcome.saved) redirect(`${formEditorHref(path, { changed: 'item' })}`);
  return stateOf(previous, outcome, form);
}

/* ------------------------------------------------------- titles, screens */

function wordsPerLocale(
  form: FormData,
  locales: readonly string[],
  prefix: string,
  wanted: 'title' | null,
  staff: FieldLocale = 'en',
): { words: Record<string, string>; errors: FieldError[] } {
  const words: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const locale of locales) {
    const field = `${prefix}-${locale}`;
    const value = formText(form, field).trim();
    if (wanted && !value)
      errors.push({ field, message: titleMissingError(languageName(locale, staff), staff) });
    else if (value.length > 200)
      errors.push({
        field,
        message: fieldMessage({ rule: 'charactersAtMost', params: { max: 200 } }, staff),
      });
    words[locale] = value;
  }
  return { words, errors };
}

export async function saveFormTitles(
  path: string,
  version: string,
  previous: FormEditorState,
  form: FormData,
): Promise<FormEditorState> {
  const outcome = await changeForm(path, version, (model, staff) => {
    const { words, errors } = wordsPerLocale(form, model.locales, 'title', 'title', staff);
    return errors.length > 0 ? { errors } : setTitles(model, words);
  });
  if (outcome.saved) redirect(formEditorHref(path, { changed: 'titles' }));
  return stateOf(previous, outcome, form);
}

export async function saveScreenNames(
  path: string,
  version: string,
  screen: number,
  previous: FormEditorState,
  form: FormData,
): Promise<FormEditorState> {
  const outcome = await changeForm(path, version, (model, staff) => {
    const { words, errors } = wordsPerLocale(form, model.locales, `screen-${screen}`, null, staff);
    return errors.length > 0 ? { errors } : setScreenNames(model, screen, words);
  });
  if (outcome.saved) redirect(formEditorHref(path, { changed: 'screen' }));
  return stateOf(previous, outcome, form);
}

/* ------------------------------------------------------------ publishing */

/** Publishes the draft of every language that has one; stops at the first refusal. */
export async function publishForm(
  path: string,
  previous: FormEditorState,
  form: FormData,
): Promise<FormEditorState> {
  const attempt = previous.attempt + 1;
  const [me, staff] = await Promise.all([currentStaff(), staffLocale()]);
  const words = FORM_EDITOR_MESSAGES[staff];
  const language = (locale: string) => languageName(locale, staff);
  const loaded = await loadFormSources(
    path,
    await requireApiToken(),
    me.organization.defaultLocale,
  );
  if (!loaded) return { attempt, errors: [], message: words.notInGuide };
  if (loaded.drafts.length === 0) return { attempt, errors: [], message: words.noDraft };
  const note = formText(form, 'note').trim();
  const published: string[] = [];
  for (const locale of loaded.drafts) {
    const body = PublishBody.safeParse({
      path: pathInLocale(path, locale),
      note: note || undefined,
    });
    if (!body.success) {
      // The note's own rule (its length, a control character), said in the reader's words.
      const issue = body.error.issues[0];
      const why = issue ? fieldMessage(fieldRule(issue), staff) : words.shortenNote;
      return {
        attempt,
        errors: [{ field: 'note', message: why }],
        values: { note },
        message: FORM_MESSAGES[staff].checkFields,
      };
    }
    const answer = await send('POST', '/content/publish', body.data);
    if (!answer.ok) {
      const problems = readGuideProblems(answer.body).map((problem) =>
        guideProblemSentence(problem, staff, language(locale)),
      );
      const why = problems.length > 0 ? words.fixProblemsBelow : refusal(answer, staff);
      return {
        attempt,
        errors: [],
        values: { note },
        problems,
        message: `${words.notPublishedIn(language(locale), published.join(', '))} ${why}`,
      };
    }
    published.push(language(locale));
  }
  revalidatePath(CONTENT_HOME, 'layout');
  return { attempt, errors: [], done: words.publishedIn(published.join(words.and)) };
}

/* -------------------------------------------------------------- new form */

/** Creates a new form's first draft in every language of the guide, then opens it. */
export async function createForm(
  previous: FormEditorState,
  form: FormData,
): Promise<FormEditorState> {
  const attempt = previous.attempt + 1;
  const values = Object.fromEntries(
    [...form.entries()].flatMap(([name, value]) =>
      name.startsWith('$') || typeof value !== 'string' ? [] : [[name, value]],
    ),
  );
  const [me, staff] = await Promise.all([currentStaff(), staffLocale()]);
  const words = NEW_FILE_MESSAGES[staff];
  const listed = await send('GET', '/content/documents?pageSize=1');
  if (!listed.ok) return { attempt, errors: [], values, message: refusal(listed, staff) };
  const guide = GuideDocumentListView.parse(listed.body).locales;
  const own = me.organization.defaultLocale;
  const locales = [own, ...[...guide].sort().filter((locale) => locale !== own)];

  const place = NewFormFields.safeParse(
    Object.fromEntries(NEW_FORM_PLACE_FIELDS.map((name) => [name, formText(form, name)])),
  );
  const titles = wordsPerLocale(form, locales, 'title', 'title', staff);
  // Each field takes one kind of value: its sentence says which, whatever the rule broken.
  const said: Record<(typeof NEW_FORM_PLACE_FIELDS)[number], string> = {
    category: words.errors.category,
    topic: words.errors.topic,
    level: words.errors.level,
    id: words.errors.formId,
  };
  const refused = new Set(
    (place.error?.issues ?? []).flatMap((issue) =>
      NEW_FORM_PLACE_FIELDS.filter((field) => field === issue.path[0]),
    ),
  );
  const errors: FieldError[] = [
    ...NEW_FORM_PLACE_FIELDS.filter((field) => refused.has(field)).map((field) => ({
      field,
      message: said[field],
    })),
    ...titles.errors,
  ];
  if (!place.success || errors.length > 0)
    return { attempt, errors, values, message: FORM_MESSAGES[staff].checkFields };

  const path = documentPath({ locale: own, ...place.data }, 'form');
  const query = new URLSearchParams({ path });
  const existing = await send('GET', `/content/document?${query}`);
  if (existing.ok)
    return {
      attempt,
      values,
      errors: [{ field: 'id', message: words.formIdTaken }],
      message: FORM_MESSAGES[staff].checkFields,
    };
  const model = newFormModel(locales, titles.words);
  const outcome = await saveModel(
    {
      sources: locales.map((locale) => ({ locale, path: pathInLocale(path, locale), text: null })),
      drafts: [],
      version: '',
    },
    model,
    staff,
  );
  if (!outcome.saved) return { ...stateOf(previous, outcome, form), values };
  redirect(formEditorHref(path, { changed: 'created' }));
}
