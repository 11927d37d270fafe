import type { ContentPath } from './content-path';
import { duplicateKeys, type KeyedLine } from './keyed-lines';
import type { LabelledSlot } from './locale-parity';
import type { Form } from './model';
import type { Problem } from './problem';
import { FormFile } from './schemas';
import type { SourceFile } from './source-file';
import { validateYaml } from './yaml-validation';

/**
 * Parses `f_<id>.yml`. Field names and option values are what a case stores, so they are
 * returned as keys (`field` and `field=option`) for the uniqueness and cross-locale checks.
 * A field name used twice is reported but keeps the form: it can still be filled in.
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

  const keys = parsed.value.screens.flatMap((screen, s) =>
    screen.items.flatMap((item, i): KeyedLine[] => {
      if (item.type === 'label') return [];
      const itemPath = ['screens', s, 'items', i];
      const field = { key: item.name, line: parsed.lineOf([...itemPath, 'name']) };
      const options = 'options' in item ? item.options : [];
      return [
        field,
        ...options.map((option, o) => ({
          key: `${item.name}=${option.value}`,
          line: parsed.lineOf([...itemPath, 'options', o, 'value']),
        })),
      ];
    }),
  );
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
  const { title, screens } = parsed.value;
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
    problems: duplicateKeys(file, keys, 'field'),
  };
}
