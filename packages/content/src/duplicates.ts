import type { Checklist, Form, Lesson, Workflow } from './model';
import type { Problem } from './problem';

/** Two lessons of one level with the same `index` would have no defined order. */
export function duplicateIndexes(lessons: { lesson: Lesson; indexLine: number }[]): Problem[] {
  const seen = new Map<string, Lesson>();
  return lessons.flatMap(({ lesson, indexLine }): Problem[] => {
    const key = [lesson.locale, lesson.category, lesson.topic, lesson.level, lesson.index].join(
      '/',
    );
    const first = seen.get(key);
    if (!first) {
      seen.set(key, lesson);
      return [];
    }
    const message = `index ${lesson.index} is also used by ${first.file}`;
    return [{ file: lesson.file, line: indexLine, code: 'duplicate-index', message }];
  });
}

/**
 * Checklists, forms and workflows are looked up by locale and id alone, so an id may
 * appear once per locale.
 */
export function duplicateFileIds(
  kind: 'checklist' | 'form' | 'workflow',
  items: (Checklist | Form | Workflow)[],
): Problem[] {
  const seen = new Map<string, string>();
  return items.flatMap(({ locale, id, file }): Problem[] => {
    const first = seen.get(`${locale}/${id}`);
    if (first === undefined) {
      seen.set(`${locale}/${id}`, file);
      return [];
    }
    return [
      {
        file,
        line: 1,
        code: 'duplicate-id',
        message: `${kind} id "${id}" is already used by ${first}`,
      },
    ];
  });
}
