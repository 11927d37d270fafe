import { z } from 'zod';
import type { FormModel } from './form-model';
import { LEVEL_OPTIONS } from './new-lesson';

const Slug = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use only lowercase letters, digits and dashes, such as tell-us',
  );

/** Where a new form goes in every language: the same folders and id. */
export const NewFormFields = z.object({
  category: Slug,
  topic: Slug,
  level: z.enum(LEVEL_OPTIONS, { error: 'Choose a level' }),
  id: Slug,
});
export type NewFormFields = z.infer<typeof NewFormFields>;

export const NEW_FORM_PLACE_FIELDS = ['category', 'topic', 'level', 'id'] as const;

/**
 * A new form: one screen with a long answer for what happened, labelled in no language
 * yet, which the admin words first. A form needs an item, and this is the one every
 * intake form asks.
 */
export function newFormModel(locales: string[], titles: Record<string, string>): FormModel {
  const [reference = 'en'] = locales;
  return {
    locales,
    reference,
    titles,
    screens: [
      {
        names: {},
        items: [
          {
            type: 'text_area',
            name: 'what-happened',
            required: true,
            role: 'description',
            scope: '',
            multiple: true,
            options: [],
            text: {},
          },
        ],
      },
    ],
  };
}
