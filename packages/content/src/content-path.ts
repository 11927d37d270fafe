/** Levels a topic can be taught at; a fixed list so a misspelt folder cannot become a new level. */
export const LEVELS = ['beginner', 'advanced', 'expert'] as const;
export type Level = (typeof LEVELS)[number];

export type ContentKind = 'lesson' | 'checklist' | 'form' | 'workflow';

/** Where a file sits: `<locale>/<category>/<topic>/<level>/<prefix>_<name>.<ext>`. */
export interface ContentPath {
  locale: string;
  category: string;
  topic: string;
  level: Level;
  kind: ContentKind;
  /** The file's name without prefix and extension: the lesson, checklist, form or workflow id. */
  name: string;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const FILE_NAME = /^(s|c|f|w)_(.+)\.(md|yml)$/;
const KIND_BY_FILE: Record<string, { kind: ContentKind; ext: string }> = {
  s: { kind: 'lesson', ext: 'md' },
  c: { kind: 'checklist', ext: 'yml' },
  f: { kind: 'form', ext: 'yml' },
  w: { kind: 'workflow', ext: 'yml' },
};

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Parses a POSIX path relative to the guide's root, or says what is wrong with it. */
export function parseContentPath(relativePath: string): ContentPath | { error: string } {
  const segments = relativePath.split('/');
  if (segments.length !== 5) {
    return { error: 'expected <locale>/<category>/<topic>/<level>/<file>' };
  }
  const [locale, category, topic, level, fileName] = segments as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!LOCALE.test(locale)) return { error: `"${locale}" is not a locale such as en or fr` };
  if (!SLUG_PATTERN.test(category))
    return { error: `category "${category}" must be lowercase-kebab-case` };
  if (!SLUG_PATTERN.test(topic)) return { error: `topic "${topic}" must be lowercase-kebab-case` };
  if (!isLevel(level)) return { error: `level "${level}" is not one of ${LEVELS.join(', ')}` };

  const match = FILE_NAME.exec(fileName);
  const prefix = match && KIND_BY_FILE[match[1] as string];
  if (!match || !prefix || prefix.ext !== match[3]) {
    return {
      error: `"${fileName}" is not s_<lesson>.md, c_<checklist>.yml, f_<form>.yml or w_<workflow>.yml`,
    };
  }
  const name = match[2] as string;
  if (!SLUG_PATTERN.test(name))
    return { error: `"${name}" in "${fileName}" must be lowercase-kebab-case` };
  return { locale, category, topic, level, kind: prefix.kind, name };
}

/** What a path holds, or undefined when it is not a guide file's path. */
export function contentKindOf(relativePath: string): ContentKind | undefined {
  const path = parseContentPath(relativePath);
  return 'error' in path ? undefined : path.kind;
}

/** The path a file with this place would have; used to name a missing counterpart. */
export function formatContentPath(path: ContentPath): string {
  const file = {
    lesson: `s_${path.name}.md`,
    checklist: `c_${path.name}.yml`,
    form: `f_${path.name}.yml`,
    workflow: `w_${path.name}.yml`,
  }[path.kind];
  return [path.locale, path.category, path.topic, path.level, file].join('/');
}
