import {
  formFromSource,
  formSource,
  type CaseRole,
  type Form,
  type FormItem,
  type FormItemType,
  type Problem,
} from '@cairn/content';
import type { ConsentScope, FieldLocale } from '@cairn/contracts';
import { FORM_EDITOR_MESSAGES, type FormEditorMessages } from './form-editor-messages';
import { languageName } from './labels';

/**
 * A form as the visual editor shows it: one structure (screens of items, with each item's
 * type, name and settings) shared by every language of the guide, and the words of each
 * language beside it. It is read from the form's file in each language and written back
 * to all of them, so a change of structure reaches every language at once.
 */

export interface ItemText {
  label: string;
  hint: string;
  /** Option value → its label in this language. */
  options: Record<string, string>;
}

export interface ItemModel {
  type: FormItemType;
  /** Empty for information text without a name. */
  name: string;
  required: boolean;
  role: CaseRole | '';
  scope: ConsentScope | '';
  /** For files: whether several may be sent. */
  multiple: boolean;
  /** Option values, shared by every language. */
  options: string[];
  text: Record<string, ItemText>;
}

export interface ScreenModel {
  names: Record<string, string>;
  items: ItemModel[];
}

export interface FormModel {
  /** The guide's languages, the organisation's own first. */
  locales: string[];
  /** The language whose file gave the structure. */
  reference: string;
  titles: Record<string, string>;
  screens: ScreenModel[];
}

/** The form's file in one language: its path, and its text (null when it has none). */
export interface LocaleSource {
  locale: string;
  path: string;
  text: string | null;
}

export type ReadForm =
  | { ok: true; model: FormModel; differences: string[] }
  | { ok: false; unreadable: { locale: string; path: string; problems: Problem[] }[] };

export const EMPTY_TEXT: ItemText = { label: '', hint: '', options: {} };

function textOf(item: FormItem): ItemText {
  return {
    label: item.label ?? '',
    hint: item.hint ?? '',
    options:
      'options' in item
        ? Object.fromEntries(item.options.map((option) => [option.value, option.label]))
        : {},
  };
}

function modelItem(item: FormItem, locale: string): ItemModel {
  return {
    type: item.type,
    name: item.name ?? '',
    required: item.required ?? false,
    role: item.case ?? '',
    scope: item.type === 'consent' ? item.scope : '',
    multiple: item.type === 'file' ? (item.multiple ?? true) : true,
    options: 'options' in item ? item.options.map((option) => option.value) : [],
    text: { [locale]: textOf(item) },
  };
}

/** How a staff member is told where the form's languages differ: their words, and names. */
interface Telling {
  words: FormEditorMessages;
  name: (locale: string) => string;
}

/** How an item's settings differ in another language's file, in words; empty when alike. */
function settingsDiffer(reference: ItemModel, other: ItemModel, { words }: Telling): string[] {
  const said = words.differences;
  const differs: string[] = [];
  if (reference.type !== other.type)
    differs.push(said.type(words.types[other.type], words.types[reference.type]));
  if (reference.required !== other.required)
    differs.push(other.required ? said.required : said.notRequired);
  if (reference.role !== other.role)
    differs.push(other.role ? said.role(words.roleGiven[other.role]) : said.noRole);
  if (reference.scope !== other.scope)
    differs.push(other.scope ? said.scope(words.scopes[other.scope]) : said.noScope);
  if (reference.options.join('\n') !== other.options.join('\n'))
    differs.push(
      other.options.length > 0 ? said.options(other.options.join(', ')) : said.noOptions,
    );
  return differs;
}

const itemWords = (item: ItemModel, s: number, i: number, { words }: Telling) =>
  item.name
    ? words.differences.itemNamed(item.name)
    : words.differences.informationText(s + 1, i + 1);

/**
 * Reads the form from every language's file. The structure comes from the first language
 * that has a readable file; the others give their words, item by item (matched by name,
 * information text by place), and whatever of theirs does not match is listed as a
 * difference, since writing the form back makes every language follow the structure.
 * A file that cannot be read stops the visual editor: it would be replaced, not edited.
 */
