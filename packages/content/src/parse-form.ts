import { parseContentPath, type ContentPath } from './content-path';
import { duplicateKeys, type KeyedLine } from './keyed-lines';
import type { LabelledSlot } from './locale-parity';
import type { Form } from './model';
import type { Problem } from './problem';
import { FormFile, type FormScreen, type FormItem } from './schemas';
import type { SourceFile } from './source-file';
import { validateYaml } from './yaml-validation';

/**
 * Parses `f_<id>.yml`. Field names and option values are what a case stores, so they are
 * returned as keys (`field` and `field=option`) for the uniqueness and cross-locale checks.
 * A field name used twice is reported but keeps the form: it can still be filled in.
 * What an answer means beyond its name (its type, whether it is required, the case role or
 * consent it gives) is a key too, so a translation cannot quietly change it.
 */
export function parseForm(
  source: SourceFile,
  place: ContentPath,
): { form?: Form; keys: KeyedLine[]; slots: LabelledSlot[]; problems: Problem[] } {
  const { path: file, text } = source;
  const parsed = validateYaml({ file, text, start: 0, end: text.length }, FormFile, {
    invalid: 'invalid-form',
    unknownKey: 'invalid-form',
  });
  if (!parsed.value) return { keys: [], slots: [], problems: parsed.problems };

  const fields = parsed.value.screens.flatMap((screen, s) =>
    screen.items.flatMap((item, i) => {
      if (item.type === 'label') return [];
      const itemPath = ['screens', s, 'items', i];
      const line = parsed.lineOf([...itemPath, 'name']);
      const options = 'options' in item ? item.options : [];
      return [
        {
          field: { key: item.name, line },
          options: options.map((option, o) => ({
            key: `${item.name}=${option.value}`,
            line: parsed.lineOf([...itemPath, 'options', o, 'value']),
          })),
          structure: structureKeys(item).map((key) => ({ key, line })),
        },
      ];
    }),
  );
  // Only names and option values can be used twice; the structure keys repeat a name.
  const named = fields.flatMap(({ field, options }) => [field, ...options]);
  const keys = fields.flatMap(({ field, options, structure }) => [field, ...options, ...structure]);
  const slots = parsed.value.screens.flatMap((screen, s) =>
    screen.items.map((item, i) => ({
      // With the screen's length, so a screen that gained or lost an item is not compared
      // item by item with the wrong counterparts.
      slot: `${s}/${i}/${screen.items.length}`,
      line: parsed.lineOf(['screens', s, 'items', i]),
      labelled: item.label !== undefined,
    })),
  );
  const { locale, category, topic, level, name: id } = place;
  const { title } = parsed.value;
  const screens = withDistinctNames(parsed.value.screens);
  return {
    form: {
      locale,
      category,
      ...(topic !== undefined && { topic, level }),
      id,
      file,
      title,
      screens,
    },
    keys,
    slots,
    // The form still works (see withDistinctNames), so this is worth fixing but holds
    // nothing back: a guide written elsewhere is published as its authors wrote it.
    problems: duplicateKeys(file, named, 'field').map((problem) => ({
      ...problem,
      code: 'repeated-field' as const,
      message: `${problem.message}; its answers are kept apart until it is renamed`,
    })),
  };
}

/** `name (type date)`, `name (required)`…: what every locale's version of an item shares. */
function structureKeys(item: Exclude<FormItem, { type: 'label' }>): string[] {
  return [
    `${item.name} (type ${item.type})`,
    ...(item.required ? [`${item.name} (required)`] : []),
    ...(item.case ? [`${item.name} (case ${item.case})`] : []),
    ...(item.type === 'consent' ? [`${item.name} (scope ${item.scope})`] : []),
    ...(item.type === 'file' && item.multiple === false ? [`${item.name} (one file)`] : []),
  ];
}

/**
 * A form from its guide path (`en/…/f_<id>.yml`) and source text, or why there is none:
 * what the API needs to check answers against one revision of a form.
 */
export function formFromSource(path: string, text: string): { form?: Form; problems: Problem[] } {
  const place = parseContentPath(path);
  if ('error' in place)
    return { problems: [{ file: path, line: 1, code: 'bad-path', message: place.error }] };
  if (place.kind !== 'form')
    return {
      problems: [{ file: path, line: 1, code: 'bad-path', message: 'not a form (f_<id>.yml)' }],
    };
  const { form, problems } = parseForm({ path, text }, place);
  return form ? { form, problems } : { problems };
}

/**
 * The screens with every field named once. A name used again (Umbrella's own incident form
 * asks two questions under one name) is reported as a problem, but the form is still served
 * and sent: each later use becomes `<name>-2`, `-3`… (the next not taken), so the page, the
 * answers' schema and the stored answers tell the two questions apart, and both are kept.
 */
function withDistinctNames(screens: FormScreen[]): FormScreen[] {
  const taken = new Set(
    screens.flatMap((screen) => screen.items.flatMap((item) => (item.name ? [item.name] : []))),
  );
  const seen = new Set<string>();
  return screens.map((screen) => ({
    ...screen,
    items: screen.items.map((item) => {
      if (!item.name || item.type === 'label') return item;
      if (!seen.has(item.name)) {
        seen.add(item.name);
        return item;
      }
      let n = 2;
      while (taken.has(`${item.name}-${n}`)) n += 1;
      const name = `${item.name}-${n}`;
      taken.add(name);
      seen.add(name);
      return { ...item, name };
    }),
  }));
}
