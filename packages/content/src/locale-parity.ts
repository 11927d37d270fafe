import { formatContentPath, type ContentPath } from './content-path';
import type { KeyedLine } from './keyed-lines';
import type { Problem } from './problem';

/** A form item's place (screen and item index) and whether it has a label. */
export interface LabelledSlot {
  slot: string;
  line: number;
  labelled: boolean;
}

export interface PlacedFile {
  path: ContentPath;
  file: string;
  /** Step ids or field names the file declares; absent for lessons and unparsable files. */
  keys?: KeyedLine[];
  /** A form's items, to find one a translation left without its label. */
  slots?: LabelledSlot[];
}

const SHOWN = 3;
const KEYS_OF = {
  lesson: 'ids',
  checklist: 'step ids',
  form: 'field names, option values and item settings (type, required, case, scope)',
  workflow: 'node ids',
} as const;

/**
 * Every lesson, checklist and form must exist in every locale of the guide, and a
 * checklist or form must declare the same ids in each, since cases store those ids.
 * Each gap is reported once, on the file that has it (or, for a missing file, on the
 * reference locale's file, naming the path to create); the reference is the first
 * locale, in order, that has the file.
 */
export function localeGaps(locales: string[], placed: PlacedFile[]): Problem[] {
  const counterparts = new Map<string, PlacedFile[]>();
  for (const entry of placed) {
    const { category, topic, level, kind, name } = entry.path;
    const key = [kind, category, topic, level, name].join('/');
    counterparts.set(key, [...(counterparts.get(key) ?? []), entry]);
  }

  return [...counterparts.values()].flatMap((group) => {
    const sorted = [...group].sort((a, b) => a.path.locale.localeCompare(b.path.locale));
    const reference = sorted[0] as PlacedFile;
    const present = new Set(group.map((entry) => entry.path.locale));
    const missingFiles = locales
      .filter((locale) => !present.has(locale))
      .map((locale): Problem => {
        const expected = formatContentPath({ ...reference.path, locale });
        return {
          file: reference.file,
          line: 1,
          code: 'missing-in-locale',
          message: `no ${locale} version: create ${expected}`,
        };
      });
    const others = sorted.slice(1);
    return [
      ...missingFiles,
      ...others.flatMap((entry) => keyGaps(reference, entry)),
      ...others.flatMap((entry) => missingLabels(reference, entry)),
    ];
  });
}

/**
 * What a translation's ids lack or add compared with the reference, as one problem: a
 * translator who renamed the fields of a form made one mistake, not one per field.
 */
function keyGaps(reference: PlacedFile, entry: PlacedFile): Problem[] {
  if (!reference.keys || !entry.keys) return [];
  const own = new Set(entry.keys.map((k) => k.key));
  const theirs = new Set(reference.keys.map((k) => k.key));
  const missing = withoutSettingsOf(reference.keys.filter((k) => !own.has(k.key)));
  const extra = withoutSettingsOf(entry.keys.filter((k) => !theirs.has(k.key)));
  if (missing.length === 0 && extra.length === 0) return [];

  const what = KEYS_OF[entry.path.kind];
  if (extra.length > 0) {
    return [
      {
        file: entry.file,
        line: (extra[0] as KeyedLine).line,
        code: 'translated-key',
        message:
          `${list(extra)} ${extra.length === 1 ? 'is' : 'are'} not in ${reference.file}` +
          (missing.length > 0 ? `, which has ${list(missing)} instead` : '') +
          `: ${what} are the same in every locale, so keep them as ${reference.path.locale} writes them`,
      },
    ];
  }
  const first = missing[0] as KeyedLine;
  return [
    {
      file: entry.file,
      line: lineBefore(reference.keys, entry.keys, first.key),
      code: 'missing-in-locale',
      message: `${list(missing)} of ${reference.file} (line ${first.line}) ${missing.length === 1 ? 'has' : 'have'} no counterpart here: add ${missing.length === 1 ? 'it' : 'them'}`,
    },
  ];
}

/**
 * A form item's settings are keyed `name (setting)`; when the name itself is listed, its
 * settings say nothing more.
 */
function withoutSettingsOf(keys: KeyedLine[]): KeyedLine[] {
  const names = new Set(keys.map((k) => k.key));
  return keys.filter((k) => {
    const at = k.key.indexOf(' (');
    return at < 0 || !names.has(k.key.slice(0, at));
  });
}

/** The line of the key the reference has just before `key`, where a missing one would go. */
function lineBefore(reference: KeyedLine[], own: KeyedLine[], key: string): number {
  const lines = new Map(own.map((k) => [k.key, k.line]));
  const at = reference.findIndex((k) => k.key === key);
  for (let i = at - 1; i >= 0; i -= 1) {
    const line = lines.get((reference[i] as KeyedLine).key);
    if (line !== undefined) return line;
  }
  return 1;
}

function list(keys: KeyedLine[]): string {
  const shown = keys.slice(0, SHOWN).map((k) => `"${k.key}"`);
  return keys.length > SHOWN
    ? `${shown.join(', ')} and ${keys.length - SHOWN} more`
    : shown.join(', ');
}

/** A form item the reference labels and a translation shows without any label. */
function missingLabels(reference: PlacedFile, entry: PlacedFile): Problem[] {
  if (!reference.slots || !entry.slots) return [];
  const labelled = new Set(reference.slots.filter((s) => s.labelled).map((s) => s.slot));
  return entry.slots
    .filter((slot) => !slot.labelled && labelled.has(slot.slot))
    .map((slot) => ({
      file: entry.file,
      line: slot.line,
      code: 'missing-in-locale',
      message: `this item has no label, but its ${reference.path.locale} version has one: add its translation as label:`,
    }));
}

/**
 * A folder's `.category.yml` gives its title in each locale, so one that a locale lacks
 * leaves that locale's page without a title. Reported on the reference's file, naming the
 * file to create.
 */
export function categoryGaps(
  locales: string[],
  categories: { locale: string; folder: string; file: string }[],
): Problem[] {
  const byFolder = new Map<string, { locale: string; file: string }[]>();
  for (const { locale, folder, file } of categories)
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { locale, file }]);

  return [...byFolder.entries()].flatMap(([folder, present]) => {
    const reference = present.reduce((a, b) => (a.locale <= b.locale ? a : b));
    const have = new Set(present.map((entry) => entry.locale));
    return locales
      .filter((locale) => !have.has(locale))
      .map((locale): Problem => ({
        file: reference.file,
        line: 1,
        code: 'missing-in-locale',
        message: `no ${locale} version: create ${locale}/${folder}/.category.yml`,
      }));
  });
}
