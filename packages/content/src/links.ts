import { SLUG_PATTERN } from './content-path';
import type { Problem } from './problem';
import { positionAt } from './text-position';

/** A link to another part of the guide: `umbrella://<category>/<topic>[/<level>[/<lesson>]]`. */
export interface GuideLink {
  href: string;
  category: string;
  topic: string;
  level?: string;
  lesson?: string;
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

/** Reads an `umbrella://` reference written on its own, as a workflow answer's `lesson:` is. */
export function parseGuideHref(
  href: string,
): Omit<GuideLink, 'href' | 'line' | 'column'> | undefined {
  return href.startsWith(SCHEME) ? parseTarget(href) : undefined;
}

/** What a malformed reference is told, in a lesson or a workflow alike. */
export function notAGuideHref(href: string): string {
  return `"${href}" is not umbrella://<category>/<topic>[/<level>[/<lesson>]]`;
}

function parseTarget(href: string): Omit<GuideLink, 'href' | 'line' | 'column'> | undefined {
  const segments = href.slice(SCHEME.length).replace(/\/$/, '').split('/');
  if (segments.length < 2 || segments.length > 4 || !segments.every((s) => SLUG_PATTERN.test(s)))
    return undefined;
  const [category, topic, level, lesson] = segments as [string, string, string?, string?];
  return { category, topic, ...(level && { level }), ...(lesson && { lesson }) };
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
