import type { FieldLocale } from '@cairn/contracts';
import { countryCodes } from '../i18n/region-name';

/** One choice of a searchable list: the value sent, and what a person reads and searches. */
export interface ChoiceOption {
  value: string;
  label: string;
}

const byLabel =
  (locale: string) =>
  (a: ChoiceOption, b: ChoiceOption): number =>
    a.label.localeCompare(b.label, locale);

/** Every country, by its name in the reader's language with its code: "France (FR)". */
export function countryChoices(locale: FieldLocale = 'en'): ChoiceOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return countryCodes()
    .map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
    .sort(byLabel(locale));
}

const languages = new Map<FieldLocale, ChoiceOption[]>();

/**
 * Every language with a two-letter code Intl can name, by its name in the reader's language,
 * its own name when it differs, and its code: "French, français (fr)". The survivor's
 * language may be named by a caseworker in either.
 */
export function languageChoices(locale: FieldLocale = 'en'): ChoiceOption[] {
  const known = languages.get(locale);
  if (known) return known;
  const inReaders = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  const found: ChoiceOption[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters)
    for (const second of letters) {
      const code = first + second;
      const name = inReaders.of(code);
      if (!name || name === code) continue;
      let own: string | undefined;
      try {
        own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      } catch {
        own = undefined;
      }
      const also = own && own.toLowerCase() !== name.toLowerCase() ? `, ${own}` : '';
      found.push({ value: code, label: `${name}${also} (${code})` });
    }
  found.sort(byLabel(locale));
  languages.set(locale, found);
  return found;
}

/** Every time zone the runtime knows, by its name: "Europe/Paris". */
export function timeZoneChoices(): ChoiceOption[] {
  return Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone }));
}

/** The list with `value` in it: a value saved before the list changed stays choosable. */
export function withValue(options: ChoiceOption[], value: string | undefined): ChoiceOption[] {
  if (!value || options.some((option) => option.value === value)) return options;
  return [{ value, label: value }, ...options];
}
