import { renderLessonHtml } from '../guide/render-markdown';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;
const TITLE = /^title:[ \t]*(.*?)[ \t]*$/m;

export interface LessonPreview {
  /** The front matter's title as typed, without its quotes; undefined when there is none. */
  title?: string;
  /** Safe to put in the page: the guide's own renderer, raw HTML and images off. */
  html: string;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value;
}

/** A lesson's front matter and body; no front matter at the very start means none at all. */
function splitLesson(source: string): { frontMatter?: string; body: string } {
  const front = FRONT_MATTER.exec(source);
  if (!front || front.index !== 0) return { body: source };
  return { frontMatter: front[1] ?? '', body: source.slice(front[0].length) };
}

function titleIn(yaml: string | undefined): string | undefined {
  const title = yaml === undefined ? undefined : TITLE.exec(yaml)?.[1];
  return title ? unquote(title) : undefined;
}

/**
 * A lesson as readers would see it, while it is typed. The front matter is only read for
 * its title: its errors are the check's to report, with their lines.
 */
export function lessonPreview(source: string): LessonPreview {
  const { frontMatter, body } = splitLesson(source);
  return {
    title: titleIn(frontMatter),
    // Links to other lessons stay text: the preview is not the guide, and the check says
    // whether each one leads somewhere.
    html: renderLessonHtml(body, { headingOffset: 2, resolveGuideLink: () => undefined }),
  };
}

/** What to call a file on its page: its title as typed, else its id, else its path. */
export function documentTitle(path: string, source: string): string {
  const title = titleIn(path.endsWith('.md') ? splitLesson(source).frontMatter : source);
  return title ?? /\/[scfw]_([^/]+)\.(?:md|yml)$/.exec(path)?.[1] ?? path;
}

/** Where a 1-based line starts and ends in a text, for putting the caret on it. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const newline = text.indexOf('\n', start);
  return { start, end: newline === -1 ? text.length : newline };
}
