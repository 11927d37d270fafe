import type { ContentKind } from './content-path';
import type { Checklist, Form, Lesson, Page, Workflow } from './model';
import type { Problem } from './problem';

/**
 * Two lessons of one level, or two pages of one section, with the same `index` have no
 * defined order. Both are kept, in path order; the second is reported.
 */
export function duplicateIndexes(
  entries: { item: { file: string; index: number }; indexLine: number }[],
): Problem[] {
  const seen = new Map<string, string>();
  return entries.flatMap(({ item, indexLine }): Problem[] => {
    const key = `${folderOfFile(item.file)}#${item.index}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, item.file);
      return [];
    }
    const message = `index ${item.index} is also used by ${first}: give each file of this folder its own index`;
    return [{ file: item.file, line: indexLine, code: 'duplicate-index', message }];
  });
}

/**
 * Lesson and page ids come from file names, which guides written elsewhere spell freely:
 * two names in one folder that make the same id (`s_Privacy.md`, `s_privacy.md`) cannot
 * both be linked to.
 */
export function duplicateLessonIds(lessons: (Lesson | Page)[]): Problem[] {
  return firstWins(lessons, (l) => `${folderOfFile(l.file)}/${l.id}`, 'lesson');
}

/**
 * Forms and workflows are looked up by locale and id alone, so an id may appear once per
 * locale. A checklist is shown where it sits, and Umbrella names every level's checklist
 * `c_checklist.yml`, so its id need only be unique in its folder.
 */
export function duplicateFileIds(
  kind: 'checklist' | 'form' | 'workflow',
  items: (Checklist | Form | Workflow)[],
): Problem[] {
  return firstWins(items, (item) => lookupKey(kind, item), kind);
}

/** What must be unique for files of a kind: see `duplicateFileIds`. */
export function lookupKey(
  kind: ContentKind,
  item: { locale: string; category: string; topic?: string; level?: string; id: string },
): string {
  const { locale, category, topic, level, id } = item;
  return kind === 'checklist' || kind === 'lesson'
    ? [kind, locale, category, topic, level, id].join('/')
    : [kind, locale, id].join('/');
}

function firstWins<T extends { id: string; file: string }>(
  items: T[],
  keyOf: (item: T) => string,
  kind: string,
): Problem[] {
  const seen = new Map<string, string>();
  return items.flatMap((item): Problem[] => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, item.file);
      return [];
    }
    return [
      {
        file: item.file,
        line: 1,
        code: 'duplicate-id',
        message: `${kind} id "${item.id}" is already used by ${first}`,
      },
    ];
  });
}

function folderOfFile(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}
