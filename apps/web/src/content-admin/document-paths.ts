import type { GuideDocumentKind } from '@cairn/contracts';

export const CONTENT_HOME = '/guide-content';

/** Where a file sits in a guide; the content package's parser stays the authority on validity. */
export interface DocumentPlace {
  locale: string;
  category: string;
  topic: string;
  level: string;
  /** The file's name without its prefix and extension: the lesson's, checklist's… id. */
  id: string;
}

const PLACE = /^([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)\/[scfw]_([^/]+)\.(?:md|yml)$/;

export function placeOf(path: string): DocumentPlace | undefined {
  const match = PLACE.exec(path);
  if (!match) return undefined;
  const [, locale = '', category = '', topic = '', level = '', id = ''] = match;
  return { locale, category, topic, level, id };
}

/** `s_` files are Markdown lessons; the rest are YAML. */
export function isMarkdown(path: string): boolean {
  return path.endsWith('.md');
}

export function editHref(path: string, revision?: number): string {
  const query = new URLSearchParams({ path });
  if (revision !== undefined) query.set('revision', String(revision));
  return `${CONTENT_HOME}/edit?${query}`;
}

/** The page of the organisation's public guide that shows this file. */
export function publicPageHref(slug: string, path: string): string | undefined {
  const place = placeOf(path);
  if (!place) return undefined;
  const { locale, category, topic, level } = place;
  return `/o/${encodeURIComponent(slug)}/guide/${[locale, category, topic, level].join('/')}`;
}

/** Kinds a page can create a file of; a folder's `.category.yml` is not named after an id. */
type NamedKind = Exclude<GuideDocumentKind, 'category'>;

const FILE_PREFIX: Record<NamedKind, { prefix: string; ext: string }> = {
  lesson: { prefix: 's', ext: 'md' },
  checklist: { prefix: 'c', ext: 'yml' },
  form: { prefix: 'f', ext: 'yml' },
  workflow: { prefix: 'w', ext: 'yml' },
};

export function documentPath(place: DocumentPlace, kind: NamedKind): string {
  const { prefix, ext } = FILE_PREFIX[kind];
  const { locale, category, topic, level, id } = place;
  return `${locale}/${category}/${topic}/${level}/${prefix}_${id}.${ext}`;
}

/** The text a new lesson starts from: the front matter the format demands, and a heading. */
export function lessonStarter(title: string, index: number): string {
  // JSON's quoting is valid YAML and keeps a title with a colon or a quote intact.
  return `---\nindex: ${index}\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n`;
}
