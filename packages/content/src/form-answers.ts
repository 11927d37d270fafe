import { z } from 'zod';
// The modules, not the contracts' index, so a browser page that checks answers before
// sending them ships these schemas alone (see bench/staff-js).
import { ConsentScope, ContactChannel } from '@cairn/contracts/dist/cases';
import { fieldMessage } from '@cairn/contracts/dist/messages';
import { multiLineText, singleLineText } from '@cairn/contracts/dist/text';
import type { Form } from './model';
import type { FormItem } from './schemas';

/**
 * The answers a form's submission carries, keyed by item name, and the zod schema that
 * checks them. Every refusal is a custom issue naming one of the contracts' field rules
 * (`params.rule`), so the web says it in the reader's language (`fieldMessage`).
 */

/** Items with a value in the answers object: not information text, not files. */
export type AnswerableItem = Exclude<FormItem, { type: 'label' | 'file' }>;
export type FileItem = Extract<FormItem, { type: 'file' }>;

export const TEXT_INPUT_MAX = 500;
export const TEXT_AREA_MAX = 20_000;
export const SAFE_TIMES_MAX = 500;
export const SAFE_DETAILS_MAX = 2_000;
/** What a case's safe contact holds: lines of at most 200 characters, at most 20 of them. */
export const NEVER_LINE_MAX = 200;
export const NEVER_LINES_MAX = 20;

export interface SafeContactAnswer {
  channels: ContactChannel[];
  times: string;
  details: string;
  /** One rule per line, as typed. */
  never: string;
}

export type ConsentAnswer = boolean;
export type FormAnswers = Record<string, string | string[] | boolean | SafeContactAnswer>;

function items(form: Pick<Form, 'screens'>): FormItem[] {
  return form.screens.flatMap((screen) => screen.items);
}

export function answerableItems(form: Pick<Form, 'screens'>): AnswerableItem[] {
  return items(form).filter(
    (item): item is AnswerableItem => item.type !== 'label' && item.type !== 'file',
  );
}

export function fileItems(form: Pick<Form, 'screens'>): FileItem[] {
  return items(form).filter((item): item is FileItem => item.type === 'file');
}

/** The consent each ticked consent item of these answers gives. */
export function consentsOf(form: Pick<Form, 'screens'>, answers: FormAnswers): ConsentScope[] {
  return answerableItems(form).flatMap((item) =>
    item.type === 'consent' && answers[item.name] === true ? [item.scope] : [],
  );
}

/** A safe-contact answer as the case stores it (`SafeContact`): one "never" rule per line. */
export function safeContactOf(answer: SafeContactAnswer) {
  return {
    channels: answer.channels,
    safeTimes: answer.times,
    details: answer.details,
    never: neverLines(answer.never),
  };
}

