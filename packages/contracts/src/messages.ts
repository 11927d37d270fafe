import { z } from 'zod';

/**
 * Plain sentences for zod's own refusals, shown as field errors in the web app and in every
 * 400 of the API; a schema's own message, where it has one, still wins. Set once, when the
 * contracts are first imported, for every schema in the process.
 */

const count = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'bigint' ? value.toLocaleString('en-GB') : '';

const plural = (value: unknown, word: string): string =>
  `${count(value)} ${word}${value === 1 ? '' : 's'}`;

const FORMATS: Record<string, string> = {
  email: 'Enter an email address such as name@example.org',
  uuid: 'This is not a valid id',
  guid: 'This is not a valid id',
  datetime: 'Enter a date and time such as 2026-03-14T21:30:00Z',
  date: 'Enter a date such as 2026-03-14',
  time: 'Enter a time such as 21:30',
  url: 'Enter a full web address, such as https://example.org/page',
};

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is required';
      switch (issue.expected) {
        case 'string':
          return 'Enter text here';
        case 'number':
          return 'Enter a number';
        case 'int':
          return 'Enter a whole number';
        case 'boolean':
          return 'Answer with true or false';
        case 'array':
          return 'Give a list here';
        case 'object':
          return 'Give this as a group of fields';
        default:
          return 'This is not the kind of value expected here';
      }
    case 'invalid_value':
      return issue.values.length > 0 && issue.values.length <= 12
        ? `Choose one of: ${issue.values.map(String).join(', ')}`
        : 'Choose one of the values offered';
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `Enter a number no larger than ${count(issue.maximum)}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Give at most ${plural(issue.maximum, 'item')}`;
      if (issue.origin === 'string')
        return `Shorten this to at most ${plural(issue.maximum, 'character')}`;
      return 'This is too large';
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `Enter a number of at least ${count(issue.minimum)}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Give at least ${plural(issue.minimum, 'item')}`;
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'Fill this in'
          : `Use at least ${plural(issue.minimum, 'character')}`;
      return 'This is too small';
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'This is not in the form expected here';
    case 'not_multiple_of':
      return `Enter a multiple of ${count(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Remove ${issue.keys.map((key) => `"${key}"`).join(', ')}: not a field this takes`;
    case 'invalid_union':
      // A discriminated union names the field that chooses the form, and nothing matched it.
      return 'note' in issue && issue.note === 'No matching discriminator'
        ? 'Choose one of the kinds offered here'
        : 'This does not match any of the forms accepted here';
    case 'invalid_key':
    case 'invalid_element':
      return 'This holds an entry that is not accepted';
    default:
      return 'This value is not accepted';
  }
}

z.config({ customError: plainMessage });
