import type { ContentPath } from './content-path';
import type { Checklist } from './model';
import type { Problem } from './problem';
import { ChecklistFile } from './schemas';
import type { SourceFile } from './source-file';
import { duplicateKeys, type KeyedLine } from './keyed-lines';
import { validateYaml } from './yaml-validation';

/** Parses `c_<id>.yml`; its step ids are returned with their lines for the cross-locale check. */
export function parseChecklist(
  source: SourceFile,
  place: ContentPath,
): { checklist?: Checklist; keys: KeyedLine[]; problems: Problem[] } {
  const { path: file, text } = source;
  const parsed = validateYaml({ file, text, start: 0, end: text.length }, ChecklistFile, {
    invalid: 'invalid-checklist',
    unknownKey: 'invalid-checklist',
  });
  if (!parsed.value) return { keys: [], problems: parsed.problems };

  const { locale, category, topic, level, name: id } = place;
  const items = parsed.value.list;
  const keys = items.flatMap((item, i) =>
    'id' in item ? [{ key: item.id, line: parsed.lineOf(['list', i]) }] : [],
  );
  return {
    checklist: { locale, category, topic, level, id, file, items },
    keys,
    problems: duplicateKeys(file, keys, 'step id'),
  };
}
