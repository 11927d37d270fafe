/** Levels a topic can be taught at; a fixed list so a misspelt folder cannot become a new level. */
export const LEVELS = ['beginner', 'advanced', 'expert'] as const;
export type Level = (typeof LEVELS)[number];

export type ContentKind = 'lesson' | 'checklist' | 'form' | 'workflow';

interface PathParts {
  locale: string;
  category: string;
  /** The id the file's name gives: lowercase, see `idFromFileName`. */
  name: string;
  /** The file's name as written, kept so a missing counterpart is named the way the author names files. */
  fileName: string;
}

/**
 * Sections of a locale whose lessons are pages of their own rather than steps of a topic:
 * `<locale>/about/s_<name>.md`, `<locale>/glossary/s_<name>.md` (a term each), and
 * `<locale>/tools/<group>/s_<name>.md`, as Umbrella writes them.
 */
export const PAGE_SECTIONS = ['about', 'glossary'] as const;
export const TOOLS_SECTION = 'tools';

/**
 * Where a file sits. Every kind may live in a topic's level:
 * `<locale>/<category>/<topic>/<level>/<prefix>_<name>.<ext>`. Checklists and forms may also
 * sit straight in a category (`<locale>/pathways/c_<name>.yml`, `<locale>/forms/f_<name>.yml`),
 * as guides written for Umbrella keep them, and lessons in the page sections (`topic` is a
 * tools lesson's group).
 */
export type ContentPath =
  | (PathParts & { kind: ContentKind; topic: string; level: Level })
  | (PathParts & { kind: 'checklist' | 'form' | 'lesson'; topic?: string; level?: undefined });

/** A path inside a topic's level, which lessons and workflows always have. */
export type LevelPath = Extract<ContentPath, { topic: string }>;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
// Guides written elsewhere name files freely (`s_Protect-your-privacy.md`, `c_digital_basics.yml`).
const FILE_NAME = /^(s|c|f|w)_(\S+)\.(md|yml)$/;
const KIND_BY_FILE: Record<string, { kind: ContentKind; ext: string }> = {
  s: { kind: 'lesson', ext: 'md' },
  c: { kind: 'checklist', ext: 'yml' },
  f: { kind: 'form', ext: 'yml' },
  w: { kind: 'workflow', ext: 'yml' },
};

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/**
 * The id a file's name gives: lowercase, every run of other characters than a-z and 0-9
 * turned into one `-`, none at either end. `s_If-you've-been-phished.md` is `if-you-ve-been-phished`.
 */
export function idFromFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Reads a file's name: its kind and id, or what is wrong with it. */
export function parseFileName(
  fileName: string,
): { kind: ContentKind; name: string } | { error: string } {
  const match = FILE_NAME.exec(fileName);
  const prefix = match && KIND_BY_FILE[match[1] as string];
  if (!match || !prefix || prefix.ext !== match[3]) {
    return {
      error: `"${fileName}" is not s_<lesson>.md, c_<checklist>.yml, f_<form>.yml or w_<workflow>.yml`,
    };
  }
  const name = idFromFileName(match[2] as string);
  if (!name) return { error: `"${fileName}" has no letter or digit to make an id from` };
  return { kind: prefix.kind, name };
}

/** Parses a POSIX path relative to the guide's root, or says what is wrong with it. */
export function parseContentPath(relativePath: string): ContentPath | { error: string } {
  const segments = relativePath.split('/');
  if (segments.length < 3 || segments.length > 5) return { error: PLACES };
  const locale = segments[0] as string;
  const category = segments[1] as string;
  const fileName = segments[segments.length - 1] as string;
  if (!LOCALE_PATTERN.test(locale))
    return { error: `"${locale}" is not a locale such as en or fr` };
  if (!SLUG_PATTERN.test(category))
    return { error: `category "${category}" must be lowercase-kebab-case` };
  const file = parseFileName(fileName);
  if ('error' in file) return file;
  const parts = { locale, category, name: file.name, fileName };

  if (segments.length === 3) {
    if (file.kind === 'checklist' || file.kind === 'form') return { ...parts, kind: file.kind };
    if (file.kind === 'lesson' && isPageSection(category)) return { ...parts, kind: file.kind };
    return {
      error: `a ${file.kind} belongs in <locale>/<category>/<topic>/<level>/, or is a page: ${PAGE_PLACES}`,
    };
  }
  const topic = segments[2] as string;
  if (!SLUG_PATTERN.test(topic)) return { error: `topic "${topic}" must be lowercase-kebab-case` };
  if (segments.length === 4) {
    if (category === TOOLS_SECTION && file.kind === 'lesson')
      return { ...parts, kind: file.kind, topic };
    return { error: PLACES };
  }
  const level = segments[3] as string;
  if (!isLevel(level)) return { error: `level "${level}" is not one of ${LEVELS.join(', ')}` };
  return { ...parts, kind: file.kind, topic, level };
}

const PAGE_PLACES = `<locale>/${PAGE_SECTIONS.join('|')}/s_<page>.md or <locale>/${TOOLS_SECTION}/<group>/s_<tool>.md`;
const PLACES = `expected <locale>/<category>/<topic>/<level>/<file>, <locale>/<category>/<file> for a checklist or form, ${PAGE_PLACES}`;

function isPageSection(category: string): boolean {
  return (PAGE_SECTIONS as readonly string[]).includes(category);
}

/** What a path holds, or undefined when it is not a guide file's path. */
export function contentKindOf(relativePath: string): ContentKind | undefined {
  const path = parseContentPath(relativePath);
  return 'error' in path ? undefined : path.kind;
}

/** The folder a file sits in, inside its locale: `category[/topic[/level]]`. */
export function folderOf(path: ContentPath): string {
  return [path.category, path.topic, path.level].filter((part) => part !== undefined).join('/');
}

/** The path a file with this place and name would have; used to name a missing counterpart. */
export function formatContentPath(path: ContentPath): string {
  return [path.locale, folderOf(path), path.fileName].join('/');
}