function neverLines(never: string): string[] {
  return never
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

type Rule = { rule: string } & Record<string, string | number>;

function issue(input: unknown, { rule, ...params }: Rule, path: PropertyKey[] = []) {
  return {
    code: 'custom' as const,
    message: fieldMessage({ rule, params }, 'en'),
    params: { rule, ...params },
    input,
    path,
  };
}

function refuse(
  context: { issues: z.core.$ZodRawIssue[] },
  input: unknown,
  rule: Rule,
  path?: PropertyKey[],
) {
  context.issues.push(issue(input, rule, path));
}

const say = (rule: string) => fieldMessage({ rule }, 'en');

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `YYYY-MM-DD` naming a day that exists: 2026-02-30 does not. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** A string answer that must pass `accept`; empty means "not answered". */
function formatted(rule: 'date' | 'time', accept: (value: string) => boolean) {
  return z.string().check((context) => {
    if (context.value !== '' && !accept(context.value)) refuse(context, context.value, { rule });
  });
}

function choice(item: Extract<AnswerableItem, { options: unknown }>) {
  const values = new Set(item.options.map((option) => option.value));
  const one = z.string().check((context) => {
    if (context.value !== '' && !values.has(context.value.trim()))
      refuse(context, context.value, { rule: 'oneOfOffered' });
  });
  if (item.type === 'single_choice') return one;
  return z.array(one, { error: say('list') }).check((context) => {
    const seen = new Set<string>();
    context.value.forEach((value, index) => {
      const trimmed = value.trim();
      if (seen.has(trimmed)) refuse(context, value, { rule: 'badEntry' }, [index]);
      seen.add(trimmed);
    });
  });
}

const safeContact = z
  .strictObject({
    channels: z.array(ContactChannel).max(ContactChannel.options.length).default([]),
    times: multiLineText(SAFE_TIMES_MAX).default(''),
    details: multiLineText(SAFE_DETAILS_MAX).default(''),
    never: multiLineText(NEVER_LINES_MAX * (NEVER_LINE_MAX + 2)).default(''),
  })
  .check((context) => {
    const lines = neverLines(context.value.never);
    if (lines.length > NEVER_LINES_MAX)
      refuse(context, context.value.never, { rule: 'itemsAtMost', max: NEVER_LINES_MAX }, [
        'never',
      ]);
    if (lines.some((line) => line.length > NEVER_LINE_MAX))
      refuse(context, context.value.never, { rule: 'charactersAtMost', max: NEVER_LINE_MAX }, [
        'never',
      ]);
    const seen = new Set<string>();
    context.value.channels.forEach((channel, index) => {
      if (seen.has(channel)) refuse(context, channel, { rule: 'badEntry' }, ['channels', index]);
      seen.add(channel);
    });
  });

/** The schema of one item's answer, before "required" is considered. */
function answerSchema(item: AnswerableItem): z.ZodType {
  switch (item.type) {
    case 'text_input':
      return singleLineText(TEXT_INPUT_MAX);
    case 'text_area':
      return multiLineText(TEXT_AREA_MAX);
    case 'single_choice':
    case 'multiple_choice':
      return choice(item);
    case 'date':
      return formatted('date', isCalendarDate);
    case 'time':
      return formatted('time', (value) => TIME.test(value));
    case 'consent':
      return z.boolean({ error: say('trueOrFalse') });
    case 'safe_contact':
      return safeContact;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Whether a parsed answer says nothing: what a required item may not be. */
function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) {
    const contact = value as SafeContactAnswer;
    return contact.channels.length === 0 && contact.details.trim() === '';
  }
  return false;
}

/**
 * The schema of a submission's answers to `form`: an object keyed by item name. A key that
 * is not an answerable item of this form is refused by name; a required item must say
 * something (a required consent must be ticked, a required safe contact needs a channel or
 * details); every issue's path starts with the item's name. Answers left empty (an empty
 * text, date or choice) are kept as sent.
 */
export function formAnswersSchema(form: Pick<Form, 'screens'>): z.ZodType<FormAnswers> {
  const answerable = answerableItems(form);
  const schemas = new Map(answerable.map((item) => [item.name, answerSchema(item)]));

  // The object as sent, not a copy: a copy made by z.record would drop a key such as
  // `__proto__`, which must be refused like any key the form does not have.
  return z
    .custom<Record<string, unknown>>(isPlainObject, {
      error: say('group'),
      params: { rule: 'group' },
    })
    .transform((answers, context) => {
      // Issues follow the form's order, as a person reads it; keys it does not have come last.
      const parsed: FormAnswers = {};
      for (const item of answerable) {
        const given = Object.hasOwn(answers, item.name);
        const value = given ? answers[item.name] : undefined;
        const result = given ? (schemas.get(item.name) as z.ZodType).safeParse(value) : undefined;
        if (result && !result.success) {
          for (const problem of result.error.issues)
            context.issues.push({
              ...problem,
              input: value,
              path: [item.name, ...problem.path],
            } as z.core.$ZodRawIssue);
          continue;
        }
        if (result) parsed[item.name] = result.data as FormAnswers[string];
        if (item.required && isEmptyAnswer(result?.data))
          context.issues.push(issue(value, { rule: 'required' }, [item.name]));
      }
      for (const name of Object.keys(answers)) {
        if (!schemas.has(name))
          context.issues.push(issue(name, { rule: 'unknownFields', keys: `"${name}"` }, [name]));
      }
      return context.issues.length > 0 ? z.NEVER : parsed;
    }) as unknown as z.ZodType<FormAnswers>;
}
