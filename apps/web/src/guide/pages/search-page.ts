import { guideNav } from '../html/guide-nav';
import { html } from '../html/html';
import { searchForm } from '../html/search-form';
import { lessonAnchor } from '../paths';
import { MAX_QUERY_LENGTH, searchLessons } from '../search';
import { topicTitle } from '../topics';
import type { PageContent, PageContext } from './page';

/** Search over one language's lessons, on the server, so it works without JavaScript. */
export function searchPage({ site, locale, messages }: PageContext, q: string | null): PageContent {
  const { guide, paths } = site;
  const query = q?.trim().slice(0, MAX_QUERY_LENGTH) ?? '';
  const hits = query
    ? searchLessons(
        guide.lessons.filter((lesson) => lesson.locale === locale),
        query,
      )
    : [];

  return {
    title: messages.searchTitle,
    // A reader's query stays out of search engines, like the page's headers say too.
    indexable: false,
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: paths.root },
          { label: messages.topicsTitle, href: paths.locale(locale) },
          { label: messages.searchTitle },
        ],
        guide.locales
          .filter((other) => other !== locale)
          .map((other) => ({ locale: other, href: paths.search(other, query) })),
      )}
      <h1>${messages.searchTitle}</h1>
      ${searchForm(paths.search(locale), messages, query)}
      ${
        query &&
        html`<section aria-labelledby="guide-search-results">
          <h2 id="guide-search-results">
            ${hits.length > 0 ? messages.searchResults(hits.length, query) : messages.searchNone(query)}
          </h2>
          <ol class="guide-results">
            ${hits.map(
              ({ lesson, snippet }) =>
                html`<li>
                  <a href="${paths.level(lesson)}#${lessonAnchor(lesson.id)}">${lesson.title}</a>
                  <p class="hint">
                    ${topicTitle(guide, locale, lesson.category, lesson.topic)} ·
                    ${messages.levels[lesson.level]}
                  </p>
                  <p>
                    ${snippet.before}${
                      snippet.match && html`<mark>${snippet.match}</mark>`
                    }${snippet.after}
                  </p>
                </li>`,
            )}
          </ol>
        </section>`
      }`,
  };
}
