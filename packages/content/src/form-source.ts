import { stringify } from 'yaml';
import type { FormItem } from './schemas';

/** A form as an editor builds it: what `f_<id>.yml` holds, screens headed by `name`. */
export interface FormSourceInput {
  title: string;
  screens: { name?: string; items: FormItem[] }[];
}

// The order an author reads an item in: what it is, what it asks, then its settings.
const ITEM_KEYS = ['name', 'type', 'label', 'hint', 'required', 'case', 'scope', 'multiple'];

/**
 * The YAML text of a form, in the layout our own guide's forms use (two-space indents, one
 * key per line, screens headed by `name`): what a visual editor writes back. Empty texts
 * and default settings are left out, so the file says only what was chosen. Comments and
 * the layout of the text it replaces are not kept.
 */
export function formSource(form: FormSourceInput): string {
  const screens = form.screens.map((screen) => ({
    ...(screen.name?.trim() && { name: screen.name.trim() }),
    items: screen.items.map(itemObject),
  }));
  return stringify(
    { title: form.title.trim(), screens },
    { indentSeq: true, lineWidth: 0, defaultStringType: 'PLAIN' },
  );
}

function itemObject(item: FormItem): Record<string, unknown> {
  const fields = item as Record<string, unknown>;
  const object: Record<string, unknown> = {};
  for (const key of ITEM_KEYS) {
    const raw = fields[key];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === '' || (key === 'required' && value === false)) continue;
    if (key === 'multiple' && value === true) continue;
    object[key] = value;
  }
  if ('options' in item)
    object.options = item.options.map(({ value, label }) => ({ value, label: label.trim() }));
  return object;
}
