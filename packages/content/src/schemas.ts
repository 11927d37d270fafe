import { ConsentScope, HelplineService } from '@cairn/contracts';
import { z } from 'zod';
import { SLUG_PATTERN } from './content-path';

const Slug = z
  .string()
  .regex(SLUG_PATTERN, { error: 'must be lowercase-kebab-case (a-z, 0-9, -)' });
const Text = z.string().trim().min(1, { error: 'must not be empty' });

/** A lesson's front matter: its place in the topic's order and its title, nothing else. */
export const LessonFrontMatter = z.strictObject({
  index: z.number().int().nonnegative(),
  title: Text,
});
export type LessonFrontMatter = z.infer<typeof LessonFrontMatter>;

/**
 * A checklist line as written: a heading or a step. A step may carry an id that is the same
 * in every locale, so a case can tick it and read it back in another language; guides
 * written for Umbrella give none, and the step's position stands in for it.
 */
export const ChecklistEntry = z.union([
  z.strictObject({ id: Slug.optional(), check: Text }),
  z.strictObject({ label: Text }),
]);

/** Entries are checked one by one (see `parseChecklist`), so one wrong line keeps the rest. */
export const ChecklistFile = z.strictObject({
  /** Where Umbrella lists the checklist among others; accepted, not used here. */
  index: z.number().int().optional(),
  title: Text.optional(),
  list: z.array(z.unknown()).min(1, { error: 'a checklist needs at least one item' }),
});
export type ChecklistFile = z.infer<typeof ChecklistFile>;

// Field names are stored with a case's answers, so they are ids. Option values are stored
// too but, in guides written for Umbrella, are sentences; they are compared trimmed.
const FormOption = z.strictObject({
  value: z.string().trim().min(1, { error: 'must not be empty' }),
  label: Text,
});

/**
 * What an answer gives the case it opens (see `CASE_ROLES` for the item each fits). A role
 * is optional and used at most once per form.
 */
export const CASE_ROLES = [
  'survivor-name',
  'description',
  'incident-date',
  'incident-time',
  'survivor-country',
] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

const CONSENT_SCOPES = ConsentScope.options;

const common = {
  label: Text.optional(),
  hint: Text.optional(),
  /** Refused on information text, which takes no answer (see `formRules`). */
  required: z.boolean().optional(),
  case: z.enum(CASE_ROLES, { error: `case must be one of ${CASE_ROLES.join(', ')}` }).optional(),
};

/** Umbrella's five item types first; a guide written for it uses no other. */
export const FORM_ITEM_TYPES = [
  'label',
  'text_input',
  'text_area',
  'single_choice',
  'multiple_choice',
  'date',
  'time',
  'file',
  'consent',
  'safe_contact',
] as const;
export type FormItemType = (typeof FORM_ITEM_TYPES)[number];

export const FormItem = z.discriminatedUnion(
  'type',
  [
    /** Information text: a label (and hint) to read, no answer. */
    z.strictObject({ type: z.literal('label'), name: Slug.optional(), ...common }),
    z.strictObject({ type: z.enum(['text_input', 'text_area']), name: Slug, ...common }),
    z.strictObject({
      type: z.enum(['single_choice', 'multiple_choice']),
      name: Slug,
      ...common,
      options: z.array(FormOption).min(2, { error: 'a choice needs at least two options' }),
    }),
    /** A calendar date (`YYYY-MM-DD`) or a 24-hour time (`HH:MM`). */
    z.strictObject({ type: z.enum(['date', 'time']), name: Slug, ...common }),
    /** Files sent with the form, as parts named by the item; no answer value. */
    z.strictObject({
      type: z.literal('file'),
      name: Slug,
      ...common,
      /** Whether more than one file may be sent (default true). */
      multiple: z.boolean().optional(),
    }),
    /** A checkbox whose label is the consent sentence; ticked gives the case that consent. */
    z.strictObject({
      type: z.literal('consent'),
      name: Slug,
      ...common,
      label: Text,
      scope: z.enum(CONSENT_SCOPES, {
        error: `scope must be one of ${CONSENT_SCOPES.join(', ')}`,
      }),
    }),
    /** How and when it is safe to contact the person: channels, times, details, what never to do. */
    z.strictObject({ type: z.literal('safe_contact'), name: Slug, ...common }),
  ],
  { error: `type must be one of ${FORM_ITEM_TYPES.join(', ')}` },
);
export type FormItem = z.infer<typeof FormItem>;

/** The item types each case role fits. */
export const CASE_ROLE_TYPES: Readonly<Record<CaseRole, readonly FormItemType[]>> = {
  'survivor-name': ['text_input'],
  description: ['text_input', 'text_area'],
  'incident-date': ['date'],
  'incident-time': ['time'],
  'survivor-country': ['single_choice'],
};

const COUNTRY_CODE = /^[A-Z]{2}$/;

