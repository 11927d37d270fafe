import type { ContentPath } from './content-path';
import { findLinks, type GuideLink } from './links';
import type { Lesson, Page } from './model';
import type { Problem } from './problem';
import { LessonFrontMatter } from './schemas';
import type { SourceFile } from './source-file';
import { validateYaml } from './yaml-validation';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

export interface ParsedLesson {
  /** A topic's lesson; absent when the front matter is unusable. */
  lesson?: Lesson;
  /** An about, glossary or tools page, which has the same format. */
  page?: Page;
  /** Found even when the front matter is broken, so every broken link is reported at once. */
  links: GuideLink[];
  problems: Problem[];
  /** Line of `index:`, where a clash with another lesson is reported. */
  indexLine: number;
}

/** Parses `s_<id>.md`: front matter between `---` lines, then Markdown. */
export function parseLesson(source: SourceFile, place: ContentPath): ParsedLesson {
  const { path: file, text } = source;
  const opening = OPENING.exec(text);
  const closing = opening && CLOSING.exec(text.slice(opening[0].length));
  if (!opening || !closing) {
    const message = opening
      ? 'front matter opened on line 1 is never closed with ---'
      : 'a lesson starts with front matter: ---, index and title, ---';
    const { links, problems } = findLinks(file, text, 0);
    const problem: Problem = { file, line: 1, column: 1, code: 'invalid-front-matter', message };
    return { links, problems: [problem, ...problems], indexLine: 1 };
  }

  const yamlStart = opening[0].length;
  const yamlEnd = yamlStart + closing.index;
  const bodyStart = yamlEnd + closing[0].length;
  const frontMatter = validateYaml(
    { file, text, start: yamlStart, end: yamlEnd },
    LessonFrontMatter,
    {
      invalid: 'invalid-front-matter',
      unknownKey: 'unknown-front-matter-key',
    },
  );
  const { links, problems: linkProblems } = findLinks(file, text, bodyStart);
  const problems = [...frontMatter.problems, ...linkProblems];
  const indexLine = frontMatter.lineOf(['index']);
  if (!frontMatter.value) return { links, problems, indexLine };

  const { locale, category, topic, level, name: id } = place;
  const { index, title } = frontMatter.value;
  const content = { id, file, index, title, body: text.slice(bodyStart), links };
  if (level === undefined) {
    const page: Page = {
      locale,
      section: category,
      ...(topic !== undefined && { group: topic }),
      ...content,
    };
    return { page, links, problems, indexLine };
  }
  return { lesson: { locale, category, topic, level, ...content }, links, problems, indexLine };
}
