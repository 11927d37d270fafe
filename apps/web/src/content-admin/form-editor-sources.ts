import 'server-only';
import { redirect } from 'next/navigation';
import { formVersion } from '@cairn/content';
import { GuideDocumentListView, GuideDocumentView, GuidePath } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { CONTENT_HOME } from './document-paths';
import type { LocaleSource } from './form-model';

/** `en/…/f_x.yml` in another language: the same path under that language's folder. */
export function pathInLocale(path: string, locale: string): string {
  return `${locale}/${path.slice(path.indexOf('/') + 1)}`;
}

export const isFormPath = (path: string) => /(^|\/)f_[^/]+\.yml$/.test(path);

export function formEditorHref(path: string, extra: Record<string, string> = {}): string {
  return `${CONTENT_HOME}/form?${new URLSearchParams({ path, ...extra })}`;
}

/** The guide's languages, the organisation's own first, then in order. */
async function guideLocales(token: string, ownLocale: string): Promise<string[]> {
  const response = await callApi('/content/documents?pageSize=1', { token });
  if (response.status === 401) redirect('/signin?ended=1');
  if (!response.ok) throw new Error(`GET /content/documents answered ${response.status}`);
  const { locales } = GuideDocumentListView.parse(await readJson(response));
  return [ownLocale, ...[...locales].sort().filter((locale) => locale !== ownLocale)];
}

/** What a file's editor starts from: the draft, else what readers see, else nothing. */
function currentText(document: GuideDocumentView): string | null {
  if (document.draft) return document.draft.source;
  if (document.published) return document.published.source;
  return document.defaultSource;
}

export interface FormSources {
  sources: LocaleSource[];
  /** Which languages have a draft, which publishing would make public. */
  drafts: string[];
  /** Changes whenever any language's text does: an edit made on an older page is refused. */
  version: string;
}

/**
 * The form's file in each language of the guide. Undefined when the path is not a form's
 * or no language has it.
 */
export async function loadFormSources(
  path: string,
  token: string,
  ownLocale: string,
): Promise<FormSources | undefined> {
  if (!GuidePath.safeParse(path).success || !isFormPath(path)) return undefined;
  const locales = await guideLocales(token, ownLocale);
  if (!locales.includes(path.split('/')[0] ?? '')) return undefined;
  const drafts: string[] = [];
  const sources = await Promise.all(
    locales.map(async (locale): Promise<LocaleSource> => {
      const localePath = pathInLocale(path, locale);
      const query = new URLSearchParams({ path: localePath });
      const response = await callApi(`/content/document?${query}`, { token });
      if (response.status === 401) redirect('/signin?ended=1');
      if (response.status === 404) return { locale, path: localePath, text: null };
      if (!response.ok) throw new Error(`GET /content/document answered ${response.status}`);
      const document = GuideDocumentView.parse(await readJson(response));
      if (document.draft) drafts.push(locale);
      return { locale, path: localePath, text: currentText(document) };
    }),
  );
  if (sources.every((source) => source.text === null)) return undefined;
  return {
    sources,
    drafts: locales.filter((locale) => drafts.includes(locale)),
    version: formVersion(JSON.stringify(sources.map(({ locale, text }) => [locale, text]))),
  };
}
