import type { ContentPath } from './content-path';
import type { GuideLink } from './links';
import { parseChecklist } from './parse-checklist';
import { parseForm } from './parse-form';
import { parseLesson } from './parse-lesson';
import { parseWorkflow } from './parse-workflow';
import type { SourceFile } from './source-file';

/** Parses one file by the kind its path names; the whole-guide checks come after. */
export function parseFile(source: SourceFile, path: ContentPath) {
  switch (path.kind) {
    case 'lesson':
      return { kind: path.kind, keys: undefined, slots: undefined, ...parseLesson(source, path) };
    case 'checklist':
      return { kind: path.kind, slots: undefined, ...parseChecklist(source, path) };
    case 'form':
      return { kind: path.kind, ...parseForm(source, path) };
    case 'workflow':
      return { kind: path.kind, slots: undefined, ...parseWorkflow(source, path) };
  }
}

export type ParsedFile = ReturnType<typeof parseFile>;

/**
 * The `umbrella://` links a file makes: a lesson's or a checklist's in its text, a
 * workflow's in its answers. Forms make none.
 */
export function linksOf(parsed: ParsedFile): GuideLink[] {
  return parsed.kind === 'form' ? [] : parsed.links;
}
