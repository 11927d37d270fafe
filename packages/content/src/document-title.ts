import { parseDocument } from 'yaml';
import { parseContentPath, type ContentPath } from './content-path';
import { categoryPlaceOf } from './parse-category';
import { parseLesson } from './parse-lesson';
import type { SourceFile } from './source-file';

/**
 * The name an editor knows a file by: a lesson's front-matter title, a form's or
 * workflow's `title`. A checklist may have a `title` (Umbrella's pathways do); if not, like
 * a case shows it, it takes the title of the first lesson of its place among `files`. Whatever cannot be read
 * falls back to the id in the file name, or to the path itself.
 */
export function titleOf(path: string, text: string, files: SourceFile[] = []): string {
  const folder = categoryPlaceOf(path);
  // A folder's `.category.yml` is known by the title it gives the folder.
  if (folder) return yamlTitle(text) ?? yamlTitle(text, 'name') ?? folder.folder;
  const place = parseContentPath(path);
  if ('error' in place) return path;
  switch (place.kind) {
    case 'lesson': {
      const parsed = parseLesson({ path, text }, place);
      return parsed.lesson?.title ?? parsed.page?.title ?? place.name;
    }
    case 'form':
    case 'workflow':
      return yamlTitle(text) ?? place.name;
    case 'checklist':
      return yamlTitle(text) ?? firstLessonTitle(place, files) ?? place.name;
  }
}

// Only the title is wanted, so a file with mistakes elsewhere still shows its name.
function yamlTitle(text: string, key = 'title'): string | undefined {
  const title: unknown = parseDocument(text).get(key);
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

function firstLessonTitle(place: ContentPath, files: SourceFile[]): string | undefined {
  let first: { index: number; title: string } | undefined;
  for (const file of files) {
    const other = parseContentPath(file.path);
    if (
      'error' in other ||
      other.kind !== 'lesson' ||
      other.locale !== place.locale ||
      other.category !== place.category ||
      other.topic !== place.topic ||
      other.level !== place.level
    )
      continue;
    const lesson = parseLesson(file, other).lesson;
    if (lesson && (!first || lesson.index < first.index)) first = lesson;
  }
  return first?.title;
}
