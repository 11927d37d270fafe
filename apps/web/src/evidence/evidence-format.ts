import type { FieldLocale } from '@cairn/contracts';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;
const LOCALE_TAGS: Record<FieldLocale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A size as people read it: `1.5 MiB`, `812 B`; French writes its own decimal comma. */
export function humanSize(bytes: number, locale: FieldLocale = 'en'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale], {
    maximumFractionDigits: digits,
  }).format(value);
  return `${number}\u00a0${UNITS[unit]}`;
}

/** The first characters of a SHA-256: enough to tell items apart at a glance. */
export function hashPrefix(sha256: string, length = 12): string {
  return sha256.slice(0, length);
}

/** A moment in the organisation's time zone, with the zone said, in the reader's language. */
export function zonedDateTime(iso: string, timeZone: string, locale: FieldLocale = 'en'): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** `datetime-local` input value of a moment in the time zone (for a form's default). */
export function zonedInputValue(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A coordinate with the precision the EXIF gives, to six places at most. */
export function coordinate(value: number, locale: FieldLocale = 'en'): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 6 }).format(value);
}