type Loose = Record<string, unknown>;
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null;
const listOf = (value: unknown, key: string): unknown[] => {
  const list = isLoose(value) ? value[key] : undefined;
  return Array.isArray(list) ? list : [];
};

/**
 * Rules across items, each reported at the key that breaks it: information text is never
 * required and feeds no case; a case role fits its item and is used once; a consent scope
 * is asked once; a country role's options are country codes. They run even when another
 * part of the form is wrong (so an author learns everything at once), on the form as
 * written: an item whose own keys are wrong is read as far as it can be.
 */
function formRules(form: unknown, context: z.core.$RefinementCtx<unknown>): void {
  const roles = new Map<unknown, string>();
  const scopes = new Map<unknown, string>();
  listOf(form, 'screens').forEach((screen, s) =>
    listOf(screen, 'items').forEach((item, i) => {
      if (!isLoose(item)) return;
      const at = (key: PropertyKey[], message: string) =>
        context.addIssue({ code: 'custom', path: ['screens', s, 'items', i, ...key], message });
      const where = `screens[${s}].items[${i}]`;
      const type = item.type as FormItemType;
      if (type === 'label' && item.required === true)
        at(['required'], 'information text takes no answer, so it cannot be required');
      const role = item.case as CaseRole;
      const fits = CASE_ROLE_TYPES[role] as readonly FormItemType[] | undefined;
      if (fits && FORM_ITEM_TYPES.includes(type)) {
        if (!fits.includes(type)) {
          at(['case'], `${role} fits a ${fits.join(' or ')} item, not ${type}`);
        } else if (roles.has(role)) {
          at(['case'], `${role} is already given by ${roles.get(role)}: use each role once`);
        } else {
          roles.set(role, where);
        }
        if (role === 'survivor-country') {
          listOf(item, 'options').forEach((option, o) => {
            const value = isLoose(option) ? option.value : undefined;
            if (typeof value === 'string' && !COUNTRY_CODE.test(value))
              at(
                ['options', o, 'value'],
                'survivor-country options have two-letter country codes as values, such as FR',
              );
          });
        }
      }
      if (type === 'consent' && CONSENT_SCOPES.includes(item.scope as ConsentScope)) {
        const first = scopes.get(item.scope);
        if (first)
          at(
            ['scope'],
            `${String(item.scope)} is already asked by ${first}: ask each consent once`,
          );
        else scopes.set(item.scope, where);
      }
    }),
  );
}

/**
 * A screen's heading is `name` in our guides and `title` in Umbrella's, which leave some
 * empty; either way it reaches the model as `name`, empty when there is none.
 */
export const FormScreen = z
  .strictObject({
    name: z.string().trim().optional(),
    title: z.string().trim().optional(),
    items: z.array(FormItem).min(1, { error: 'a screen needs at least one item' }),
  })
  .transform(({ name, title, items }) => ({ name: name || title || '', items }));
export type FormScreen = z.output<typeof FormScreen>;

export const FormFile = z
  .strictObject({
    title: Text,
    screens: z.array(FormScreen).min(1, { error: 'a form needs at least one screen' }),
  })
  .superRefine(formRules, { when: () => true });
export type FormFile = z.output<typeof FormFile>;

const SERVICES = HelplineService.options;

/** Which helplines an answer shows: those offering a service, those taking urgent cases, or both. */
const HelplineQuery = z.strictObject({
  service: z.enum(SERVICES, { error: `service must be one of ${SERVICES.join(', ')}` }).optional(),
  urgent: z.boolean().optional(),
});

const DESTINATIONS = ['next', 'lesson', 'helplines'] as const;

/**
 * One answer of a workflow question. It leads exactly one way; the check also runs when the
 * answer has other mistakes, so an author who wrote `goto:` learns both things at once.
 */
export const WorkflowAnswerFields = z
  .strictObject({
    label: Text,
    hint: Text.optional(),
    next: Slug.optional(),
    /** An `umbrella://` link, checked like a lesson's links once the file is parsed. */
    lesson: z.string().optional(),
    helplines: HelplineQuery.optional(),
  })
  .refine((answer) => DESTINATIONS.filter((key) => answer[key] !== undefined).length === 1, {
    error: `an answer leads to exactly one of ${DESTINATIONS.join(', ')}`,
    when: ({ value }) => typeof value === 'object' && value !== null,
  });
export type WorkflowAnswerFields = z.infer<typeof WorkflowAnswerFields>;

const WorkflowNodeFields = z.strictObject({
  id: Slug,
  question: Text,
  hint: Text.optional(),
  answers: z.array(WorkflowAnswerFields).min(1, { error: 'a question needs at least one answer' }),
});

export const WorkflowFile = z.strictObject({
  title: Text,
  intro: Text.optional(),
  start: Slug,
  nodes: z.array(WorkflowNodeFields).min(1, { error: 'a workflow needs at least one node' }),
});
export type WorkflowFile = z.infer<typeof WorkflowFile>;