export function readFormModel(
  sources: readonly LocaleSource[],
  staff: FieldLocale = 'en',
): ReadForm {
  const telling: Telling = {
    words: FORM_EDITOR_MESSAGES[staff],
    name: (locale) => languageName(locale, staff),
  };
  const forms = new Map<string, Form>();
  const unreadable: { locale: string; path: string; problems: Problem[] }[] = [];
  for (const { locale, path, text } of sources) {
    if (text === null) continue;
    const parsed = formFromSource(path, text);
    if (parsed.form) forms.set(locale, parsed.form);
    else unreadable.push({ locale, path, problems: parsed.problems });
  }
  const locales = sources.map((source) => source.locale);
  const reference = locales.find((locale) => forms.has(locale));
  if (unreadable.length > 0 || reference === undefined) return { ok: false, unreadable };

  const base = forms.get(reference) as Form;
  const model: FormModel = {
    locales,
    reference,
    titles: { [reference]: base.title },
    screens: base.screens.map((screen) => ({
      names: { [reference]: screen.name },
      items: screen.items.map((item) => modelItem(item, reference)),
    })),
  };
  const differences: string[] = [];
  for (const locale of locales) {
    if (locale === reference) continue;
    const form = forms.get(locale);
    if (!form) {
      differences.push(
        telling.words.differences.noVersion(telling.name(locale), telling.name(reference)),
      );
      continue;
    }
    differences.push(...alignLocale(model, locale, form, telling));
  }
  return { ok: true, model, differences };
}

/** Gives `model` the words of `locale`'s form and says where that form differs. */
function alignLocale(model: FormModel, locale: string, form: Form, telling: Telling): string[] {
  const said = telling.words.differences;
  const language = telling.name(locale);
  const reference = telling.name(model.reference);
  const differences: string[] = [];
  model.titles[locale] = form.title;
  if (form.screens.length !== model.screens.length)
    differences.push(
      said.screenCount(form.screens.length, language, reference, model.screens.length),
    );
  const named = new Map<string, { item: FormItem; s: number; i: number }>();
  form.screens.forEach((screen, s) =>
    screen.items.forEach((item, i) => {
      if (item.name) named.set(item.name, { item, s, i });
    }),
  );
  const used = new Set<FormItem>();
  model.screens.forEach((screen, s) => {
    screen.names[locale] = form.screens[s]?.name ?? '';
    screen.items.forEach((item, i) => {
      const atPlace = form.screens[s]?.items[i];
      const found = item.name
        ? named.get(item.name)?.item
        : atPlace?.type === 'label' && !atPlace.name
          ? atPlace
          : undefined;
      if (!found) {
        differences.push(said.noCounterpart(language, itemWords(item, s, i, telling)));
        return;
      }
      used.add(found);
      item.text[locale] = textOf(found);
      for (const how of settingsDiffer(item, modelItem(found, locale), telling))
        differences.push(said.itemDiffers(language, itemWords(item, s, i, telling), how));
    });
  });
  form.screens.forEach((screen, s) =>
    screen.items.forEach((item, i) => {
      if (used.has(item)) return;
      differences.push(
        said.extra(language, itemWords(modelItem(item, locale), s, i, telling), reference),
      );
    }),
  );
  return differences;
}

/** The item as `f_<id>.yml` holds it in one language. */
function fileItem(item: ItemModel, locale: string, reference: string): FormItem {
  const text = item.text[locale] ?? EMPTY_TEXT;
  const fallback = item.text[reference] ?? EMPTY_TEXT;
  return {
    type: item.type,
    ...(item.name && { name: item.name }),
    ...(text.label && { label: text.label }),
    ...(text.hint && { hint: text.hint }),
    ...(item.required && { required: true }),
    ...(item.role && { case: item.role }),
    ...(item.type === 'consent' && { scope: item.scope }),
    ...(item.type === 'file' && !item.multiple && { multiple: false }),
    ...((item.type === 'single_choice' || item.type === 'multiple_choice') && {
      options: item.options.map((value) => ({
        value,
        label: text.options[value] || fallback.options[value] || value,
      })),
    }),
  } as FormItem;
}

