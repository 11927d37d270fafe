import { categoryName } from '../../i18n/messages';
import { findHelp } from '../html/find-help';
import { guideNav } from '../html/guide-nav';
import { html } from '../html/html';
import { searchForm } from '../html/search-form';
import { topicTitle } from '../topics';
import type { PageContent, PageContext } from './page';

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
            <h2 id="category-${category}">${categoryName(messages, category)}</h2>
            <ul class="guide-topics">
              ${topics
                .filter((t) => t.category === category)
                .map(
                  ({ topic, levels }) =>
                    html`<li>
                      <a
                        href="${paths.level({ locale, category, topic, level: levels[0] ?? 'beginner' })}"
                        >${topicTitle(guide, locale, category, topic)}</a
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
      )}`,
  };
}
