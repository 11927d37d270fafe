import { folderOf, parseContentPath, type ContentPath } from './content-path';
import type { GuideLink } from './links';
import type { Problem } from './problem';

/**
 * Checks each link against the files present in the linking file's own locale. A link
 * may name a category, a topic (or a tools group), a topic's level, one lesson of that
 * level, or a file by its path. A file is found by its id, so `s_Hate-speech.md` answers a
 * link to `s_hate-speech.md`. A folder with only a `.category.yml` is a place too.
 */
export function brokenLinks(
  paths: ContentPath[],
  folders: { locale: string; folder: string }[],
  linksByFile: { file: string; locale: string; links: GuideLink[] }[],
): Problem[] {
  const targets = new Set<string>();
  for (const { locale, folder } of folders) targets.add(`${locale}/${folder}`);
  for (const p of paths) {
    targets.add(fileKey(p));
    targets.add([p.locale, p.category].join('/'));
    if (p.kind !== 'lesson' || p.topic === undefined) continue;
    targets.add([p.locale, p.category, p.topic].join('/'));
    if (p.level === undefined) continue;
    targets.add([p.locale, p.category, p.topic, p.level].join('/'));
    targets.add([p.locale, p.category, p.topic, p.level, p.name].join('/'));
  }

  return linksByFile.flatMap(({ file, locale, links }) =>
    links.flatMap((link): Problem[] => {
      const missing =
        link.file === undefined
          ? firstMissingPart(targets, locale, link)
          : missingFile(targets, locale, link.file);
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

function fileKey(path: ContentPath): string {
  return ['file', path.kind, path.locale, folderOf(path), path.name].join('/');
}

function missingFile(targets: Set<string>, locale: string, file: string): string | undefined {
  const path = parseContentPath(`${locale}/${file}`);
  if ('error' in path) return `${locale}/${file} is not a place a guide file can be`;
  return targets.has(fileKey(path)) ? undefined : `no file ${file} in locale ${locale}`;
}

function firstMissingPart(
  targets: Set<string>,
  locale: string,
  link: GuideLink,
): string | undefined {
  if (link.topic === undefined) {
    return targets.has(`${locale}/${link.category}`)
      ? undefined
      : `no category ${link.category} in locale ${locale}`;
  }
  const topic = [locale, link.category, link.topic].join('/');
  if (!targets.has(topic)) return `no topic ${link.category}/${link.topic} in locale ${locale}`;
  if (link.level === undefined) return undefined;
  if (!targets.has(`${topic}/${link.level}`))
    return `topic ${link.category}/${link.topic} has no ${link.level} level in locale ${locale}`;
  if (link.lesson === undefined || targets.has(`${topic}/${link.level}/${link.lesson}`))
    return undefined;
  return `no lesson ${link.lesson} at ${link.category}/${link.topic}/${link.level} in locale ${locale}`;
}
