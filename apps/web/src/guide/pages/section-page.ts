import type { Page } from '@cairn/content';
import { sectionNames } from '../../i18n/messages';
import { guideNav, type Crumb } from '../html/guide-nav';
import { html, trusted } from '../html/html';
import { folderTitle, linkResolver, otherLanguages } from '../guide-links';
import type { PageSection } from '../paths';
import { renderLessonHtml } from '../render-markdown';
import type { PageContent, PageContext } from './page';

function sectionTitle(context: PageContext, section: PageSection): string {
  return folderTitle(context, section, sectionNames(context.messages)[section]);
}

/** The pages of a section beside the topics, in the order their files give. */
function pagesOf(context: PageContext, section: PageSection, group?: string): Page[] {
  const { site, locale } = context;
  if (section !== 'tools' || group) return site.guide.listPages(locale, section, group);
  return site.guide.pages.filter((page) => page.locale === locale && page.section === section);
}

/** The tools groups of a locale, in their `.category.yml` order, then by name. */
function toolGroups(context: PageContext): string[] {
  const { site, locale } = context;
  const groups = [
    ...new Set(
      site.guide.pages
        .filter((page) => page.locale === locale && page.section === 'tools' && page.group)
        .map((page) => page.group as string),
    ),
  ];
  const index = (group: string) =>
    site.guide.getCategory(locale, `tools/${group}`)?.index ?? Number.MAX_SAFE_INTEGER;
  return groups.sort((a, b) => index(a) - index(b) || a.localeCompare(b));
}

/** Whether a locale has any page in a section: the topics page only offers sections that do. */
export function hasSection(context: PageContext, section: PageSection): boolean {
  return pagesOf(context, section).length > 0;
}

function crumbs(context: PageContext, section: PageSection, group?: string): Crumb[] {
  const { site, locale, messages } = context;
  return [
    { label: messages.guide, href: site.paths.root },
    { label: messages.topicsTitle, href: site.paths.locale(locale) },
    { label: sectionTitle(context, section), href: site.paths.section(locale, section) },
    ...(group
      ? [
          {
            label: folderTitle(context, `tools/${group}`),
            href: site.paths.section(locale, section, group),
          },
        ]
      : []),
  ];
}

function pageList(context: PageContext, pages: Page[]) {
  const { site, locale } = context;
  return html`<ul class="guide-pages">
    ${pages.map((page) => html`<li><a href="${site.paths.page(locale, page)}">${page.title}</a></li>`)}
  </ul>`;
}

/**
 * The index of a section: the glossary's terms, the about pages, the tools by group (or one
 * group's tools). Undefined when the locale has none.
 */
export function sectionIndexPage(
  context: PageContext,
  section: PageSection,
  group?: string,
): PageContent | undefined {
  const { site, locale, messages } = context;
  const pages = pagesOf(context, section, group);
  if (pages.length === 0) return undefined;
  const all = crumbs(context, section, group);
  const title = all[all.length - 1]?.label ?? '';
  const description = site.guide.getCategory(
    locale,
    group ? `tools/${group}` : section,
  )?.description;
  const byGroup = section === 'tools' && !group;
  return {
    title,
    indexable: true,
    body: html`${guideNav(
        messages,
        [...all.slice(0, -1), { label: title }],
        otherLanguages(context, (other) =>
          pagesOf({ ...context, locale: other }, section, group).length > 0
            ? site.paths.section(other, section, group)
            : undefined,
        ),
      )}
      <h1>${title}</h1>
      ${
        description
          ? html`<p>${description}</p>`
          : section === 'glossary' && html`<p>${messages.glossaryIntro}</p>`
      }
      ${
        byGroup
          ? toolGroups(context).map(
              (name) =>
                html`<section aria-labelledby="group-${name}">
                  <h2 id="group-${name}">
                    <a href="${site.paths.section(locale, section, name)}"
                      >${folderTitle(context, `tools/${name}`)}</a
                    >
                  </h2>
                  ${pageList(context, pagesOf(context, section, name))}
                </section>`,
            )
          : pageList(context, pages)
      }`,
  };
}

/** One page of a section, written like a lesson: an about page, a glossary term, a tool. */
export function sectionPage(
  context: PageContext,
  section: PageSection,
  id: string,
  group?: string,
): PageContent | undefined {
  const { site, locale, messages } = context;
  const page = site.guide.getPage(locale, section, id, group);
  if (!page) return undefined;
  return {
    title: page.title,
    indexable: true,
    body: html`${guideNav(
        messages,
        [...crumbs(context, section, group), { label: page.title }],
        otherLanguages(context, (other) =>
          site.guide.getPage(other, section, id, group) ? site.paths.page(other, page) : undefined,
        ),
      )}
      <article class="guide-lesson" aria-labelledby="page-title">
        <h1 id="page-title">${page.title}</h1>
        ${
          // Rendered with raw HTML off and images off: safe as it is.
          trusted(
            renderLessonHtml(page.body, {
              headingOffset: 1,
              resolveGuideLink: linkResolver(context),
            }),
          )
        }
      </article>`,
  };
}
