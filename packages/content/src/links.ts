import { parseFileName, SLUG_PATTERN } from './content-path';
import type { Problem } from './problem';
import { positionAt } from './text-position';

/**
 * Where an `umbrella://` link leads: a category, a topic, a topic's level or one of its
 * lessons (`umbrella://<category>[/<topic>[/<level>[/<lesson>]]]`), or a file named as written
 * (`umbrella://<category>/<topic>/<level>/s_<lesson>.md`, `umbrella://forms/f_<form>.yml`),
 * the way guides written for Umbrella link.
 */
export interface GuideTarget {
  category: string;
  /** Absent for a link to a whole category, or to a file straight in one, such as a form. */
  topic?: string;
  level?: string;
  /** The lesson's id, also when the link names its file. */
  lesson?: string;
  /** For a link to a file: its path inside the locale, as the link writes it. */
  file?: string;
}

/** An `umbrella://` link found in a file, with where it was found. */
export interface GuideLink extends GuideTarget {
  href: string;
  line: number;
  column: number;
}

const SCHEME = 'umbrella://';
const HREF = /umbrella:\/\/[^\s()<>]*/g;
// What sits between `]` and `(` when an author slipped: `[text].(umbrella://…)`, `[text] (…)`.
const SLIPPED_SEPARATOR = /\]([^[\]()\n]{1,3})\($/;

/**
 * Finds every `umbrella://` reference in a lesson. Well-formed Markdown links come back
 * as links; anything a renderer would not turn into a working link is a problem. A
 * reference whose only fault is its Markdown syntax is still returned, so its target is
 * checked too and the author learns both things at once.
 */
export function findLinks(
  file: string,
  text: string,
  bodyStart: number,
): { links: GuideLink[]; problems: Problem[] } {
  const links: GuideLink[] = [];
  const problems: Problem[] = [];
  const searchable = maskCode(text, bodyStart);

  for (const match of searchable.matchAll(HREF)) {
    const href = match[0];
    const offset = match.index;
    const position = positionAt(text, offset);
    const malformed = (message: string, at = position): void => {
      problems.push({ file, ...at, code: 'malformed-link', message });
    };

    const target = parseTarget(href);
    if (!target) {
      malformed(notAGuideHref(href));
      continue;
    }
    links.push({ href, ...target, ...position });

    const before = searchable.slice(Math.max(bodyStart, offset - 8), offset);
    if (before.endsWith('](')) continue;
    const slip = SLIPPED_SEPARATOR.exec(before);
    if (slip) {
      const separatorOffset = offset - slip[0].length + 1;
      malformed(
        `"]${slip[1]}(" breaks the link to ${href}; write [text](${href})`,
        positionAt(text, separatorOffset),
      );
    } else {
      malformed(`${href} is not inside a Markdown link; write [text](${href})`);
    }
  }
  return { links, problems };
}

/**
 * Reads an `umbrella://` reference written on its own, as a workflow answer's `lesson:` is,
 * or as a page turns a link into an address. Undefined when it is not one.
 */
export function parseGuideHref(href: string): GuideTarget | undefined {
  return href.startsWith(SCHEME) ? parseTarget(href) : undefined;
}

/** What a malformed reference is told, in a lesson or a workflow alike. */
export function notAGuideHref(href: string): string {
  return `"${href}" is not umbrella://<category>[/<topic>[/<level>[/<lesson>]]] or umbrella://<folder>/<file>`;
}

function parseTarget(href: string): GuideTarget | undefined {
  const segments = href.slice(SCHEME.length).replace(/\/$/, '').split('/');
  const last = segments[segments.length - 1] ?? '';
  const named = parseFileName(last);
  const folders = 'error' in named ? segments : segments.slice(0, -1);
  if (!folders.every((s) => SLUG_PATTERN.test(s))) return undefined;

  if (!('error' in named)) {
    if (folders.length < 1 || folders.length > 3) return undefined;
    const [category, topic, level] = folders as [string, string?, string?];
    const lesson = named.kind === 'lesson' && level ? named.name : undefined;
    const file = segments.join('/');
    return {
      category,
      ...(topic && { topic }),
      ...(level && { level }),
      ...(lesson && { lesson }),
      file,
    };
  }
  if (segments.length > 4) return undefined;
  const [category, topic, level, lesson] = segments as [string, string?, string?, string?];
  return { category, ...(topic && { topic }), ...(level && { level }), ...(lesson && { lesson }) };
}

/**
 * Blanks out front matter, fenced code and inline code, keeping every offset, so a link
 * shown as an example is not checked as a link.
 */
function maskCode(text: string, bodyStart: number): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  const body = text
    .slice(bodyStart)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
  return blank(text.slice(0, bodyStart)) + body;
}
