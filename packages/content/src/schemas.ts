import { HelplineService } from '@cairn/contracts';
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
const common = { label: Text.optional(), hint: Text.optional() };

const FORM_ITEM_TYPES = 'label, text_input, text_area, single_choice, multiple_choice';

export const FormItem = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('label'), name: Slug.optional(), ...common }),
    z.strictObject({ type: z.enum(['text_input', 'text_area']), name: Slug, ...common }),
    z.strictObject({
      type: z.enum(['single_choice', 'multiple_choice']),
      name: Slug,
      ...common,
      options: z.array(FormOption).min(2, { error: 'a choice needs at least two options' }),
    }),
  ],
  { error: `type must be one of ${FORM_ITEM_TYPES}` },
);
export type FormItem = z.infer<typeof FormItem>;

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

export const FormFile = z.strictObject({
  title: Text,
  screens: z.array(FormScreen).min(1, { error: 'a form needs at least one screen' }),
});
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
