import { parseContentPath, type ContentPath } from './content-path';
import { lookupKey } from './duplicates';
import { categoryPlaceOf, parseCategory } from './parse-category';
import { linksOf, parseFile } from './parse-file';
import { parseLesson } from './parse-lesson';
import { compareProblems, type Problem } from './problem';
import { brokenLinks } from './resolve-links';
import { unsafeText, type SourceFile } from './source-file';

/**
 * The problems one file would have if it had `text` in the guide made of `files` (which
 * may or may not already hold a version of it): its own format and front matter, its
 * links, and clashes with its siblings. Gaps between locales are left out: an editor
 * changes one language at a time. Only the file itself is parsed, and its siblings when
 * it is a lesson, so this is cheap enough to run as an editor types.
 */
export function checkDocument(files: SourceFile[], path: string, text: string): Problem[] {
  const folder = categoryPlaceOf(path);
  if (folder) return checkCategory(files, { path, text }, folder);
  const place = parseContentPath(path);
  if ('error' in place) return [{ file: path, line: 1, code: 'bad-path', message: place.error }];

  const unsafe = unsafeText({ path, text });
  if (unsafe) return [unsafe];

  const others = files.flatMap((file) => {
    if (file.path === path) return [];
    const other = parseContentPath(file.path);
    return 'error' in other ? [] : [{ source: file, place: other }];
  });
  const parsed = parseFile({ path, text }, place);
  const problems = [
    ...parsed.problems,
    ...brokenLinks(
      [place, ...others.map((other) => other.place)],
      files.flatMap((file) => categoryPlaceOf(file.path) ?? []),
      [{ file: path, locale: place.locale, links: linksOf(parsed) }],
    ),
  ];

  if (parsed.kind === 'lesson' && parsed.lesson) {
    const { index } = parsed.lesson;
    for (const sibling of others) {
      if (sibling.place.kind !== 'lesson' || !isSiblingLesson(place, sibling.place)) continue;
      if (parseLesson(sibling.source, sibling.place).lesson?.index !== index) continue;
      const message = `index ${index} is also used by ${sibling.source.path}`;
      problems.push({ file: path, line: parsed.indexLine, code: 'duplicate-index', message });
    }
  }
  for (const other of others.filter((o) => sameLookupKey(place, o.place))) {
    const message = `${place.kind} id "${place.name}" is already used by ${other.source.path}`;
    problems.push({ file: path, line: 1, code: 'duplicate-id', message });
  }
  return problems.sort(compareProblems);
}

function isSiblingLesson(a: ContentPath, b: ContentPath): boolean {
  return (
    b.kind === 'lesson' &&
    a.locale === b.locale &&
    a.category === b.category &&
    a.topic === b.topic &&
    a.level === b.level
  );
}

/** Two files that would be found by the same id (see `lookupKey`). */
function sameLookupKey(a: ContentPath, b: ContentPath): boolean {
  return (
    a.kind === b.kind &&
    lookupKey(a.kind, { ...a, id: a.name }) === lookupKey(b.kind, { ...b, id: b.name })
  );
}

/**
 * A folder's `.category.yml`: its own keys, and an index a sibling folder of its locale
 * already has (their order would be undefined), reported on this file whichever the later is.
 */
function checkCategory(
  files: SourceFile[],
  source: SourceFile,
  folder: { locale: string; folder: string },
): Problem[] {
  const unsafe = unsafeText(source);
  if (unsafe) return [unsafe];
  const parsed = parseCategory(source, folder);
  const problems = [...parsed.problems];
  const index = parsed.category?.index;
  if (index !== undefined) {
    const parent = parentFolder(folder.folder);
    for (const file of files) {
      const other = categoryPlaceOf(file.path);
      if (!other || file.path === source.path || other.locale !== folder.locale) continue;
      if (other.folder === folder.folder || parentFolder(other.folder) !== parent) continue;
      if (parseCategory(file, other).category?.index !== index) continue;
      problems.push({
        file: source.path,
        line: parsed.indexLine,
        code: 'duplicate-index',
        message: `index ${index} is also used by ${file.path}: give each folder of this level its own index`,
      });
    }
  }
  return problems.sort(compareProblems);
}

function parentFolder(folder: string): string {
  return folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
}
