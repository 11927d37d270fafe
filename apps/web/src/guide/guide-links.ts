import { categoryName } from '../i18n/messages';
import type { LanguageLink } from './html/guide-nav';
import type { PageContext } from './pages/page';
import { levelsOf } from './topics';

/** Where an `umbrella://` link in this locale's content leads; undefined drops the link's target. */
export function linkResolver({ site, locale }: PageContext): (href: string) => string | undefined {
  return (href) =>
    site.paths.umbrella(href, locale, (c, t) => levelsOf(site.guide, locale, c, t)[0]);
}

/**
 * A folder's title in the reader's language, from its `.category.yml`; without one, a
 * category's translated name or its slug made readable.
 */
export function folderTitle(
  { site, locale, messages }: PageContext,
  folder: string,
  fallback?: string,
): string {
  return (
    site.guide.getCategory(locale, folder)?.title ||
    fallback ||
    categoryName(messages, folder.split('/').pop() ?? folder)
  );
}

/** The same page in the guide's other languages, or their first page when one lacks it. */
export function otherLanguages(
  { site, locale }: PageContext,
  same: (other: string) => string | undefined,
): LanguageLink[] {
  return site.guide.locales
    .filter((other) => other !== locale)
    .map((other) => ({ locale: other, href: same(other) ?? site.paths.locale(other) }));
}
