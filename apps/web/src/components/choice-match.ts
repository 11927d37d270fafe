/** What separates the words of a name: "Côte d’Ivoire", "America/New_York". */
const SEPARATORS = /[\s/_,().'’-]+/;

/** Lower case, without accents, so "cote" finds "Côte d’Ivoire" and "fr" finds "FR". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The options a search finds: every word typed must start a word of the option's label or
 * its value, so "new" finds "New Zealand" and "America/New_York" but not "Papua New Guinea"
 * first. Those whose label starts with the search come first; the order is otherwise kept.
 */
export function matchOptions<T extends { value: string; label: string }>(
  options: readonly T[],
  query: string,
): T[] {
  const words = searchKey(query).split(SEPARATORS).filter(Boolean);
  if (words.length === 0) return [...options];
  const first: T[] = [];
  const rest: T[] = [];
  for (const option of options) {
    const label = searchKey(option.label);
    const parts = `${label} ${searchKey(option.value)}`.split(SEPARATORS).filter(Boolean);
    if (!words.every((word) => parts.some((part) => part.startsWith(word)))) continue;
    (label.startsWith(words.join(' ')) ? first : rest).push(option);
  }
  return [...first, ...rest];
}
