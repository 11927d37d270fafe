import { z } from 'zod';
import { contentKindOf, LOCALE_PATTERN, SLUG_PATTERN, type ContentKind } from './content-path';
import type { Category } from './model';
import type { Problem } from './problem';
import type { SourceFile } from './source-file';
import { validateYaml } from './yaml-validation';

/** The file that names a folder and orders it among its siblings, as Umbrella writes it. */
export const CATEGORY_FILE = '.category.yml';

/**
 * What Umbrella's readers take from it; every other key is kept as written. `{}` is a valid
 * file (Umbrella's `forms/` has one): the folder's own name stands in for its title.
 */
const CategoryFile = z.looseObject({
  title: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
  name: z.string().trim().min(1, { error: 'must not be empty' }).optional(),
  index: z.number().int({ error: 'must be a whole number' }).optional(),
  description: z.string().optional(),
});

/** `<locale>/<folder>/.category.yml` with one to three folders, or undefined when it is not one. */
export function categoryPlaceOf(path: string): { locale: string; folder: string } | undefined {
  const segments = path.split('/');
  if (segments.pop() !== CATEGORY_FILE || segments.length < 2 || segments.length > 4)
    return undefined;
  const [locale, ...folders] = segments as [string, ...string[]];
  if (!LOCALE_PATTERN.test(locale) || !folders.every((f) => SLUG_PATTERN.test(f))) return undefined;
  return { locale, folder: folders.join('/') };
}

/**
 * What an organisation's guide can store at a path: a guide file, or a folder's
 * `.category.yml` (`category`), which titles and orders the folder in the reader's language.
 */
export type GuideFileKind = ContentKind | 'category';

/** What a path holds among the files a guide stores, or undefined when it holds none. */
export function guideFileKindOf(relativePath: string): GuideFileKind | undefined {
  if (categoryPlaceOf(relativePath)) return 'category';
  return contentKindOf(relativePath);
}

export interface ParsedCategory {
  category?: Category;
  /** Line of `index:`, where a clash with a sibling is reported. */
  indexLine: number;
  problems: Problem[];
}

export function parseCategory(
  source: SourceFile,
  place: { locale: string; folder: string },
): ParsedCategory {
  const { path: file, text } = source;
  const parsed = validateYaml({ file, text, start: 0, end: text.length }, CategoryFile, {
    invalid: 'invalid-category',
    unknownKey: 'invalid-category',
  });
  const indexLine = parsed.lineOf(['index']);
  if (!parsed.value) return { indexLine, problems: parsed.problems };

  const { title, name, index, description, ...extra } = parsed.value;
  const category: Category = {
    ...place,
    file,
    title: title ?? name ?? (place.folder.split('/').pop() as string),
    ...(index !== undefined && { index }),
    ...(description !== undefined && { description }),
    extra,
  };
  return { category, indexLine, problems: parsed.problems };
}
