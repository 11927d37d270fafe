import type { ContentPath } from './content-path';
import type { GuideLink } from './links';
import type { Problem } from './problem';

/**
 * Checks each link against the files present in the linking lesson's own locale. A link
 * may name a topic, a topic's level, or one lesson of that level.
 */
export function brokenLinks(
  paths: ContentPath[],
  linksByFile: { file: string; locale: string; links: GuideLink[] }[],
): Problem[] {
  const targets = new Set<string>();
  for (const p of paths) {
    if (p.kind !== 'lesson') continue;
    targets.add([p.locale, p.category, p.topic].join('/'));
    targets.add([p.locale, p.category, p.topic, p.level].join('/'));
    targets.add([p.locale, p.category, p.topic, p.level, p.name].join('/'));
  }

  return linksByFile.flatMap(({ file, locale, links }) =>
    links.flatMap((link): Problem[] => {
      const missing = firstMissingPart(targets, locale, link);
      if (!missing) return [];
      return [
        {
          file,
          line: link.line,
          column: link.column,
          code: 'broken-link',
          message: `${link.href}: ${missing}`,
        },
      ];
    }),
  );
}

function firstMissingPart(
  targets: Set<string>,
  locale: string,
  link: GuideLink,
): string | undefined {
  const topic = [locale, link.category, link.topic].join('/');
  if (!targets.has(topic)) return `no topic ${link.category}/${link.topic} in locale ${locale}`;
  if (link.level === undefined) return undefined;
  if (!targets.has(`${topic}/${link.level}`))
    return `topic ${link.category}/${link.topic} has no ${link.level} level in locale ${locale}`;
  if (link.lesson === undefined || targets.has(`${topic}/${link.level}/${link.lesson}`))
    return undefined;
  return `no lesson ${link.lesson} at ${link.category}/${link.topic}/${link.level} in locale ${locale}`;
}
