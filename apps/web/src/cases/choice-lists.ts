import { countryCodes } from '../i18n/region-name';

/** One choice of a searchable list: the value sent, and what a person reads and searches. */
export interface ChoiceOption {
  value: string;
  label: string;
}

const byLabel = (a: ChoiceOption, b: ChoiceOption) => a.label.localeCompare(b.label, 'en');

/** Every country, by its English name with its code: "France (FR)". */
export function countryChoices(): ChoiceOption[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return countryCodes()
    .map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
    .sort(byLabel);
}

let languages: ChoiceOption[] | undefined;

/**
 * Every language with a two-letter code Intl can name, by its English name, its own name
 * when it differs, and its code: "French, français (fr)". The survivor's language may be
 * named by a caseworker in either.
 */
export function languageChoices(): ChoiceOption[] {
  if (languages) return languages;
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const found: ChoiceOption[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters)
    for (const second of letters) {
      const code = first + second;
      const name = english.of(code);
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
  languages = found.sort(byLabel);
  return languages;
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
