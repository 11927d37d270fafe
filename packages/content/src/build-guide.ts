import { LEVELS, parseContentPath } from './content-path';
import { duplicateFileIds, duplicateIndexes, duplicateLessonIds } from './duplicates';
import type { GuideLink } from './links';
import { localeGaps, type PlacedFile } from './locale-parity';
import type { Checklist, Form, Lesson, Workflow } from './model';
import { linksOf, parseFile } from './parse-file';
import { compareProblems, type Problem } from './problem';
import { brokenLinks } from './resolve-links';
import { unsafeText, type SourceFile } from './source-file';

export interface GuideContent {
  locales: string[];
  lessons: Lesson[];
  checklists: Checklist[];
  forms: Form[];
  workflows: Workflow[];
  /** Every problem found, sorted by file and position; content with problems is left out above. */
  problems: Problem[];
}

/**
 * Validates a set of guide files as one guide: each file alone, then what only the whole
 * tree can tell (links, duplicate indexes and ids, locales that lack a file). A lesson or
 * workflow with a broken link is kept; a workflow whose questions cannot be walked is not.
 */
export function buildGuide(files: SourceFile[], readProblems: Problem[] = []): GuideContent {
  const problems = [...readProblems];
  const placed: PlacedFile[] = [];
  const lessons: { lesson: Lesson; indexLine: number }[] = [];
  const linksByFile: { file: string; locale: string; links: GuideLink[] }[] = [];
  const checklists: Checklist[] = [];
  const forms: Form[] = [];
  const workflows: Workflow[] = [];

  // Sorted, so "the first of two duplicates" does not depend on the order a disk lists files.
  for (const source of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const path = parseContentPath(source.path);
    if ('error' in path) {
      problems.push({ file: source.path, line: 1, code: 'bad-path', message: path.error });
      continue;
    }
    const unsafe = unsafeText(source);
    if (unsafe) {
      problems.push(unsafe);
      continue;
    }
    const parsed = parseFile(source, path);
    problems.push(...parsed.problems);
    placed.push({ path, file: source.path, keys: parsed.keys });
    linksByFile.push({ file: source.path, locale: path.locale, links: linksOf(parsed) });
    if (parsed.kind === 'lesson' && parsed.lesson)
      lessons.push({ lesson: parsed.lesson, indexLine: parsed.indexLine });
    if (parsed.kind === 'checklist' && parsed.checklist) checklists.push(parsed.checklist);
    if (parsed.kind === 'form' && parsed.form) forms.push(parsed.form);
    if (parsed.kind === 'workflow' && parsed.workflow) workflows.push(parsed.workflow);
  }

  const locales = [...new Set(placed.map((entry) => entry.path.locale))].sort();
  problems.push(
    ...brokenLinks(
      placed.map((entry) => entry.path),
      linksByFile,
    ),
    ...duplicateIndexes(lessons),
    ...duplicateLessonIds(lessons.map((entry) => entry.lesson)),
    ...duplicateFileIds('checklist', checklists),
    ...duplicateFileIds('form', forms),
    ...duplicateFileIds('workflow', workflows),
    ...localeGaps(locales, placed),
  );

  return {
    locales,
    lessons: lessons.map((entry) => entry.lesson).sort(compareLessons),
    checklists: checklists.sort(compareFiles),
    forms: forms.sort(compareFiles),
    workflows: workflows.sort(compareFiles),
    problems: problems.sort(compareProblems),
  };
}

// Reading order: by place, levels from beginner up, then each level's own index.
function compareLessons(a: Lesson, b: Lesson): number {
  return (
    a.locale.localeCompare(b.locale) ||
    a.category.localeCompare(b.category) ||
    a.topic.localeCompare(b.topic) ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    a.index - b.index
  );
}

function compareFiles(a: { file: string }, b: { file: string }): number {
  return a.file.localeCompare(b.file);
}
