import { checklist } from '../html/checklist';
import { guideNav } from '../html/guide-nav';
import { html } from '../html/html';
import { folderTitle, linkResolver, otherLanguages } from '../guide-links';
import { topicTitle } from '../topics';
import type { PageContent, PageContext } from './page';

/** What a category holds in a locale; nothing at all means it has no page there. */
function contentsOf({ site, locale }: PageContext, category: string) {
  const { guide } = site;
  return {
    topics: guide.listTopics(locale).filter((topic) => topic.category === category),
    // A checklist straight in a category (an Umbrella pathway) is shown whole here.
    checklists: guide.checklists.filter(
      (list) => list.locale === locale && list.category === category && !list.topic,
    ),
    forms: guide.forms.filter((form) => form.locale === locale && form.category === category),
  };
}

export function hasCategoryPage(context: PageContext, category: string): boolean {
  const { topics, checklists, forms } = contentsOf(context, category);
  return topics.length + checklists.length + forms.length > 0;
}

/**
 * A category titled from its `.category.yml` in the reader's language: its topics (each
 * titled from its own folder's file), its checklists and its forms.
 */
export function categoryPage(context: PageContext, category: string): PageContent | undefined {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  if (!hasCategoryPage(context, category)) return undefined;
  const { topics, checklists, forms } = contentsOf(context, category);
  const title = folderTitle(context, category);
  const description = guide.getCategory(locale, category)?.description;
  const resolveGuideLink = linkResolver(context);

  return {
    title,
    indexable: true,
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: paths.root },
          { label: messages.topicsTitle, href: paths.locale(locale) },
          { label: title },
        ],
        otherLanguages(context, (other) =>
          hasCategoryPage({ ...context, locale: other }, category)
            ? paths.category(other, category)
            : undefined,
        ),
      )}
      <h1>${title}</h1>
      ${description && html`<p>${description}</p>`}
      ${
        topics.length > 0 &&
        html`<ul class="guide-topics">
          ${topics.map(
            ({ topic, levels }) =>
              html`<li>
                <a
                  href="${paths.level({ locale, category, topic, level: levels[0] ?? 'beginner' })}"
                  >${folderTitle(context, `${category}/${topic}`, topicTitle(guide, locale, category, topic))}</a
                >
              </li>`,
          )}
        </ul>`
      }
      ${checklists.map(
        (list) =>
          html`<section
            id="checklist-${list.id}"
            class="guide-checklist-section"
            aria-labelledby="checklist-${list.id}-title"
          >
            <h2 id="checklist-${list.id}-title">${list.title ?? messages.checklist}</h2>
            <p>${messages.checklistIntro}</p>
            ${checklist(list, messages, resolveGuideLink)}
          </section>`,
      )}
      ${
        forms.length > 0 &&
        html`<section aria-labelledby="category-forms">
          <h2 id="category-forms">${messages.formsTitle}</h2>
          <ul class="guide-pages">
            ${forms.map((form) => html`<li><a href="${paths.form(locale, form.id)}">${form.title}</a></li>`)}
          </ul>
        </section>`
      }`,
  };
}
