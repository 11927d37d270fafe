import type { Category } from './model';
import type { Problem } from './problem';

/**
 * Sibling folders (categories of a locale, topics of a category, ...) whose `.category.yml`
 * give the same `index` have no defined order; they are kept in path order. The clash is
 * reported once, on the file to change: the one whose index differs from its counterpart
 * in another locale (a translation that drifted), else the later one by path.
 */
export function categoryIndexClashes(
  entries: { category: Category; indexLine: number }[],
): Problem[] {
  const bySiblings = new Map<string, { category: Category; indexLine: number }[]>();
  const indexOf = new Map<string, number | undefined>();
  for (const entry of entries) {
    const { locale, folder, index } = entry.category;
    indexOf.set(`${locale}/${folder}`, index);
    if (index === undefined) continue;
    const key = `${locale}/${parentOf(folder)}#${index}`;
    bySiblings.set(key, [...(bySiblings.get(key) ?? []), entry]);
  }
  const locales = [...new Set(entries.map((entry) => entry.category.locale))].sort();

  return [...bySiblings.values()].flatMap((clash): Problem[] => {
    if (clash.length < 2) return [];
    const elsewhere = (category: Category) =>
      locales
        .filter((locale) => locale !== category.locale)
        .map((locale) => ({ locale, index: indexOf.get(`${locale}/${category.folder}`) }))
        .find(({ index }) => index !== undefined && index !== category.index);
    const drifted = clash.filter((entry) => elsewhere(entry.category));
    const toFix = drifted.length > 0 && drifted.length < clash.length ? drifted : clash.slice(1);
    return toFix.map(({ category, indexLine }) => {
      const others = clash
        .filter((entry) => entry.category !== category)
        .map((entry) => entry.category.file);
      const hint = elsewhere(category);
      const fix = hint
        ? `the ${hint.locale} version has index ${hint.index}`
        : 'give each folder of this level its own index';
      return {
        file: category.file,
        line: indexLine,
        code: 'duplicate-index',
        message: `index ${category.index} is also used by ${others.join(', ')}: ${fix}`,
      };
    });
  });
}

function parentOf(folder: string): string {
  return folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
}