/** The form's text in one language, as the visual editor writes it. */
export function formYaml(model: FormModel, locale: string): string {
  const { reference } = model;
  return formSource({
    title: model.titles[locale] || model.titles[reference] || '',
    screens: model.screens.map((screen) => ({
      name: screen.names[locale] ?? '',
      items: screen.items.map((item) => fileItem(item, locale, reference)),
    })),
  });
}

/* ------------------------------------------------------------------ edits */

/** A change to the form, or why it cannot be made. */
/** Why a change cannot be made, by its key in the editor's messages (`refusals`). */
export type EditRefusal = keyof FormEditorMessages['refusals'];

export type Edited = { model: FormModel } | { refused: EditRefusal };

const copy = (model: FormModel): FormModel => structuredClone(model);

function itemAt(model: FormModel, s: number, i: number): ItemModel | undefined {
  return model.screens[s]?.items[i];
}

/**
 * Moves an item one place up or down; past the first or last item of its screen, to the
 * end of the screen before or the start of the screen after. A screen it leaves empty goes.
 */
export function moveItem(model: FormModel, s: number, i: number, by: -1 | 1): Edited {
  const next = copy(model);
  const screen = next.screens[s];
  const item = screen?.items[i];
  if (!screen || !item) return { refused: 'itemGone' };
  const target = i + by;
  if (target >= 0 && target < screen.items.length) {
    screen.items.splice(i, 1);
    screen.items.splice(target, 0, item);
    return { model: next };
  }
  const neighbour = next.screens[s + by];
  if (!neighbour) return { refused: 'itemCannotMove' };
  screen.items.splice(i, 1);
  if (by < 0) neighbour.items.push(item);
  else neighbour.items.unshift(item);
  if (screen.items.length === 0) next.screens.splice(s, 1);
  return { model: next };
}

export function removeItem(model: FormModel, s: number, i: number): Edited {
  const next = copy(model);
  const screen = next.screens[s];
  if (!screen || !itemAt(next, s, i)) return { refused: 'itemGone' };
  if (screen.items.length === 1) {
    if (next.screens.length === 1) return { refused: 'oneItemNeeded' };
    next.screens.splice(s, 1);
  } else {
    screen.items.splice(i, 1);
  }
  return { model: next };
}

export function moveScreen(model: FormModel, s: number, by: -1 | 1): Edited {
  const next = copy(model);
  const screen = next.screens[s];
  if (!screen || !next.screens[s + by]) return { refused: 'screenCannotMove' };
  next.screens.splice(s, 1);
  next.screens.splice(s + by, 0, screen);
  return { model: next };
}

export function removeScreen(model: FormModel, s: number): Edited {
  if (!model.screens[s]) return { refused: 'screenGone' };
  if (model.screens.length === 1) return { refused: 'oneScreenNeeded' };
  const next = copy(model);
  next.screens.splice(s, 1);
  return { model: next };
}

/**
 * Puts an item in place of item `i` of screen `s`, or, with no `i`, at the end of screen
 * `s`; screen `screens.length` is a new last screen, headed by `names`.
 */
export function putItem(
  model: FormModel,
  at: { screen: number; item?: number },
  item: ItemModel,
  names: Record<string, string> = {},
): Edited {
  const next = copy(model);
  if (at.screen === next.screens.length && at.item === undefined) {
    next.screens.push({ names, items: [item] });
    return { model: next };
  }
  const screen = next.screens[at.screen];
  if (!screen) return { refused: 'screenGone' };
  if (at.item === undefined) screen.items.push(item);
  else if (screen.items[at.item]) screen.items[at.item] = item;
  else return { refused: 'itemGone' };
  return { model: next };
}

export function setTitles(model: FormModel, titles: Record<string, string>): Edited {
  return { model: { ...copy(model), titles } };
}

export function setScreenNames(model: FormModel, s: number, names: Record<string, string>): Edited {
  const next = copy(model);
  const screen = next.screens[s];
  if (!screen) return { refused: 'screenGone' };
  screen.names = names;
  return { model: next };
}

/** Every item of the form other than the one at `skip`, for the checks of a new name or role. */
export function otherItems(model: FormModel, skip?: { screen: number; item?: number }) {
  return model.screens.flatMap((screen, s) =>
    screen.items.filter((_, i) => !(skip && skip.screen === s && skip.item === i)),
  );
}
