import { LEVELS, parseContentPath } from './content-path';
import { duplicateFileIds, duplicateIndexes, duplicateLessonIds } from './duplicates';
import type { GuideLink } from './links';
import { categoryGaps, localeGaps, type PlacedFile } from './locale-parity';
import { categoryIndexClashes } from './category-indexes';
import type { Category, Checklist, Form, Lesson, Page, Workflow } from './model';
import { categoryPlaceOf, parseCategory } from './parse-category';
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
  /** The about, glossary and tools pages, by path. */
  pages: Page[];
  /** What each folder's `.category.yml` says, by path. */
  categories: Category[];
  /** Every problem found, sorted by file and position; content with problems is left out above. */
  problems: Problem[];
}

/**
 * Validates a set of guide files as one guide: each file alone, then what only the whole
 * tree can tell (links, duplicate indexes and ids, locales that lack a file). Files whose
 * order is ambiguous (two siblings with one index) are kept, in path order, and reported. A lesson or
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
  const pages: { page: Page; indexLine: number }[] = [];
  const categories: { category: Category; indexLine: number }[] = [];
  // Every `.category.yml` read, valid or not, so a wrong one is not also called missing.
  const categoryFiles: { locale: string; folder: string; file: string }[] = [];

  // Sorted, so "the first of two duplicates" does not depend on the order a disk lists files.
  for (const source of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const unsafe = unsafeText(source);
    if (unsafe) {
      problems.push(unsafe);
      continue;
    }
    const categoryPlace = categoryPlaceOf(source.path);
    if (categoryPlace) {
      categoryFiles.push({ ...categoryPlace, file: source.path });
      const parsed = parseCategory(source, categoryPlace);
      problems.push(...parsed.problems);
      if (parsed.category)
        categories.push({ category: parsed.category, indexLine: parsed.indexLine });
      continue;
    }
    const path = parseContentPath(source.path);
    if ('error' in path) {
      problems.push({ file: source.path, line: 1, code: 'bad-path', message: path.error });
      continue;
    }
    const parsed = parseFile(source, path);
    problems.push(...parsed.problems);
    placed.push({ path, file: source.path, keys: parsed.keys, slots: parsed.slots });
    linksByFile.push({ file: source.path, locale: path.locale, links: linksOf(parsed) });
    if (parsed.kind === 'lesson' && parsed.lesson)
      lessons.push({ lesson: parsed.lesson, indexLine: parsed.indexLine });
    if (parsed.kind === 'lesson' && parsed.page)
      pages.push({ page: parsed.page, indexLine: parsed.indexLine });
    if (parsed.kind === 'checklist' && parsed.checklist) checklists.push(parsed.checklist);
    if (parsed.kind === 'form' && parsed.form) forms.push(parsed.form);
    if (parsed.kind === 'workflow' && parsed.workflow) workflows.push(parsed.workflow);
  }

  const locales = [...new Set(placed.map((entry) => entry.path.locale))].sort();
  problems.push(
    ...brokenLinks(
      placed.map((entry) => entry.path),
      categoryFiles,
      linksByFile,
    ),
    ...duplicateIndexes(lessons.map(({ lesson, indexLine }) => ({ item: lesson, indexLine }))),
    ...duplicateIndexes(pages.map(({ page, indexLine }) => ({ item: page, indexLine }))),
    ...categoryIndexClashes(categories),
    ...duplicateLessonIds(
      [...lessons, ...pages].map((entry) => ('lesson' in entry ? entry.lesson : entry.page)),
    ),
    ...duplicateFileIds('checklist', checklists),
    ...duplicateFileIds('form', forms),
    ...duplicateFileIds('workflow', workflows),
    ...localeGaps(locales, placed),
    ...categoryGaps(locales, categoryFiles),
  );

  return {
    locales,
    lessons: lessons.map((entry) => entry.lesson).sort(compareLessons),
    checklists: checklists.sort(compareFiles),
    forms: forms.sort(compareFiles),
    workflows: workflows.sort(compareFiles),
    pages: pages.map((entry) => entry.page).sort(compareFiles),
    categories: categories.map((entry) => entry.category).sort(compareFiles),
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
