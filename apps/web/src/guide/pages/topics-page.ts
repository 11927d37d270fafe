import { sectionNames } from '../../i18n/messages';
import { findHelp } from '../html/find-help';
import { guideNav } from '../html/guide-nav';
import { html, type Html } from '../html/html';
import { folderTitle } from '../guide-links';
import { isSection, SECTIONS } from '../paths';
import { searchForm } from '../html/search-form';
import { topicTitle } from '../topics';
import type { PageContent, PageContext } from './page';
import { hasSection } from './section-page';

/** The topics of one language, by category, each with the levels it is taught at. */
export function topicsPage(context: PageContext): PageContent {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  const topics = guide.listTopics(locale);
  const categories = [...new Set(topics.map((t) => t.category))];
  const workflows = guide.workflows.filter((workflow) => workflow.locale === locale);

  return {
    title: messages.topicsTitle,
    indexable: true,
    body: html`${guideNav(
        messages,
        [{ label: messages.guide, href: paths.root }, { label: messages.topicsTitle }],
        guide.locales
          .filter((other) => other !== locale)
          .map((other) => ({ locale: other, href: paths.locale(other) })),
      )}
      <h1>${messages.topicsTitle}</h1>
      <p>${messages.topicsIntro}</p>
      ${findHelp(context, workflows)} ${searchForm(paths.search(locale), messages)}
      ${categories.map(
        (category) =>
          html`<section aria-labelledby="category-${category}">
            <h2 id="category-${category}">
              <a href="${paths.category(locale, category)}">${folderTitle(context, category)}</a>
            </h2>
            <ul class="guide-topics">
              ${topics
                .filter((t) => t.category === category)
                .map(
                  ({ topic, levels }) =>
                    html`<li>
                      <a
                        href="${paths.level({ locale, category, topic, level: levels[0] ?? 'beginner' })}"
                        >${folderTitle(
                          context,
                          `${category}/${topic}`,
                          topicTitle(guide, locale, category, topic),
                        )}</a
                      >
                      ${
                        levels.length > 1 &&
                        html`<ul class="guide-levels">
                          ${levels.map(
                            (level) =>
                              html`<li>
                                <a href="${paths.level({ locale, category, topic, level })}"
                                  >${messages.levels[level]}</a
                                >
                              </li>`,
                          )}
                        </ul>`
                      }
                    </li>`,
                )}
            </ul>
          </section>`,
      )}
      ${moreInGuide(context, categories)}`,
  };
}

/** The sections beside the topics, and categories with no topic (pathways, forms). */
function moreInGuide(context: PageContext, withTopics: string[]): Html | false {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  const sections = SECTIONS.filter((section) => hasSection(context, section)).map((section) => ({
    href: paths.section(locale, section),
    label: folderTitle(context, section, sectionNames(messages)[section]),
  }));
  const shelves = [
    ...new Set(
      [...guide.checklists, ...guide.forms]
        .filter((item) => item.locale === locale && !withTopics.includes(item.category))
        .map((item) => item.category),
    ),
  ]
    .filter((category) => !isSection(category))
    .map((category) => ({
      href: paths.category(locale, category),
      label: folderTitle(context, category),
    }));
  const links = [...shelves, ...sections];
  return (
    links.length > 0 &&
    html`<section aria-labelledby="more-in-guide">
      <h2 id="more-in-guide">${messages.sectionsTitle}</h2>
      <ul class="guide-pages">
        ${links.map(({ href, label }) => html`<li><a href="${href}">${label}</a></li>`)}
      </ul>
    </section>`
  );
}
