import type { ContentPath } from './content-path';
import { duplicateKeys, type KeyedLine } from './keyed-lines';
import { findLinks, type GuideLink } from './links';
import type { Checklist, ChecklistItem } from './model';
import type { Problem } from './problem';
import { ChecklistEntry, ChecklistFile } from './schemas';
import type { SourceFile } from './source-file';
import { validateYaml } from './yaml-validation';

export interface ParsedChecklist {
  /** Absent when the file is not a checklist at all; a wrong line only drops that line. */
  checklist?: Checklist;
  /** Step ids with their lines, for the cross-locale check. */
  keys: KeyedLine[];
  /** `umbrella://` links in its steps' text, which Umbrella's pathways are made of. */
  links: GuideLink[];
  problems: Problem[];
}

/** Parses `c_<id>.yml`: a list of headings and steps, with an optional title. */
export function parseChecklist(source: SourceFile, place: ContentPath): ParsedChecklist {
  const { path: file, text } = source;
  const parsed = validateYaml({ file, text, start: 0, end: text.length }, ChecklistFile, {
    invalid: 'invalid-checklist',
    unknownKey: 'invalid-checklist',
  });
  const { links, problems: linkProblems } = findLinks(file, text, 0);
  if (!parsed.value) return { keys: [], links, problems: [...parsed.problems, ...linkProblems] };

  const items: ChecklistItem[] = [];
  const keys: KeyedLine[] = [];
  const problems: Problem[] = [];
  let steps = 0;
  parsed.value.list.forEach((value, i) => {
    // Counted before validation, so fixing a broken step does not renumber the ones below.
    const isHeading = typeof value === 'object' && value !== null && !('check' in value);
    if (!isHeading) steps += 1;
    const entry = parsed.validatePart(ChecklistEntry, value, ['list', i]);
    problems.push(...entry.problems);
    if (!entry.value) return;
    if ('label' in entry.value) {
      items.push(entry.value);
      return;
    }
    const id = entry.value.id ?? `step-${steps}`;
    items.push({ id, check: entry.value.check });
    keys.push({ key: id, line: parsed.lineOf(['list', i]) });
  });

  const { locale, category, topic, level, name: id } = place;
  const { title } = parsed.value;
  const checklist: Checklist = {
    locale,
    category,
    ...(topic !== undefined && { topic, level }),
    id,
    file,
    ...(title !== undefined && { title }),
    items,
  };
  return {
    ...(items.length > 0 && { checklist }),
    keys,
    links,
    problems: [...problems, ...duplicateKeys(file, keys, 'step id'), ...linkProblems],
  };
}
