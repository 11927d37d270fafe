import type { FieldLocale } from '@cairn/contracts';

/** The conventions each staff language writes dates in (day before month, 24-hour clock). */
const DATE_LOCALES: Readonly<Record<FieldLocale, string>> = { en: 'en-GB', fr: 'fr-FR' };

/** A date as staff read it, in their organisation's time zone rather than the server's. */
export function formatDate(iso: string, timeZone: string, locale: FieldLocale = 'en'): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: 'medium', timeZone }).format(
    new Date(iso),
  );
}

export function formatDateTime(iso: string, timeZone: string, locale: FieldLocale = 'en'): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
