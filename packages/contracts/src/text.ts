import { z } from 'zod';
import { fieldMessage, type FieldRule } from './messages';

/**
 * The one set of text schemas every contract uses. Text that PostgreSQL cannot store (NUL),
 * that no one can see (other control characters) or that is not well-formed Unicode (half of
 * a surrogate pair, which a text column would store as U+FFFD and a jsonb column refuses) is
 * refused with a message that says what to fix, never cut or rewritten behind the writer's
 * back. The messages are shown as field errors in the web app, so they speak to a person.
 */

const formatCount = (count: number): string => count.toLocaleString('en-GB');

/** Names an invisible character the way a person could look it up. */
function describeControl(code: number): string {
  if (code === 0) return 'NUL';
  if (code === 0x7f) return 'DEL';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why no text field of any kind can hold this value (NUL, which PostgreSQL refuses, or a lone
 * surrogate); undefined when it could be stored. The API's edge applies it to every string of
 * every request, whatever the route's schema says.
 */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000'))
    return fieldMessage({ rule: 'controlCharacter', params: { character: 'NUL' } }, 'en');
  if (LONE_SURROGATE.test(value)) return fieldMessage({ rule: 'brokenCharacter' }, 'en');
  return undefined;
}

/** The rule the first character a text of this kind may not hold breaks; undefined when none. */
function textRule(value: string, lines: 'single' | 'multi'): FieldRule | undefined {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const control = code < 0x20 || code === 0x7f;
    const allowedInLines = lines === 'multi' && (code === 0x09 || code === 0x0a || code === 0x0d);
    if (control && !allowedInLines) {
      return code === 0x09 || code === 0x0a || code === 0x0d
        ? { rule: 'oneLine' }
        : { rule: 'controlCharacter', params: { character: describeControl(code) } };
    }
  }
  return LONE_SURROGATE.test(value) ? { rule: 'brokenCharacter' } : undefined;
}

/** The first character a text of this kind may not hold, described for a person; undefined when none. */
export function textProblem(value: string, lines: 'single' | 'multi'): string | undefined {
  const rule = textRule(value, lines);
  return rule && fieldMessage(rule, 'en');
}

export interface TextOptions {
  /** Fewest characters once trimmed; 0 allows an empty text. Default 0. */
  min?: number;
  /** Drop spaces at both ends (default). Off for secrets and sources whose every byte counts. */
  trim?: boolean;
}

function text(lines: 'single' | 'multi', max: number, options: TextOptions) {
  const { min = 0, trim = true } = options;
  // What is missing or not text is worded by the contracts' plain messages (messages.ts).
  const base = z.string();
  const trimmed = trim ? base.trim() : base;
  const checked = trimmed.check((context) => {
    const rule = textRule(context.value, lines);
    if (rule)
      context.issues.push({
        code: 'custom',
        message: fieldMessage(rule, 'en'),
        params: { rule: rule.rule, ...rule.params },
        input: context.value,
      });
  });
  const bounded = checked.max(max, {
    error: (issue) =>
      `Shorten this to at most ${formatCount(max)} characters (it has ${formatCount(
        typeof issue.input === 'string' ? issue.input.length : 0,
      )})`,
  });
  if (min === 0) return bounded;
  return bounded.min(min, {
    error: min === 1 ? 'Fill this in' : `Use at least ${formatCount(min)} characters`,
  });
}

/** A name, a title, a label: one line, no control characters, at most `max` characters. */
export const singleLineText = (max: number, options: TextOptions = {}) =>
  text('single', max, options);

/** A note, a description, a letter: line breaks and tabs allowed, no other control character. */
export const multiLineText = (max: number, options: TextOptions = {}) =>
  text('multi', max, options);

/** A web address (http or https), with the same refusals as any other text. */
export const webAddress = (max: number) =>
  singleLineText(max, { min: 1 }).pipe(
    z.url({
      protocol: /^https?$/,
      error: 'Enter a full web address, such as https://example.org/page',
    }),
  );
