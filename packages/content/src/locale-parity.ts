import { formatContentPath, type ContentPath } from './content-path';
import type { KeyedLine } from './keyed-lines';
import type { Problem } from './problem';

export interface PlacedFile {
  path: ContentPath;
  file: string;
  /** Step ids or field names the file declares; absent for lessons and unparsable files. */
  keys?: KeyedLine[];
}

/**
 * Every lesson, checklist and form must exist in every locale of the guide, and a
 * checklist or form must declare the same ids in each, since cases store those ids.
 * A gap is reported on the first locale's file that has what the others lack.
 */
export function localeGaps(locales: string[], placed: PlacedFile[]): Problem[] {
  const counterparts = new Map<string, PlacedFile[]>();
  for (const entry of placed) {
    const { category, topic, level, kind, name } = entry.path;
    const key = [kind, category, topic, level, name].join('/');
    counterparts.set(key, [...(counterparts.get(key) ?? []), entry]);
  }

  return [...counterparts.values()].flatMap((group) => {
    const reference = group.reduce((a, b) => (a.path.locale <= b.path.locale ? a : b));
    const present = new Set(group.map((entry) => entry.path.locale));
    const missingFiles = locales
      .filter((locale) => !present.has(locale))
      .map((locale): Problem => {
        const expected = formatContentPath({ ...reference.path, locale });
        return {
          file: reference.file,
          line: 1,
          code: 'missing-in-locale',
          message: `no ${locale} version: ${expected} is missing`,
        };
      });
    return [...missingFiles, ...missingKeys(group)];
  });
}

function missingKeys(group: PlacedFile[]): Problem[] {
  const parsed = group
    .flatMap(({ path, file, keys }) => (keys ? [{ locale: path.locale, file, keys }] : []))
    .sort((a, b) => a.locale.localeCompare(b.locale));
  const owner = new Map<string, { file: string; line: number }>();
  for (const { file, keys } of parsed) {
    for (const { key, line } of keys) if (!owner.has(key)) owner.set(key, { file, line });
  }
  return parsed.flatMap((entry) => {
    const own = new Set(entry.keys.map((k) => k.key));
    return [...owner.entries()]
      .filter(([key]) => !own.has(key))
      .map(([key, at]): Problem => ({
        ...at,
        code: 'missing-in-locale',
        message: `"${key}" is missing from ${entry.file}`,
      }));
  });
}
