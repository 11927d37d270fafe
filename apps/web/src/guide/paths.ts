import type { Place } from '@cairn/content';

export const GUIDE_ROOT = '/guide';

export function localeHref(locale: string): string {
  return `${GUIDE_ROOT}/${locale}`;
}

/** The page of a topic at one level: its lessons in order, then its checklists. */
export function levelHref({ locale, category, topic, level }: Place): string {
  return `${GUIDE_ROOT}/${locale}/${category}/${topic}/${level}`;
}

/** The id of a lesson's article on its level's page. */
export function lessonAnchor(lesson: string): string {
  return `lesson-${lesson}`;
}

export function searchHref(locale: string, query?: string): string {
  const base = `${GUIDE_ROOT}/${locale}/search`;
  return query ? `${base}?${new URLSearchParams({ q: query })}` : base;
}

const UMBRELLA =
  /^umbrella:\/\/([a-z0-9-]+)\/([a-z0-9-]+)(?:\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?)?\/?$/;

/**
 * Where an `umbrella://category/topic[/level[/lesson]]` link of a lesson leads in this
 * app, in the reader's locale; `firstLevel` answers for links that name no level.
 * Undefined when the link is not one, or names a topic the locale does not teach.
 */
export function umbrellaHref(
  href: string,
  locale: string,
  firstLevel: (category: string, topic: string) => Place['level'] | undefined,
): string | undefined {
  const match = UMBRELLA.exec(href);
  if (!match) return undefined;
  const [, category = '', topic = '', named, lesson] = match;
  const level = (named as Place['level'] | undefined) ?? firstLevel(category, topic);
  if (!level) return undefined;
  const page = levelHref({ locale, category, topic, level });
  return lesson ? `${page}#${lessonAnchor(lesson)}` : page;
}
