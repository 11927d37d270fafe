import { FIELD_LOCALES, type FieldLocale } from '@cairn/contracts';

/** `fr-CA,fr;q=0.9,en;q=0.8` → `fr`; English when none of the languages is spoken here. */
export function localeFromAcceptLanguage(header: string | null): FieldLocale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';');
      const quality = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find(Boolean);
      return {
        language: tag.split('-')[0]!.toLowerCase(),
        q: quality ? Number(quality) : 1,
        index,
      };
    })
    .filter((entry) => entry.language !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const spoken = ranked.find((entry) =>
    (FIELD_LOCALES as readonly string[]).includes(entry.language),
  );
  return (spoken?.language as FieldLocale | undefined) ?? 'en';
}
